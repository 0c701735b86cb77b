import * as fs from "node:fs";
import * as path from "node:path";
import { loadCenter } from "../../model/load";
import { formatProblem } from "../../model/problems";
import { DONG_GU, edit, JUNG_GU, REGION, sampleConfig, addMunicipality } from "../helpers/config";

/** Every problem `rcc validate` would print for a config dir, with the dir shown as `<config>`. */
function problemsIn(dir: string): string[] {
  const { center, problems } = loadCenter(dir);
  expect(center).toBeUndefined();
  return problems.map((p) => formatProblem(p).replace(dir, "<config>"));
}

const JUNG = `<config>/${JUNG_GU}`;
const DONG = `<config>/${DONG_GU}`;
const REG = `<config>/${REGION}`;

describe("the sample config", () => {
  it("is valid: Daegu with its 9 basic governments", () => {
    const { center, problems } = loadCenter(path.resolve(__dirname, "../../config"));
    expect(problems).toEqual([]);
    expect(center!.municipalities.map((m) => m.code)).toEqual([
      "27110",
      "27140",
      "27170",
      "27200",
      "27230",
      "27260",
      "27290",
      "27710",
      "27720",
    ]);
  });
});

describe("bad input gets one located message per problem", () => {
  it("YAML syntax errors name the line", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ["wave: 1", "wave: [1"]);
    expect(problemsIn(dir)).toEqual([
      `${JUNG}:8: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ]);
  });

  it("unknown fields suggest the field meant and list those allowed", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ["  floatingIps: 4", "  floatingIp: 4"]);
    expect(problemsIn(dir)).toEqual([
      `${JUNG}:16: quotas.floatingIps: required field is missing (Floating IPs (external zone only))`,
      `${JUNG}:22: quotas.floatingIp: unknown field (did you mean "floatingIps"?); allowed: ` +
        "instances, vcpus, ramGiB, volumes, volumeGiB, floatingIps, networks, ports, securityGroups",
    ]);
  });

  it("missing fields are reported at their parent", () => {
    const dir = sampleConfig();
    edit(dir, REGION, ["  domainId: default\n", ""]);
    expect(problemsIn(dir)).toEqual([
      `${REG}:7: openstack.domainId: required field is missing (ID of the Keystone domain tenant projects go into)`,
    ]);
  });

  it("wrong types say what was expected", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ['code: "27110"', "code: 27110"]);
    expect(problemsIn(dir)).toEqual([
      `${JUNG}:4: code: must be a string (quote numbers that are codes, e.g. "27110"); got 27110`,
    ]);
  });

  it("out-of-range values give the bound", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ["  vcpus: 80", "  vcpus: -8"], ["wave: 1", "wave: 0"]);
    expect(problemsIn(dir)).toEqual([
      `${JUNG}:7: wave: must be >= 1; got 0`,
      `${JUNG}:18: quotas.vcpus: must be >= 0; got -8`,
    ]);
  });

  it("values outside an enumeration list the allowed ones", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ["    grade: C", "    grade: secret"]);
    expect(problemsIn(dir)).toEqual([`${JUNG}:60: systems[2].grade: must be one of C, S, O; got "secret"`]);
  });

  it("duplicate municipality codes are refused", () => {
    const dir = sampleConfig();
    addMunicipality(dir, "27110", "jung-gu-copy", "10.27.192.0/20", "10.127.100.0/24");
    expect(problemsIn(dir)).toEqual([
      `${JUNG}:4: code: "27110" is already used by ${dir}/municipalities/27110-jung-gu-copy.yaml; codes must be unique`,
    ]);
  });

  it("duplicate municipality names are refused", () => {
    const dir = sampleConfig();
    addMunicipality(dir, "27999", "jung-gu", "10.27.192.0/20", "10.127.100.0/24");
    expect(problemsIn(dir)).toEqual([
      `<config>/municipalities/27999-jung-gu.yaml:5: name: "jung-gu" is already used by ${JUNG.replace("<config>", dir)}; names must be unique`,
    ]);
  });

  it("a file must be named after its code and name", () => {
    const dir = sampleConfig();
    fs.renameSync(path.join(dir, JUNG_GU), path.join(dir, "municipalities/jung.yaml"));
    expect(problemsIn(dir)).toEqual([
      '<config>/municipalities/jung.yaml:1: file name must be "27110-jung-gu.yaml" (<code>-<name>.yaml, from its code and name); found "jung.yaml"',
    ]);
  });

  it("codes must belong to the region", () => {
    const dir = sampleConfig();
    addMunicipality(dir, "26110", "busan-jung-gu", "10.27.192.0/20", "10.127.100.0/24");
    expect(problemsIn(dir)).toEqual([
      '<config>/municipalities/26110-busan-jung-gu.yaml:4: code: "26110" is not in region daegu: codes here start with "27"',
    ]);
  });

  it("malformed CIDRs are refused, including host bits set", () => {
    const dir = sampleConfig();
    edit(
      dir,
      JUNG_GU,
      ["internal: 10.27.0.0/20", "internal: 10.27.0.0/33"],
      ["external: 10.127.0.0/24", "external: 10.127.0.9/24"],
    );
    expect(problemsIn(dir)).toEqual([
      `${JUNG}:27: addressing.internal: must be an IPv4 CIDR with no host bits set, e.g. 10.27.0.0/16; got "10.27.0.0/33"`,
      `${JUNG}:28: addressing.external: must be an IPv4 CIDR with no host bits set, e.g. 10.27.0.0/16; got "10.127.0.9/24"`,
    ]);
  });

  it("address ranges of two municipalities must not overlap", () => {
    const dir = sampleConfig();
    edit(dir, DONG_GU, ["internal: 10.27.16.0/20", "internal: 10.27.8.0/21"]);
    expect(problemsIn(dir)).toEqual([
      `${DONG}:27: addressing.internal: 10.27.8.0/21 overlaps 27110-jung-gu internal (10.27.0.0/20)`,
    ]);
  });

  it("a municipality's range must lie inside the region's pool for its zone", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ["external: 10.127.0.0/24", "external: 10.26.0.0/25"]);
    expect(problemsIn(dir)).toEqual([
      `${JUNG}:28: addressing.external: 10.26.0.0/25 is outside the region's external pool 10.127.0.0/16`,
    ]);
  });

  it("the region's pools must not overlap each other", () => {
    const dir = sampleConfig();
    edit(dir, REGION, ["shared: 10.26.0.0/24", "shared: 10.27.255.0/24"]);
    expect(problemsIn(dir)).toEqual([
      `${REG}:20: addressPools.shared: 10.27.255.0/24 overlaps region pool internal (10.27.0.0/16); pools must be disjoint`,
    ]);
  });

  it("tenant quotas must fit the region's capacity with overcommit", () => {
    const dir = sampleConfig();
    edit(dir, REGION, ["  ramGiB: 12288", "  ramGiB: 4000"]);
    expect(problemsIn(dir)).toEqual([
      `${REG}:25: capacity.ramGiB: tenant quotas total 4160 GiB RAM, more than the capacity 4000 x overcommit 1 = 4000; ` +
        "raise capacity or lower quotas (largest: 27230 640, 27260 640, 27290 640)",
    ]);
  });

  it("a grade-C system may not be in the external zone", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ["    grade: O\n    zone: external", "    grade: C\n    zone: external"]);
    expect(problemsIn(dir)).toEqual([
      `${JUNG}:35: systems[0].zone: a grade-C (classified) system must be in the internal zone (망분리); set zone: internal`,
    ]);
  });

  it("dependencies must name systems of the same municipality", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ["dependsOn: [resident-registry]", "dependsOn: [resident-registy]"]);
    expect(problemsIn(dir)).toEqual([
      `${JUNG}:52: systems[1].dependsOn[0]: "resident-registy" is not a system of 27110; ` +
        "known: homepage, civil-portal, resident-registry, payroll, welfare-case",
    ]);
  });

  it("an s3 state backend needs its settings", () => {
    const dir = sampleConfig();
    edit(dir, REGION, ["  backend: local\n  directory: state", "  backend: s3"]);
    expect(problemsIn(dir)).toEqual([
      `${REG}:61: state: backend s3 needs an s3 block (bucket, endpoint, region, keyPrefix, useLockfile)`,
    ]);
  });

  it("a config dir without region.yaml says what belongs in it", () => {
    const dir = sampleConfig();
    fs.rmSync(path.join(dir, REGION));
    expect(problemsIn(dir)).toEqual([
      `${REG}:1: file not found; a config directory holds region.yaml and municipalities/<code>-<name>.yaml`,
    ]);
  });

  it("lists every problem of every file at once, sorted by file and line", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ["    grade: C", "    grade: X"]);
    edit(dir, DONG_GU, ["  ports: 100", "  ports: many"]);
    edit(dir, REGION, ["cpu: 4", "cpu: 0.5"]);
    expect(problemsIn(dir)).toEqual([
      `${JUNG}:60: systems[2].grade: must be one of C, S, O; got "X"`,
      `${DONG}:24: quotas.ports: must be a whole number; got "many"`,
      `${REG}:28: capacity.overcommit.cpu: must be >= 1; got 0.5`,
    ]);
  });
});
