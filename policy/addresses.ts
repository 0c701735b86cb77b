/**
 * Resource addresses as a contract: every stack's managed addresses for the sample config are
 * committed (docs/address-inventory.json). A change that makes one disappear without a recorded
 * move would plan a destroy and create on every center that deployed it.
 */
import { appliesTo, Move, MOVES_FILE } from "../contract/moves";

/** Stack name → its managed resources' addresses, sorted. */
export type AddressInventory = Record<string, string[]>;

export function addressInventory(
  stacks: ReadonlyArray<{ name: string; addresses: readonly string[] }>,
): AddressInventory {
  const sorted = [...stacks].sort((a, b) => (a.name < b.name ? -1 : 1));
  return Object.fromEntries(sorted.map((s) => [s.name, [...s.addresses].sort()]));
}

export interface AddressChange {
  readonly stack: string;
  readonly address: string;
  /** `gone`: recorded, no longer synthesized, no move. `new`: synthesized, not yet recorded. */
  readonly kind: "gone" | "new";
}

/** What differs between the recorded inventory and the synthesis, once recorded moves are accounted for. */
export function unrecordedChanges(
  recorded: AddressInventory,
  now: AddressInventory,
  moves: readonly Move[],
): AddressChange[] {
  const stacks = [...new Set([...Object.keys(recorded), ...Object.keys(now)])].sort();
  return stacks.flatMap((stack) => {
    const before = new Set(recorded[stack] ?? []);
    const after = new Set(now[stack] ?? []);
    const moved = (address: string) => moves.some((m) => appliesTo(m, stack) && m.from === address && after.has(m.to));
    const gone = [...before].filter((a) => !after.has(a) && !moved(a));
    const added = [...after].filter((a) => !before.has(a));
    return [
      ...gone.map((address) => ({ stack, address, kind: "gone" as const })),
      ...added.map((address) => ({ stack, address, kind: "new" as const })),
    ];
  });
}

export function describeChange(change: AddressChange): string {
  return change.kind === "gone"
    ? `${change.stack}: ${change.address} is gone without a recorded move, so deployed centers would destroy it and ` +
        `create it again. If it was renamed, add the move to ${MOVES_FILE}; if it is meant to go, run \`npm run addresses\`.`
    : `${change.stack}: ${change.address} is new; record it with \`npm run addresses\` (and check it is not a renamed ` +
        `resource that needs a move in ${MOVES_FILE})`;
}
