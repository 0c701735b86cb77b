import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { loadCenter } from "../../model/load";
import { BASE_CONFIG, invalidCases, layOut } from "../helpers/fixtures";
import { rcc } from "../helpers/rcc";

const ROOT = path.resolve(__dirname, "../..");
const NOBODY = 65534;

/** `rcc validate` on a laid-out case: in-process, or as nobody where the case needs a user other than root. */
async function validate(config: string, asNobody: boolean): Promise<{ code: number | null; out: string; err: string }> {
  if (!asNobody) return rcc(["validate", "--config", config]);
  const run = spawnSync(process.execPath, ["bin/rcc.js", "validate", "--config", config], {
    cwd: ROOT,
    uid: NOBODY,
    gid: NOBODY,
    encoding: "utf8",
    timeout: 60_000,
    env: { PATH: process.env.PATH, HOME: "/nonexistent", RCC_CACHE: "0" },
  });
  return { code: run.status, out: run.stdout.trimEnd(), err: run.stderr.trimEnd() };
}

describe("the fixtures' base config", () => {
  it("is valid, so each case's messages come from its own change", () => {
    expect(loadCenter(BASE_CONFIG).problems).toEqual([]);
  });
});

describe("bad input gives exactly the located messages of its fixture", () => {
  const cases = invalidCases();
  it("has cases", () => expect(cases.length).toBeGreaterThan(0));

  it.each(cases.map((c) => [c.id, c] as const))("%s", async (_, c) => {
    const config = layOut(c);
    const asNobody = c.unprivileged && process.getuid?.() === 0;
    const { code, out, err } = await validate(config, asNobody);
    const shown = err.split(config).join("<config>").split(path.dirname(config)).join("<root>");
    expect(shown.split("\n")).toEqual(c.expected);
    expect(out).toBe("");
    expect(code).toBe(1);
  });
});
