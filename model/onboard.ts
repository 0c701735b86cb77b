import { allocate, TENANT_PREFIX } from "./allocate";
import { Center } from "./center";
import { SCHEMA_VERSION } from "./schema/common";

export interface OnboardRequest {
  readonly code: string;
  readonly name: string;
  readonly displayName: string;
  readonly wave: number;
}

export type OnboardResult = { fileName: string; text: string; error?: undefined } | { error: string };

/** Starting quotas: small, to be raised per municipality once its systems are known. */
const DEFAULT_QUOTAS = {
  instances: 10,
  vcpus: 40,
  ramGiB: 160,
  volumes: 20,
  volumeGiB: 2000,
  floatingIps: 2,
  networks: 4,
  ports: 50,
  securityGroups: 10,
};

/**
 * A new municipality file for a valid center: the request checked against the center, free
 * address ranges allocated from the region's pools, and defaults that validate as they are.
 */
export function onboardMunicipality(center: Center, request: OnboardRequest): OnboardResult {
  const { region } = center;
  // Retired files are records: their codes, names and address ranges are never given out again.
  const municipalities = [...center.municipalities, ...center.retired];
  const { code, name, displayName, wave } = request;
  if (!/^[0-9]{5}$/.test(code)) return { error: `--code: "${code}" is not a 5-digit administrative district code` };
  if (!code.startsWith(region.code)) {
    return { error: `--code: "${code}" is not in region ${region.name}: codes here start with "${region.code}"` };
  }
  if (!/^[a-z][a-z0-9-]{0,30}[a-z0-9]$/.test(name)) {
    return { error: `--name: "${name}" must be lowercase letters, digits and hyphens, 2-32 characters, e.g. jung-gu` };
  }
  if (displayName.trim() === "") return { error: "--display: give the name people use, e.g. 대구광역시 중구" };
  const sameCode = municipalities.find((m) => m.code === code);
  if (sameCode) return { error: `--code: ${code} is already onboarded as ${sameCode.code}-${sameCode.name}` };
  const sameName = municipalities.find((m) => m.name === name);
  if (sameName) return { error: `--name: ${name} is already onboarded as ${sameName.code}-${sameName.name}` };

  const addressing = { internal: "", external: "", linkage: "" };
  for (const zone of ["internal", "external", "linkage"] as const) {
    const taken = municipalities.map((m) => m.addressing[zone]);
    const cidr = allocate(region.addressPools[zone], TENANT_PREFIX[zone], taken);
    if (!cidr) {
      return {
        error: `the region's ${zone} pool ${region.addressPools[zone]} has no free /${TENANT_PREFIX[zone]} left`,
      };
    }
    addressing[zone] = cidr;
  }

  const text = [
    "# yaml-language-server: $schema=../../schema/municipality.schema.json",
    `# ${displayName}: onboarded by \`rcc onboard\`. Reference: docs/config-reference.md`,
    `schemaVersion: ${SCHEMA_VERSION}`,
    `code: "${code}"`,
    `name: ${name}`,
    `displayName: ${JSON.stringify(displayName)}`,
    `wave: ${wave}`,
    "contacts:",
    "  - role: admin",
    "    name: to be filled in       # the municipality's cloud administrator",
    `    email: cloud-admin@${name}.${region.name}.invalid`,
    "quotas:                          # starting values; raise them once the systems are known",
    ...Object.entries(DEFAULT_QUOTAS).map(([key, value]) => `  ${key}: ${value}`),
    "addressing:                      # allocated from the region's pools; never change once deployed",
    `  internal: ${addressing.internal}`,
    `  external: ${addressing.external}`,
    `  linkage: ${addressing.linkage}`,
    "systems: []",
    "",
  ].join("\n");
  return { fileName: `${code}-${name}.yaml`, text };
}
