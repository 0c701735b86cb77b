/**
 * `npm run e2e:packets`: the packet check alone, on what `RCC_E2E_KEEP=1 npm run e2e` left
 * deployed (every stack with a state in .build/e2e/state). For working on the check itself.
 */
import * as fs from "node:fs";
import { stateFileName } from "../../contract/outputs";
import { E2E_CONFIG_DIR, E2E_OUTDIR, E2E_STATE_DIR } from "../paths";
import { deployEnv } from "../stacks";
import { checkPackets } from ".";

const states = new Set(fs.existsSync(E2E_STATE_DIR) ? fs.readdirSync(E2E_STATE_DIR) : []);
const stacks = fs.readdirSync(`${E2E_OUTDIR}/stacks`).filter((s) => states.has(stateFileName(s)));
const { lines, problems } = checkPackets(E2E_CONFIG_DIR, stacks, deployEnv());
console.log(lines.join("\n"));
if (problems.length > 0) {
  console.error(`\npacket check FAILED:\n${problems.join("\n")}`);
  process.exitCode = 1;
}
