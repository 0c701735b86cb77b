import * as fs from "node:fs";
import * as path from "node:path";
import { schemaDocuments } from "../../model/schema/documents";

const ROOT = path.resolve(__dirname, "../..");

describe("files generated from the schema", () => {
  it.each(Object.entries(schemaDocuments()))(
    "%s is up to date (run `npm run schema` after changing model/schema)",
    (file, content) => {
      expect(fs.readFileSync(path.join(ROOT, file), "utf8")).toBe(content);
    },
  );

  it("every config file names its JSON Schema for editor completion", () => {
    const files = [
      ["config/region.yaml", "../schema/region.schema.json"],
      ...fs
        .readdirSync(path.join(ROOT, "config/municipalities"))
        .map((f) => [`config/municipalities/${f}`, "../../schema/municipality.schema.json"]),
    ];
    for (const [file, schema] of files) {
      const firstLine = fs.readFileSync(path.join(ROOT, file), "utf8").split("\n")[0];
      expect({ file, firstLine }).toEqual({ file, firstLine: `# yaml-language-server: $schema=${schema}` });
      expect(fs.existsSync(path.resolve(ROOT, path.dirname(file), schema))).toBe(true);
    }
  });
});
