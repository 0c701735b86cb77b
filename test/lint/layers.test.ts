import * as path from "node:path";
import { ESLint } from "eslint";

const ROOT = path.resolve(__dirname, "../..");
// The project's own eslint.config.js, passed in: jest cannot let ESLint load it by dynamic import.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(ROOT, "eslint.config.js")) as ESLint.Options["overrideConfig"];
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: config });

/** What `npm run lint` says about one import written in a file at `file` (relative to the project). */
async function importProblems(file: string, specifier: string): Promise<string[]> {
  const code = `import * as imported from "${specifier}";\nexport const used = imported;\n`;
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("npm run lint keeps the layers one-way", () => {
  jest.setTimeout(60_000);

  it.each([
    ["policy/audit/rules/x.ts", "../../../stacks/app", "policy/ may not import stacks/"],
    ["reports/audit/x.ts", "../../cli/commands/command", "reports/ may not import cli/"],
    ["reports/x.ts", "../synthesis/synthesize", "reports/ may not import synthesis/"],
    ["contract/x.ts", "../model/center", "contract/ may not import model/"],
    ["contract/x.ts", "node:fs", "contract/ may not import node:fs: contract/ is pure"],
    ["model/x.ts", "../stacks/app", "model/ may not import stacks/"],
    ["policy/x.ts", "cdktf", "policy/ may not import cdktf"],
    ["synthesis/x.ts", "cdktf", "synthesis/ may not import cdktf"],
    ["main.ts", "./cli/options", "main.ts may not import cli/"],
    ["stacks/x.ts", "cdktf/lib/util", "cdktf's internals (cdktf/lib/...) are imported in stacks/engine/ only"],
    ["cli/x.ts", "cdktf/lib/util", "cdktf's internals (cdktf/lib/...) are imported in stacks/engine/ only"],
    ["test/stacks/x.test.ts", "../../bench/scale", "test/ may not import bench/"],
  ])("%s importing %s fails, saying which layer may not import which", async (file, specifier, message) => {
    const problems = await importProblems(file, specifier);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it.each([
    ["policy/audit/rules/x.ts", "../../../contract/stack-names"],
    ["policy/x.ts", "../model/center"],
    ["reports/x.ts", "../policy/audit"],
    ["stacks/engine/x.ts", "cdktf/lib/util"],
    ["synthesis/x.ts", "../stacks/app"],
    ["main.ts", "./synthesis/synthesize"],
    ["bench/x.ts", "../test/helpers/synthetic-config"],
    ["test/stacks/x.test.ts", "../../stacks/app"],
  ])("%s importing %s passes", async (file, specifier) => {
    expect(await importProblems(file, specifier)).toEqual([]);
  });
});
