import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../cli/main";
import { loadCenter } from "../model/load";
import { retention } from "../model/lifecycle";
import { DONG_GU, edit, JUNG_GU, REGION, sampleConfig, SEO_GU, tempDir } from "./helpers/config";
import { rcc } from "./helpers/rcc";
import { terraformState } from "./helpers/terraform-state";

const ROOT = path.resolve(__dirname, "..");
const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");

/** The lines of the README's code block marked `<!-- example: name ... -->`. */
function exampleLines(name: string): string[] {
  const block = new RegExp(`<!-- example: ${name}[^>]*-->\\s*\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(readme);
  expect(block).not.toBeNull();
  return block![1].trimEnd().split("\n");
}

/** A README line as a pattern of the whole printed line, each `...` standing for any text. */
function elided(line: string): RegExp {
  const parts = line.split("...").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join(".*")}$`);
}

describe("the README's examples", () => {
  it("the example municipality file is valid as written", () => {
    const block = /<!-- example: municipality[^>]*-->\s*```yaml\n([\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    const dir = sampleConfig();
    fs.writeFileSync(path.join(dir, JUNG_GU), block![1]);
    const { center, problems } = loadCenter(dir);
    expect(problems).toEqual([]);
    const example = center!.municipalities.find((m) => m.code === "27110")!;
    expect(example.systems.map((s) => s.name)).toEqual(["resident-registry", "civil-portal", "payroll"]);
    expect(example.linkage?.flows.map((f) => f.name)).toEqual(["portal-registry-check"]);
  });

  it("the example lifecycle block is valid as written, and synthesizes a decommissioning tenant", () => {
    const block = /<!-- example: lifecycle[^>]*-->\s*```yaml\n([\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    const dir = sampleConfig();
    edit(dir, SEO_GU, [/^wave: /m, `${block![1]}wave: `]);
    const { center, problems } = loadCenter(dir);
    expect(problems).toEqual([]);
    const seoGu = center!.municipalities.find((m) => m.code === "27170")!;
    expect(retention(seoGu)).toBe("nothing");
  });

  it("the doctor example is what rcc doctor prints for a deleted municipality file ('...' elides)", async () => {
    const dir = sampleConfig();
    const stateDir = path.join(tempDir(), "state");
    edit(dir, REGION, ["  directory: state", `  directory: ${stateDir}`]);
    fs.mkdirSync(stateDir);
    const stacks = ["core", "tenant-27110", "dr-27110", "tenant-27140", "dr-27140", "tenant-27170", "systems-27170"];
    for (const stack of stacks) fs.writeFileSync(path.join(stateDir, `${stack}.tfstate`), terraformState(7));
    fs.writeFileSync(path.join(stateDir, "tenant-27888.tfstate"), terraformState(0));
    fs.rmSync(path.join(dir, DONG_GU));
    const result = await rcc(["doctor", "--config", dir]);
    expect(result.code).toBe(1);
    const printed = result.out.split(dir).join("config").split(stateDir).join("state").split("\n");
    const shown = exampleLines("doctor").filter((line) => !line.startsWith("$ "));
    expect(shown.length).toBe(printed.length);
    shown.forEach((line, i) => expect(printed[i]).toMatch(elided(line)));
  });

  it("the format-version example is what rcc validate prints for an older and a newer file", async () => {
    const dir = path.join(tempDir(), "config");
    fs.cpSync(path.join(__dirname, "fixtures/config-format-1"), dir, { recursive: true });
    edit(dir, JUNG_GU, ["schemaVersion: 1", "schemaVersion: 3"]);
    const printed = (await rcc(["validate", "--config", dir])).err.split(dir).join("config").split("\n");
    for (const line of exampleLines("format-version")) expect(printed).toContain(line);
  });

  it("every `npx rcc` command it mentions exists", async () => {
    const commands = [...new Set([...readme.matchAll(/npx rcc ([a-z-]+)/g)].map((m) => m[1]))];
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      const err: string[] = [];
      const io = { env: {}, out: () => undefined, err: (t: string) => err.push(t), configDir: () => "config" };
      await main([command, "--help-me"], io);
      expect({ command, err: err.join("") }).toEqual({
        command,
        err: expect.stringMatching(`^rcc ${command}: Unknown option`),
      });
    }
  });

  it("every `npm run` script it mentions exists", () => {
    const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts;
    const mentioned = [...new Set([...readme.matchAll(/npm run ([a-z:]+)/g)].map((m) => m[1]))];
    expect(mentioned.filter((s) => !(s in scripts))).toEqual([]);
  });
});
