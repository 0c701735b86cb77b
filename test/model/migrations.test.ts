import * as fs from "node:fs";
import * as path from "node:path";
import { MIGRATIONS } from "../../model/migrations";
import { editableYaml } from "../../model/migrations/editable-yaml";
import { upgradeConfigText } from "../../model/migrations/upgrade";
import { SCHEMA_VERSION } from "../../model/schema/common";

const FORMAT_1 = path.resolve(__dirname, "../fixtures/config-format-1");
const JUNG_GU_V1 = fs.readFileSync(path.join(FORMAT_1, "municipalities/27110-jung-gu.yaml"), "utf8");
const REGION_V1 = fs.readFileSync(path.join(FORMAT_1, "region.yaml"), "utf8");

describe("config migrations", () => {
  it("chain from format 1 to the format this rcc reads, one step per format", () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual(
      Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => [i + 1, i + 2]),
    );
  });

  it("upgrade a format-1 municipality file by changing only its schemaVersion line", () => {
    const { upgrade, problems } = upgradeConfigText("jung-gu.yaml", JUNG_GU_V1, "municipality");
    expect(problems).toEqual([]);
    expect(upgrade!.from).toBe(1);
    expect(upgrade!.changes).toEqual(["set schemaVersion: 2", "set schemaVersion: 3"]);
    expect(upgrade!.text).toBe(JUNG_GU_V1.replace("schemaVersion: 1\n", "schemaVersion: 3\n"));
  });

  it("upgrade a format-2 region file to name the compute zones as Neutron's and Cinder's, so nothing deployed is replaced", () => {
    const v2 = REGION_V1.replace("schemaVersion: 1\n", "schemaVersion: 2\n");
    const { upgrade, problems } = upgradeConfigText("region.yaml", v2, "region");
    expect(problems).toEqual([]);
    expect(upgrade!.changes).toEqual([
      "set schemaVersion: 3, network and volume zones as the compute zones, systemsCloud dropped",
    ]);
    const lines = upgrade!.text.split("\n");
    const after = (line: string, count: number) => lines.slice(lines.indexOf(line), lines.indexOf(line) + count);
    expect(after("availabilityZones: [az1, az2, az3]", 3)).toEqual([
      "availabilityZones: [az1, az2, az3]",
      "networkAvailabilityZones: [az1, az2, az3]",
      "volumeAvailabilityZones: [az1, az2, az3]",
    ]);
    expect(after("    availabilityZones: [busan-az1, busan-az2]", 3)).toEqual([
      "    availabilityZones: [busan-az1, busan-az2]",
      "    networkAvailabilityZones: [busan-az1, busan-az2]",
      "    volumeAvailabilityZones: [busan-az1, busan-az2]",
    ]);
    // The provider ignores a project beside a clouds.yaml entry: the deployer comes from the environment.
    expect(v2).toContain("systemsCloud: daegu-rcc-deployer");
    expect(upgrade!.text).not.toContain("systemsCloud");
    // The file's comments survive the reprint.
    expect(upgrade!.text).toContain("# entry in clouds.yaml; credentials live there, never here");
  });

  it("keep zone lists a format-2 region file already has", () => {
    const v2 = REGION_V1.replace("schemaVersion: 1\n", "schemaVersion: 2\n").replace(
      "availabilityZones: [az1, az2, az3]\n",
      "availabilityZones: [az1, az2, az3]\nnetworkAvailabilityZones: [nova]\n",
    );
    const text = upgradeConfigText("region.yaml", v2, "region").upgrade!.text;
    expect(text).toContain("networkAvailabilityZones: [nova]\n");
    expect(text).not.toContain("networkAvailabilityZones: [az1");
    expect(text).toContain("volumeAvailabilityZones: [az1, az2, az3]\n");
  });

  it("leave a current file as it is, with no steps", () => {
    const current = JUNG_GU_V1.replace("schemaVersion: 1", "schemaVersion: 3");
    expect(upgradeConfigText("jung-gu.yaml", current, "municipality")).toEqual({
      upgrade: { from: 3, text: current, steps: [], changes: [] },
      problems: [],
    });
  });

  it("refuse a file newer than this rcc, or one that does not parse, saying where", () => {
    expect(upgradeConfigText("jung-gu.yaml", "# note\nschemaVersion: 4\n", "municipality").problems).toEqual([
      {
        file: "jung-gu.yaml",
        line: 2,
        field: "schemaVersion",
        message: "written for a newer rcc (format 4); this rcc reads format 3: upgrade rcc",
      },
    ]);
    expect(upgradeConfigText("region.yaml", "schemaVersion: [1\n", "region").problems).toMatchObject([
      { file: "region.yaml", line: 2, field: "", message: expect.stringMatching(/^YAML syntax error/) },
    ]);
  });
});

describe("editing a YAML file through its Document", () => {
  const text = [
    "# heading comment",
    "schemaVersion: 1 # the format",
    "ports: [80, 443]",
    'name: "jung-gu"',
    "backup: { schedule: hourly, retentionDays: 90, rpoHours: 1, replication: [volume, container-sync] }",
    "",
  ].join("\n");

  it("writes a changed scalar in place, leaving flow collections and comments as written", () => {
    const file = editableYaml(text);
    file.doc.set("schemaVersion", 2);
    file.doc.set("name", "jung-gu-2");
    expect(file.text()).toBe(
      text.replace("schemaVersion: 1 #", "schemaVersion: 2 #").replace('"jung-gu"', '"jung-gu-2"'),
    );
  });

  it("prints the whole document, comments kept, when an edit is more than a scalar's value", () => {
    const file = editableYaml(text);
    file.doc.set("lifecycle", { state: "active" });
    const printed = file.text();
    expect(printed).toContain("# heading comment\n");
    expect(printed).toContain("schemaVersion: 1 # the format\n");
    expect(printed).toContain("lifecycle:\n  state: active\n");
  });
});
