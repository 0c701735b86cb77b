import * as fs from "node:fs";
import * as path from "node:path";
import { Center } from "../../../model/center";
import { loadCenter } from "../../../model/load";
import { AuditFinding, AuditStack, readAuditStacks, runAudit } from "../../../policy/audit";
import { parseStack } from "../../../policy/separation";
import { SAMPLE_CONFIG } from "../../helpers/config";
import { synth } from "../../helpers/synth";

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The sample, synthesized once, as the rules read it; tests change copies of its stacks. */
export function sampleAudit() {
  const out = synth();
  const center = loadCenter(SAMPLE_CONFIG).center!;
  const stacks = readAuditStacks(out.outdir, out.stacks);
  const raw = (name: string): Json =>
    JSON.parse(fs.readFileSync(path.join(out.outdir, "stacks", name, "cdk.tf.json"), "utf8"));

  /** The audit after `change` edits one stack's JSON (and `config` the center), findings of `rule` only. */
  function auditAfter(
    stackName: string,
    change: (json: Json) => void,
    options: { rule?: string; config?: (center: Center) => Center } = {},
  ): AuditFinding[] {
    const json = raw(stackName);
    change(json);
    const changed: AuditStack = {
      name: stackName,
      ...parseStack(`${stackName}/cdk.tf.json`, json),
      providers: json.provider ?? {},
    };
    const withChange = stacks.map((s) => (s.name === stackName ? changed : s));
    // The sample's own accepted finding (its region file suppresses RCC-RCH-006 at the partner) is
    // left out: each test sees what its change brings.
    const findings = runAudit({ center: options.config ? options.config(center) : center, stacks: withChange }).filter(
      (f) => f.suppressed?.file !== "region.yaml",
    );
    return options.rule ? findings.filter((f) => f.rule === options.rule) : findings;
  }

  /** The first resource of a type whose name matches. */
  function resource(json: Json, type: string, name: string | RegExp): Json {
    const found = Object.values(json.resource[type] as Record<string, Json>).find((r) =>
      typeof name === "string" ? r.name === name : name.test(r.name),
    );
    if (!found) throw new Error(`no ${type} named ${name}`);
    return found;
  }

  /** The logical name (Terraform address part) of that resource. */
  function addressOf(json: Json, type: string, name: string): string {
    const entry = Object.entries(json.resource[type] as Record<string, Json>).find(([, r]) => r.name === name);
    return `${type}.${entry![0]}`;
  }

  return { out, center, stacks, auditAfter, resource, addressOf };
}
