/**
 * One measured synthesis, run in a fresh process by bench/scale.ts: validation on its own, then
 * the full `rcc synth` path. Prints one JSON line; the parent times the whole process.
 */
import { synthesize } from "../synthesis/synthesize";
import { loadCenter } from "../model/load";

const [configDir, outdir] = process.argv.slice(2);
const start = performance.now();
const loaded = loadCenter(configDir);
const validateMs = performance.now() - start;
if (!loaded.center) throw new Error(`${configDir}: invalid (${loaded.problems.length} problems)`);
const synthStart = performance.now();
const result = synthesize({ configDir, outdir });
if (!result.stacks) throw new Error(`${configDir}: synthesis failed (${result.findings.length} findings)`);
console.log(
  JSON.stringify({
    validateMs: Math.round(validateMs),
    synthMs: Math.round(performance.now() - synthStart),
    stacks: result.stacks.length,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
