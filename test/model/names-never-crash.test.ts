import * as fs from "node:fs";
import * as path from "node:path";
import { parse, stringify } from "yaml";
import { coreStackIds, securityGroupsIds, systemGroupLookupId, systemsStackIds } from "../../contract/construct-ids";
import { ZONES } from "../../contract/zones";
import { loadCenter } from "../../model/load";
import { MunicipalityFile } from "../../model/schema/municipality";
import { RegionFile } from "../../model/schema/region";
import { synthesize } from "../../synthesis/synthesize";
import { tempDir } from "../helpers/config";
import { randomConfig } from "../helpers/random-config";
import { pick, random, Rng } from "../helpers/synthetic-config";

// Property: whatever names a config gives (any the schema's Slug pattern allows, rcc's own
// included), validation refuses them or synthesis succeeds; it never fails with an engine error.
const SEEDS = Array.from({ length: 16 }, (_, i) => 2000 + i);
const SLUG = /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/;

/** rcc's own names: validation refuses them for systems, volumes or shared services. */
const RESERVED = [...systemsStackIds("27100").keys(), ...securityGroupsIds("27100").keys(), ...coreStackIds().keys()];

/** Names that only look like rcc's own: zone words, stack names, OpenStack defaults. */
const LOOKALIKES = [
  ...ZONES.flatMap((zone) => [zone, `${zone}-api`, `web-${zone}`, `${zone}-group`]),
  "linkage-relay-a",
  "default",
  "core",
  "tenant-27110",
  "dr-systems-27170",
  "data",
  "vip",
  "xy",
  "x-1",
];

/** A slug of 2 to 32 characters, sometimes with double hyphens or digit runs. */
function randomSlug(rng: Rng): string {
  const length = 2 + Math.floor(rng() * 31);
  const inner = Array.from({ length: length - 2 }, () => pick(rng, [..."abcdefghijklmnopqrstuvwxyz0123456789--"]));
  return `${pick(rng, [..."abcxyz"])}${inner.join("")}${pick(rng, [..."az09"])}`;
}

/**
 * A lookalike or a random slug, not yet taken; with `reserved`, sometimes one of rcc's own names
 * or another system's name plus -group.
 */
function randomName(rng: Rng, taken: readonly string[], reserved: boolean): string {
  const roll = rng();
  const name =
    reserved && roll < 0.2 && taken.length > 0
      ? systemGroupLookupId(pick(rng, taken))
      : reserved && roll < 0.4
        ? pick(rng, RESERVED)
        : roll < 0.7
          ? pick(rng, LOOKALIKES)
          : randomSlug(rng);
  return taken.includes(name) ? randomName(rng, taken, reserved) : name;
}

/** The municipality with its systems renamed (every reference to them too), and with `reserved` a volume twice. */
function renamed(rng: Rng, m: MunicipalityFile, reserved: boolean): MunicipalityFile {
  const names = new Map<string, string>();
  for (const system of m.systems) names.set(system.name, randomName(rng, [...names.values()], reserved));
  const to = (name: string) => names.get(name) ?? name;
  const peer = (text: string) => (text.startsWith("system:") ? `system:${to(text.slice("system:".length))}` : text);
  return {
    ...m,
    systems: m.systems.map((s) => ({
      ...s,
      name: to(s.name),
      dependsOn: s.dependsOn.map(to),
      ...(s.ingress ? { ingress: s.ingress.map((r) => ({ ...r, from: peer(r.from) })) } : {}),
      ...(s.egress ? { egress: s.egress.map((r) => ({ ...r, to: peer(r.to) })) } : {}),
      ...(s.build
        ? {
            build: {
              ...s.build,
              volumes: [...(s.build.volumes ?? []), ...(reserved && rng() < 0.3 ? [{ name: "data", sizeGiB: 5 }] : [])],
            },
          }
        : {}),
    })),
    ...(m.linkage
      ? {
          linkage: {
            flows: m.linkage.flows.map((f) => ({ ...f, source: to(f.source), destination: to(f.destination) })),
          },
        }
      : {}),
  };
}

function rewrite<T>(file: string, change: (value: T) => T): void {
  fs.writeFileSync(file, stringify(change(parse(fs.readFileSync(file, "utf8")) as T)));
}

describe("any names the schema allows never crash synthesis", () => {
  jest.setTimeout(120_000);
  const outcomes: string[] = [];

  it.each(SEEDS)("random names with seed %i: refused by validation, or synthesized", (seed) => {
    const rng = random(seed);
    // Odd seeds also draw rcc's own names; even seeds only names that look like them.
    const reserved = seed % 2 === 1;
    const dir = randomConfig(seed, 2);
    const municipalities = path.join(dir, "municipalities");
    for (const file of fs.readdirSync(municipalities)) {
      rewrite<MunicipalityFile>(path.join(municipalities, file), (m) => renamed(rng, m, reserved));
    }
    rewrite<RegionFile>(path.join(dir, "region.yaml"), (region) => {
      const [first, ...rest] = region.sharedServices.services;
      const name = rng() < 0.5 ? pick(rng, reserved ? RESERVED : LOOKALIKES) : first.name;
      return { ...region, sharedServices: { ...region.sharedServices, services: [{ ...first, name }, ...rest] } };
    });
    const { problems } = loadCenter(dir);
    if (problems.length > 0) {
      outcomes.push("refused");
      // Only rcc's own names are refused; a name that merely looks like one is synthesized.
      expect(reserved).toBe(true);
      // Refused for what it is, at a field: never a crash turned into a message.
      expect(problems.every((p) => p.line >= 1 && p.message.length > 0)).toBe(true);
      return;
    }
    const outdir = path.join(tempDir(), "cdktf.out");
    const result = synthesize({ configDir: dir, outdir, projectDir: path.dirname(outdir) });
    expect(result.problems).toEqual([]);
    expect(result.findings.filter((f) => f.level === "error" && !f.suppressed)).toEqual([]);
    expect(result.stacks?.length).toBeGreaterThan(1);
    outcomes.push("synthesized");
  });

  it("drew both outcomes, so neither side of the property went untested", () => {
    expect(new Set(outcomes)).toEqual(new Set(["refused", "synthesized"]));
  });

  it("draws only names the schema allows", () => {
    const rng = random(1);
    const names = [...RESERVED, ...LOOKALIKES, ...Array.from({ length: 200 }, () => randomSlug(rng))];
    expect(names.filter((name) => !SLUG.test(name))).toEqual([]);
  });
});
