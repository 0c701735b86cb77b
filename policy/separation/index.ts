/**
 * The separation proof (망분리): from synthesized Terraform JSON alone, that no internal system can
 * reach or be reached from the internet, and that the zones meet only in the linkage zone.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { STACK_FILE } from "../../contract/outputs";
import { Finding } from "./finding";
import { SEPARATION_RULES } from "./rules";
import { parseStack, Stack } from "./terraform";

export type { Finding, SeparationRule } from "./finding";
export type { Stack } from "./terraform";
export { parseStack } from "./terraform";
export { SEPARATION_RULES } from "./rules";

/** A `cdk.tf.json` that cannot be read as JSON: the user's input, reported by file, never as a stack trace. */
export class UnreadableStackError extends Error {}

/** Every finding of every rule over the given configurations, in a stable order. */
export function checkSeparation(stacks: readonly Stack[]): Finding[] {
  const findings = stacks.flatMap((stack) => SEPARATION_RULES.flatMap((rule) => rule.check(stack)));
  const key = (f: Finding) => [f.file, f.rule, f.address, f.message];
  return findings.sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    const i = ka.findIndex((part, n) => part !== kb[n]);
    return i < 0 ? 0 : ka[i] < kb[i] ? -1 : 1;
  });
}

/** Every `cdk.tf.json` under `dir` (any synth's output, not only rcc's), in path order. */
export function readSynthOutput(dir: string): Stack[] {
  return stackFiles(dir).map(readStackFile);
}

/** One Terraform JSON file. */
export function readStackFile(file: string): Stack {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new UnreadableStackError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  return parseStack(file, json);
}

/**
 * A folder holding a `cdk.tf.json` is one configuration: what lies below it (Terraform's working
 * copies, such as `rcc plan --offline`'s, and `.terraform/`) is not another stack, so it is not read.
 */
function stackFiles(dir: string): string[] {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  if (entries.some((entry) => entry.isFile() && entry.name === STACK_FILE)) return [path.join(dir, STACK_FILE)];
  return entries.flatMap((entry) => (entry.isDirectory() ? stackFiles(path.join(dir, entry.name)) : []));
}

/** One line per finding: `file: RULE address: message`. */
export function formatFinding(finding: Finding): string {
  return `${finding.file}: ${finding.rule} ${finding.address}: ${finding.message}`;
}

/** The machine-readable report: what was checked, by which rules, and every finding. */
export function separationReport(stacks: readonly Stack[], findings: readonly Finding[]) {
  return {
    holds: findings.length === 0,
    files: stacks.map((s) => s.file),
    resources: stacks.reduce((n, s) => n + s.blocks.filter((b) => b.mode === "resource").length, 0),
    rules: SEPARATION_RULES.map(({ id, title, why, fix }) => ({ id, title, why, fix })),
    findings: findings.map(({ rule, file, address, message }) => ({ rule, file, address, message })),
  };
}
