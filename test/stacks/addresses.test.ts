import * as fs from "node:fs";
import { AddressInventory, describeChange, unrecordedChanges } from "../../policy/addresses";
import { INVENTORY_FILE, synthesizedInventory } from "../../scripts/address-inventory";
import { appliesTo, Move, MOVES } from "../../contract/moves";
import { withMoves } from "../../stacks/moves";
import { synth } from "../helpers/synth";

const recorded = JSON.parse(fs.readFileSync(INVENTORY_FILE, "utf8")) as AddressInventory;
const now = synthesizedInventory();
const project = recorded["tenant-27110"].find((a) => a.startsWith("openstack_identity_project_v3."))!;

/** The synthesis after a change that renamed Jung-gu's project (its construct id), for every tenant. */
function renamed(inventory: AddressInventory, from: string, to: string): AddressInventory {
  return Object.fromEntries(
    Object.entries(inventory).map(([stack, addresses]) => [stack, addresses.map((a) => (a === from ? to : a)).sort()]),
  );
}

describe("resource addresses are a contract", () => {
  it("the sample's synthesis has exactly the committed addresses (docs/address-inventory.json)", () => {
    expect(unrecordedChanges(recorded, now, MOVES).map(describeChange)).toEqual([]);
    expect(Object.values(recorded).flat().length).toBeGreaterThan(1000);
  });

  it("a rename without a recorded move fails, naming the resource and what to do", () => {
    const after = renamed(now, project, "openstack_identity_project_v3.project_1234ABCD");
    const changes = unrecordedChanges(recorded, after, MOVES).filter((c) => c.stack === "tenant-27110");
    expect(changes.map((c) => [c.kind, c.address])).toEqual([
      ["gone", project],
      ["new", "openstack_identity_project_v3.project_1234ABCD"],
    ]);
    expect(describeChange(changes[0])).toMatch(/without a recorded move.*add the move to contract\/moves\.ts/);
  });

  it("a recorded move accounts for the old address; only recording the new one is left", () => {
    const to = "openstack_identity_project_v3.project_1234ABCD";
    const moves: Move[] = [{ stacks: "tenant-*", from: project, to, why: "test rename" }];
    const changes = unrecordedChanges(recorded, renamed(now, project, to), moves);
    expect(changes.every((c) => c.kind === "new" && c.address === to)).toBe(true);
  });

  it("a stack that disappears from the synthesis is caught address by address", () => {
    const withoutCore = Object.fromEntries(Object.entries(now).filter(([stack]) => stack !== "core"));
    const gone = unrecordedChanges(recorded, withoutCore, MOVES);
    expect(gone).toHaveLength(recorded.core.length);
    expect(gone.every((c) => c.stack === "core" && c.kind === "gone")).toBe(true);
  });
});

describe("moved blocks", () => {
  const tenant = synth().stack("tenant-27110");
  const move: Move = { stacks: "tenant-*", from: "openstack_identity_project_v3.old", to: project, why: "test" };

  it("are written into each stack that has the new address", () => {
    expect(withMoves("tenant-27110", tenant, [move]).moved).toEqual([{ from: move.from, to: project }]);
  });

  it("are left out of stacks the move does not name, or that lack the new address", () => {
    expect(withMoves("dr-27110", tenant, [move])).toBe(tenant);
    expect(withMoves("tenant-27110", tenant, [{ ...move, to: "openstack_identity_project_v3.absent" }])).toBe(tenant);
  });

  it("each recorded move names an old address no stack has any more and a new one some stack has", () => {
    for (const move of MOVES) {
      const named = Object.entries(now).filter(([stack]) => appliesTo(move, stack));
      expect(named.some(([, addresses]) => addresses.includes(move.to))).toBe(true);
      expect(named.some(([, addresses]) => addresses.includes(move.from))).toBe(false);
    }
  });
});
