// Regenerates the generated sections of the docs: the audit rule tables, the benchmark table (npm run docs).
import * as fs from "node:fs";
import * as path from "node:path";
import { ROOT } from "./docs/markdown";
import { regeneratedDocs } from "./docs/sections";

for (const [file, content] of Object.entries(regeneratedDocs())) {
  fs.writeFileSync(path.join(ROOT, file), content);
  console.log(`wrote ${file}`);
}
