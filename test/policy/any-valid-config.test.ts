import { loadCenter } from "../../model/load";
import { formatProblem } from "../../model/problems";
import { checkSeparation, readSynthOutput } from "../../policy/separation";
import { randomConfig } from "../helpers/random-config";
import { synth } from "../helpers/synth";

// Property: whatever a valid config declares, what rcc synthesizes keeps the zones apart.
const SEEDS = Array.from({ length: 12 }, (_, i) => 1000 + i);

describe("any valid config synthesizes to separated networks", () => {
  it.each(SEEDS)("random config with seed %i", (seed) => {
    const dir = randomConfig(seed, 3);
    const { problems } = loadCenter(dir);
    expect(problems.map(formatProblem)).toEqual([]);
    const out = synth(dir);
    const stacks = readSynthOutput(out.outdir);
    expect(stacks.length).toBe(out.stacks.length);
    expect(checkSeparation(stacks)).toEqual([]);
  });
});
