import * as fs from "node:fs";
import * as path from "node:path";
import { sampleConfig } from "../helpers/config";
import { rcc } from "../helpers/rcc";

/**
 * Names valid in the schema that would collide with the names rcc gives its own constructs. Each
 * case is a folder under test/fixtures/invalid/name-collisions/: the config files that differ from
 * the sample (complete files, at their place in a config dir) and expected.txt, what
 * `rcc validate` prints, with the config dir shown as <config>.
 */
const CASES = path.resolve(__dirname, "../fixtures/invalid/name-collisions");
const EXPECTED = "expected.txt";

/** The sample config with the case's files put in place. */
function configOf(caseDir: string): string {
  const dir = sampleConfig();
  const copy = (relative: string): void => {
    const from = path.join(caseDir, relative);
    if (fs.statSync(from).isDirectory()) fs.readdirSync(from).forEach((entry) => copy(path.join(relative, entry)));
    else if (relative !== EXPECTED) fs.copyFileSync(from, path.join(dir, relative));
  };
  fs.readdirSync(caseDir).forEach(copy);
  return dir;
}

describe("names that would collide with rcc's own are refused", () => {
  const cases = fs.readdirSync(CASES).sort();

  it("has a case for every collision class", () => {
    expect(cases).toEqual([
      "duplicate-volume",
      "engine-ids",
      "group-lookup",
      "linkage-relay",
      "role-lookup",
      "shared-service",
      "zone-lookup",
    ]);
  });

  it.each(cases)("%s: validation names the file, line, field, what rcc uses the name for", async (name) => {
    const caseDir = path.join(CASES, name);
    const config = configOf(caseDir);
    const result = await rcc(["validate", "--config", config]);
    expect(result.code).toBe(1);
    expect(result.err.split(config).join("<config>")).toBe(
      fs.readFileSync(path.join(caseDir, EXPECTED), "utf8").trimEnd(),
    );
  });
});
