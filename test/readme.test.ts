import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../cli/main";
import { loadCenter } from "../model/load";
import { retention } from "../model/lifecycle";
import { edit, JUNG_GU, sampleConfig, SEO_GU } from "./helpers/config";

const ROOT = path.resolve(__dirname, "..");
const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");

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
