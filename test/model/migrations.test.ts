import * as fs from "node:fs";
import * as path from "node:path";
import { MIGRATIONS } from "../../model/migrations";
import { editableYaml } from "../../model/migrations/editable-yaml";
import { upgradeConfigText } from "../../model/migrations/upgrade";
import { SCHEMA_VERSION } from "../../model/schema/common";

const FORMAT_1 = path.resolve(__dirname, "../fixtures/config-format-1");
const JUNG_GU_V1 = fs.readFileSync(path.join(FORMAT_1, "municipalities/27110-jung-gu.yaml"), "utf8");

describe("config migrations", () => {
  it("chain from format 1 to the format this rcc reads, one step per format", () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual(
      Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => [i + 1, i + 2]),
    );
  });

  it("upgrade a format-1 file by changing only its schemaVersion line", () => {
    const { upgrade, problems } = upgradeConfigText("jung-gu.yaml", JUNG_GU_V1, "municipality");
    expect(problems).toEqual([]);
    expect(upgrade!.from).toBe(1);
    expect(upgrade!.steps.map((s) => s.summary)).toEqual(["set schemaVersion: 2"]);
    expect(upgrade!.text).toBe(JUNG_GU_V1.replace("schemaVersion: 1\n", "schemaVersion: 2\n"));
  });

  it("leave a current file as it is, with no steps", () => {
    const current = JUNG_GU_V1.replace("schemaVersion: 1", "schemaVersion: 2");
    expect(upgradeConfigText("jung-gu.yaml", current, "municipality")).toEqual({
      upgrade: { from: 2, text: current, steps: [] },
      problems: [],
    });
  });

  it("refuse a file newer than this rcc, or one that does not parse, saying where", () => {
    expect(upgradeConfigText("jung-gu.yaml", "# note\nschemaVersion: 3\n", "municipality").problems).toEqual([
      {
        file: "jung-gu.yaml",
        line: 2,
        field: "schemaVersion",
        message: "written for a newer rcc (format 3); this rcc reads format 2: upgrade rcc",
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
