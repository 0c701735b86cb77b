/**
 * Synthetic but valid configs, for the property tests and the scale benchmark (bench/scale.ts
 * imports it from here: tests never import bench/): random municipalities drawn from the
 * schema's own options, with addresses allocated by the onboarding allocator.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { stringify } from "yaml";
import { allocate, TENANT_PREFIX } from "../../model/allocate";
import { floatingIpsOf } from "../../model/published";
import {
  AVAILABILITY_MODES,
  BACKUP_INTERVAL_HOURS,
  BACKUP_SCHEDULES,
  DR_TIERS,
  MunicipalityFile,
  SYSTEM_FAMILIES,
  SystemConfig,
} from "../../model/schema/municipality";
import { SCHEMA_VERSION } from "../../model/schema/common";
import { RegionFile } from "../../model/schema/region";
import { ADMIN_PORTS } from "../../policy/audit/ports";

/** mulberry32: a small seeded generator, so a failing case is reproduced by its seed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
const chance = (rng: Rng, p: number) => rng() < p;

/**
 * A municipality with `systemCount` random systems: every zone, grade, availability, backup and DR
 * option and traffic form the schema allows, drawn so the result is valid.
 */
export function randomMunicipality(
  rng: Rng,
  code: string,
  name: string,
  addressing: MunicipalityFile["addressing"],
  systemCount: number,
): MunicipalityFile {
  const systems: SystemConfig[] = Array.from({ length: systemCount }, (_, i) => {
    const zone = pick(rng, ["internal", "external"] as const);
    const grade = zone === "internal" ? pick(rng, ["C", "S", "O"] as const) : pick(rng, ["S", "O"] as const);
    const schedule = pick(rng, BACKUP_SCHEDULES);
    const mode = pick(rng, AVAILABILITY_MODES);
    // Valid recovery promises: an RPO no shorter than the interval, or shorter with replication.
    const replicated = chance(rng, 0.3);
    const rpoHours = replicated ? 0.5 : BACKUP_INTERVAL_HOURS[schedule];
    return {
      name: `sys-${i}`,
      family: pick(rng, SYSTEM_FAMILIES),
      grade,
      zone,
      availability: { mode, instances: 2, antiAffinity: pick(rng, ["soft", "hard"] as const) },
      ...(chance(rng, 0.5)
        ? {
            build: {
              flavor: "m1.small",
              image: "rocky-9",
              volumes: chance(rng, 0.5) ? [{ name: "data", sizeGiB: 10 }] : [],
              ...(mode === "active-active"
                ? { service: { protocol: pick(rng, ["TCP", "HTTP", "HTTPS"] as const), port: 8443 } }
                : {}),
            },
          }
        : {}),
      backup: {
        schedule,
        retentionDays: 30,
        rpoHours,
        ...(replicated ? { replication: ["container-sync" as const] } : {}),
      },
      dr: {
        tier: grade === "O" ? pick(rng, DR_TIERS) : pick(rng, ["hot", "warm", "cold"] as const),
        rtoHours: 8,
        rpoHours,
      },
      recoveryOrder: 1 + i,
      dependsOn: [],
    };
  });
  for (const system of systems) {
    const peers = systems.filter((s) => s !== system && s.zone === system.zone);
    const rules = Array.from({ length: Math.floor(rng() * 4) }, () => {
      const protocol = pick(rng, ["tcp", "udp", "icmp"] as const);
      const ports = protocol === "icmp" ? undefined : [randomPort(rng)];
      return { peer: randomPeer(rng, system, peers), protocol, ports, purpose: "generated rule" };
    });
    // A built active-active system takes the internet through its load balancer: tcp only.
    const balanced = system.build !== undefined && system.availability.mode === "active-active";
    const public_ = (peer: string) => peer === "internet" || peer === "203.0.113.0/24" || peer === "0.0.0.0/0";
    const ingress = rules
      .filter(() => chance(rng, 0.6))
      .map(({ peer, ...r }) =>
        balanced && public_(peer) && r.protocol !== "tcp"
          ? { from: peer, ...r, protocol: "tcp" as const, ports: r.ports ?? [randomPort(rng)] }
          : { from: peer, ...r },
      );
    const egress = rules.filter(() => chance(rng, 0.4)).map(({ peer, ...r }) => ({ to: peer, ...r }));
    if (ingress.length > 0) system.ingress = ingress;
    if (egress.length > 0) system.egress = egress;
  }
  const internal = systems.filter((s) => s.zone === "internal");
  const external = systems.filter((s) => s.zone === "external");
  const flows =
    internal.length > 0 && external.length > 0
      ? Array.from({ length: Math.floor(rng() * 3) }, (_, i) => {
          const outward = chance(rng, 0.3);
          const [source, destination] = outward
            ? [pick(rng, internal), pick(rng, external)]
            : [pick(rng, external), pick(rng, internal)];
          return {
            name: `flow-${i}`,
            source: source.name,
            destination: destination.name,
            protocol: pick(rng, ["tcp", "udp"] as const),
            port: randomPort(rng),
            direction: outward ? ("internal-to-external" as const) : ("external-to-internal" as const),
            purpose: "generated flow",
          };
        })
      : [];
  return {
    schemaVersion: SCHEMA_VERSION,
    code,
    name,
    displayName: `${name} (${code})`,
    wave: 1 + Math.floor(rng() * 3),
    contacts: [{ role: "admin", name: "admin", email: `admin@${name}.example` }],
    quotas: {
      instances: 10,
      vcpus: 40,
      ramGiB: 160,
      volumes: 10,
      volumeGiB: 1000,
      // One for each address of a built system published to the internet (model/published.ts).
      floatingIps: Math.max(
        2,
        systems.reduce((sum, system) => sum + floatingIpsOf(system), 0),
      ),
      networks: 4,
      ports: 50,
      securityGroups: Math.max(20, systems.length + 4),
    },
    addressing,
    systems,
    ...(flows.length > 0 ? { linkage: { flows } } : {}),
  };
}

/**
 * A peer the system may name: same-zone systems and zone; private ranges (on the backbone) for
 * internal systems, the internet and public ranges for external ones.
 */
function randomPeer(rng: Rng, system: SystemConfig, sameZone: readonly SystemConfig[]): string {
  const choices = [
    `zone:${system.zone}`,
    ...sameZone.map((s) => `system:${s.name}`),
    ...(system.zone === "external"
      ? ["internet", "203.0.113.0/24", "0.0.0.0/0"]
      : [pick(rng, ["10.250.0.0/16", "172.16.5.0/24", "192.168.10.0/24"])]),
  ];
  return pick(rng, choices);
}

/** Administration ports would (rightly) fail the audit when opened to the internet; generated rules avoid them. */
const ADMIN = new Set(ADMIN_PORTS.map(({ port }) => port));

function randomPort(rng: Rng): number {
  const port = 1 + Math.floor(rng() * 65535);
  return ADMIN.has(port) ? port + 1 : port;
}

/** Writes `municipalities` into `configDir/municipalities`, allocating addresses from the region's pools. */
export function writeMunicipalities(
  configDir: string,
  region: RegionFile,
  count: number,
  options: { seed: number; systems: (rng: Rng) => number; code: (i: number) => string },
): void {
  const rng = random(options.seed);
  const dir = path.join(configDir, "municipalities");
  fs.mkdirSync(dir, { recursive: true });
  for (const file of fs.readdirSync(dir)) fs.rmSync(path.join(dir, file));
  const taken: Record<keyof typeof TENANT_PREFIX, string[]> = { internal: [], external: [], linkage: [] };
  for (let i = 0; i < count; i++) {
    const code = options.code(i);
    const name = `m${i}-gu`;
    const addressing = Object.fromEntries(
      (["internal", "external", "linkage"] as const).map((zone) => {
        const cidr = allocate(region.addressPools[zone], TENANT_PREFIX[zone], taken[zone]);
        if (!cidr) throw new Error(`the ${zone} pool ${region.addressPools[zone]} is full at municipality ${i}`);
        taken[zone].push(cidr);
        return [zone, cidr];
      }),
    ) as MunicipalityFile["addressing"];
    const m = randomMunicipality(rng, code, name, addressing, options.systems(rng));
    fs.writeFileSync(path.join(dir, `${code}-${name}.yaml`), stringify(m));
  }
}

/**
 * The sample region grown for `count` municipalities: address pools with room for every tenant
 * and capacity for their quotas, everything else as in the sample.
 */
export function scaledRegion(sample: RegionFile, count: number): RegionFile {
  return {
    ...sample,
    addressPools: {
      ...sample.addressPools,
      internal: "10.32.0.0/11",
      external: "10.64.0.0/12",
      linkage: "10.80.0.0/14",
    },
    capacity: { ...sample.capacity, vcpus: 40 * count, ramGiB: 160 * count, volumeGiB: 1000 * count },
  };
}

/** A config dir for `count` municipalities of about `systems` systems each, in the grown sample region. */
export function writeScaledConfig(
  dir: string,
  sampleRegion: RegionFile,
  count: number,
  systems: number,
  seed = 7,
): void {
  const region = scaledRegion(sampleRegion, count);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "region.yaml"), stringify(region));
  writeMunicipalities(dir, region, count, {
    seed,
    systems: (rng) => systems - 2 + Math.floor(rng() * 5),
    code: (i) => `${region.code}${String(100 + i).padStart(3, "0")}`,
  });
}
