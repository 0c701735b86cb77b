// Writes the JSON Schema files and the config reference from model/schema (npm run schema).
import * as fs from "node:fs";
import * as path from "node:path";
import { schemaDocuments } from "../model/schema/documents";

for (const [file, content] of Object.entries(schemaDocuments())) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  console.log(`wrote ${file}`);
}
