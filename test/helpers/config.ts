import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { stringify } from "yaml";

export const SAMPLE_CONFIG = path.resolve(__dirname, "../../config");

const created: string[] = [];

/** A scratch directory removed after the test file's tests. */
export function tempDir(prefix = "rcc-test-"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the sample config (Daegu, 9 municipalities) that a test may edit. */
export function sampleConfig(): string {
  const dir = path.join(tempDir(), "config");
  fs.cpSync(SAMPLE_CONFIG, dir, { recursive: true });
  return dir;
}

/** Rewrites one file of a config dir; fails loudly if an edit did not apply, so a test cannot pass vacuously. */
export function edit(configDir: string, file: string, ...replacements: Array<[string | RegExp, string]>): void {
  const target = path.join(configDir, file);
  let text = fs.readFileSync(target, "utf8");
  for (const [from, to] of replacements) {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`edit of ${file} did not apply: ${String(from)}`);
    text = next;
  }
  fs.writeFileSync(target, text);
}

/**
 * A copy of the sample with the zones format 2 gave routers and volumes (the compute zones) and
 * without the external resolvers, which the format-1 and format-2 samples did not name (and no
 * migration can): what such a sample synthesizes to once migrated.
 */
export function sampleAsFormat2(): string {
  const dir = sampleConfig();
  edit(
    dir,
    REGION,
    [
      /^networkAvailabilityZones: .*$/m,
      "networkAvailabilityZones: [az1, az2, az3]\nvolumeAvailabilityZones: [az1, az2, az3]",
    ],
    [
      /^ {4}networkAvailabilityZones: .*$/m,
      "    networkAvailabilityZones: [busan-az1, busan-az2]\n    volumeAvailabilityZones: [busan-az1, busan-az2]",
    ],
    [/^externalDnsNameservers: .*\n/m, ""],
    [/^ {4}externalDnsNameservers: .*\n/m, ""],
  );
  return dir;
}

export const JUNG_GU = "municipalities/27110-jung-gu.yaml";
export const DONG_GU = "municipalities/27140-dong-gu.yaml";
export const SEO_GU = "municipalities/27170-seo-gu.yaml";
export const REGION = "region.yaml";

export const REQUESTED = {
  requestedOn: "2026-11-01",
  requestedBy: "서구 정보통신과장",
  reason: "행정구역 통합으로 중구에 편입",
};
export const FINAL_BACKUP = {
  completedOn: "2026-11-20",
  location: "archive daegu-final/27170",
  approvedBy: "대구시 정보화담당관",
};

/** Gives a municipality file a lifecycle block (placed before its `wave:` line). */
export function setLifecycle(configDir: string, file: string, lifecycle: Record<string, unknown>): void {
  edit(configDir, file, [/^wave: /m, `${stringify({ lifecycle })}wave: `]);
}

/** A new municipality file modelled on Jung-gu, with its own code, name and addresses. */
export function addMunicipality(
  configDir: string,
  code: string,
  name: string,
  internal: string,
  external: string,
  linkage = "10.227.100.0/27",
): void {
  const text = fs
    .readFileSync(path.join(configDir, JUNG_GU), "utf8")
    .replace('code: "27110"', `code: "${code}"`)
    .replace("name: jung-gu", `name: ${name}`)
    .replace("internal: 10.27.0.0/20", `internal: ${internal}`)
    .replace("external: 10.127.0.0/24", `external: ${external}`)
    .replace("linkage: 10.227.0.0/27", `linkage: ${linkage}`);
  fs.writeFileSync(path.join(configDir, "municipalities", `${code}-${name}.yaml`), text);
}
