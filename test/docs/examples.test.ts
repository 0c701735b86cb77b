/**
 * Every fenced block of README.md, CONTRIBUTING.md and docs/*.md carries a marker saying how it is
 * checked, and is checked that way, so no example can rot unchecked:
 *
 * - `<!-- example: commands [SCENARIO | continued] -->`: each line is run or checked (./commands.ts)
 *   in a scratch project (./scenarios.ts; the sample by default); `continued` keeps the previous
 *   example's project and directory.
 * - `<!-- example: output SCENARIO [exit N] -->`: the first line is `$ <rcc command>`, the rest is
 *   what it prints (stdout, then stderr) in that scenario (./scenarios.ts), `...` eliding; it
 *   must exit N (default 0).
 * - `<!-- example: config FILE [merge [PATH]] -->`: config, valid in a copy of the sample (./config-examples.ts).
 * - `<!-- example: clouds -->`: a clouds.yaml entry for the sample's cloud and region.
 * - `<!-- example: diagram -->`: a picture, not text to run (it may not be marked as a language).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { main } from "../../cli/main";
import { retention } from "../../model/lifecycle";
import { loadCenter } from "../../model/load";
import { formatProblem } from "../../model/problems";
import { sampleConfig, SAMPLE_CONFIG, SEO_GU } from "../helpers/config";
import { synth } from "../helpers/synth";
import { checkLine, Context, rcc, rccArgs, Session } from "./commands";
import { applyConfigExample, modelValueAt } from "./config-examples";
import { firstMismatch } from "./elided";
import { anchors, FencedBlock, fencedBlocks, handWrittenDocs, links, Marker, ROOT, shellWords } from "./markdown";
import { scratchProject, Shared } from "./scenarios";

const KINDS = ["commands", "output", "config", "clouds", "diagram"];
const BASE_ENV = { CHECKPOINT_DISABLE: "1", DISABLE_VERSION_CHECK: "1" };

let shared: Shared & Context;

beforeAll(() => {
  const sample = synth(SAMPLE_CONFIG);
  shared = { outdir: sample.outdir, stacks: sample.stacks };
}, 60_000);

describe.each(handWrittenDocs())("the examples in %s", (file) => {
  const blocks = fencedBlocks(file);
  let previous: Session | undefined;

  it("mark every fenced block with how a test checks it", () => {
    const unmarked = blocks.filter((b) => !b.marker || !KINDS.includes(b.marker.kind)).map((b) => b.where);
    expect({ unmarked }).toEqual({ unmarked: [] });
  });

  for (const block of blocks.filter((b) => b.marker && b.marker.kind !== "diagram")) {
    const marker = block.marker!;
    it(
      `${block.where}: ${marker.kind} ${marker.args.join(" ")}`.trimEnd(),
      async () => {
        if (marker.kind === "commands") previous = await checkCommands(block, marker, previous);
        if (marker.kind === "output") previous = await checkOutput(block, marker);
        if (marker.kind === "config") checkConfig(block, marker);
        if (marker.kind === "clouds") checkClouds(block);
        // A block runs several rcc commands in a row (the quick start: about 20 s on a quiet machine);
        // a jest timeout would leave them running into the next block's scratch project.
      },
      180_000,
    );
  }

  it("mark as diagrams only blocks that are not code", () => {
    const coded = blocks.filter((b) => b.marker?.kind === "diagram" && b.lang !== "").map((b) => b.where);
    expect(coded).toEqual([]);
  });
});

async function checkCommands(block: FencedBlock, marker: Marker, previous: Session | undefined): Promise<Session> {
  const [scenario = "sample"] = marker.args;
  if (scenario === "continued" && !previous) throw new Error(`${block.where}: nothing before it to continue`);
  const session =
    scenario === "continued" ? previous! : { cwd: scratchProject(scenario, shared), env: { ...BASE_ENV } };
  for (const line of block.body.split("\n")) {
    try {
      await checkLine(line, session, shared);
    } catch (error) {
      throw new Error(`${block.where}: ${line}\n${(error as Error).message}`, { cause: error });
    }
  }
  return session;
}

async function checkOutput(block: FencedBlock, marker: Marker): Promise<Session> {
  const [scenario, exitWord, exitCode = "0"] = marker.args;
  if (scenario === undefined || (exitWord !== undefined && exitWord !== "exit")) {
    throw new Error(`${block.where}: expected "output SCENARIO [exit N]"`);
  }
  const [first, ...shown] = block.body.split("\n");
  const args = first.startsWith("$ ") ? rccArgs(shellWords(first.slice(2))) : undefined;
  if (!args) throw new Error(`${block.where}: an output example starts with "$ npx rcc ..." (or an rcc npm script)`);
  const session = { cwd: scratchProject(scenario, shared), env: { ...BASE_ENV } };
  const result = await rcc(args, session, {});
  const printed = [result.out, result.err].filter(Boolean).join("\n").split("\n");
  const mismatch = firstMismatch(shown, printed);
  expect({ exit: result.code, mismatch, printed: mismatch ? printed : [] }).toEqual({
    exit: Number(exitCode),
    mismatch: undefined,
    printed: [],
  });
  return session;
}

function checkConfig(block: FencedBlock, marker: Marker): void {
  const dir = sampleConfig();
  const at = applyConfigExample(dir, marker.args, block.body);
  const { center, problems } = loadCenter(dir);
  expect(problems.map(formatProblem)).toEqual([]);
  expect(modelValueAt(center!, marker.args[0], at)).toMatchObject(parse(block.body));
}

function checkClouds(block: FencedBlock): void {
  const region = parse(fs.readFileSync(path.join(SAMPLE_CONFIG, "region.yaml"), "utf8"));
  const entry = parse(block.body).clouds[region.openstack.cloud];
  expect(entry).toMatchObject({ region_name: region.openstack.region, auth: { auth_url: expect.any(String) } });
}

describe("what the examples promise beyond being valid", () => {
  it("the lifecycle example, in Seo-gu's file, is a decommissioning whose final backup lets the last data go", () => {
    const lifecycle = handWrittenDocs()
      .flatMap(fencedBlocks)
      .filter((b) => b.marker?.kind === "config" && /^lifecycle:/m.test(b.body));
    expect(lifecycle.map((b) => b.marker!.args[0])).toEqual([SEO_GU]);
    const dir = sampleConfig();
    applyConfigExample(dir, lifecycle[0].marker!.args, lifecycle[0].body);
    const seoGu = loadCenter(dir).center!.municipalities.find((m) => m.code === "27170")!;
    expect(seoGu.lifecycle?.state).toBe("decommissioning");
    expect(retention(seoGu)).toBe("nothing");
  });
});

describe("the commands and scripts the docs mention, in examples or in prose", () => {
  const text = handWrittenDocs()
    .map((file) => fs.readFileSync(path.join(ROOT, file), "utf8"))
    .join("\n");

  it("every `npx rcc` command exists", async () => {
    const commands = [...new Set([...text.matchAll(/npx rcc ([a-z-]+)/g)].map((m) => m[1]))];
    expect(commands.length).toBeGreaterThan(5);
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

  it("every `npm run` script exists", () => {
    const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts;
    const mentioned = [...new Set([...text.matchAll(/npm run (?:--silent )?([a-z0-9:-]+)/g)].map((m) => m[1]))];
    expect(mentioned.length).toBeGreaterThan(5);
    expect(mentioned.filter((s) => !(s in scripts))).toEqual([]);
  });
});

describe("links between the docs", () => {
  it.each(handWrittenDocs())(
    "every relative link of %s reaches a file, and a heading there when it names one",
    (file) => {
      const broken = links(file)
        .filter((link) => !/^[a-z]+:/.test(link))
        .filter((link) => {
          const [target, anchor] = link.split("#");
          const linked = target === "" ? file : path.normalize(path.join(path.dirname(file), target));
          if (!fs.existsSync(path.join(ROOT, linked))) return true;
          return anchor !== undefined && (!linked.endsWith(".md") || !anchors(linked).has(anchor));
        });
      expect(broken).toEqual([]);
    },
  );
});
