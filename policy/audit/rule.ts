/** The auditor's rule pack: rules with stable ids, run on every synthesized plan. */
import { DecommissioningRecord } from "../../contract/decommissioning";
import { CENTER } from "../../contract/labels";
import { codeOfStack } from "../../contract/stack-names";
import { Center } from "../../model/center";
import { Block, Stack } from "../separation/terraform";

export type Level = "error" | "warning";

/** One synthesized stack as the rules read it: its name (`tenant-27110`) and its blocks. */
export interface AuditStack extends Stack {
  readonly name: string;
  /** The `provider` section as written: provider name to its configurations. */
  readonly providers: NonNullable<Stack["providers"]>;
  /** The `terraform.backend` section as written, when the stack has one. */
  readonly backend?: Readonly<Record<string, unknown>>;
  /** What a leaving municipality's stack destroys and keeps (its `//` comment), when it is leaving. */
  readonly decommissioning?: DecommissioningRecord;
}

/** What every rule reads: the synthesized Terraform (the truth of what is deployed) and the config (intent, names). */
export interface AuditInput {
  readonly center: Center;
  readonly stacks: readonly AuditStack[];
  /** A selective synthesis: only some of the planned stacks, so a suppression unused here may match elsewhere. */
  readonly partial?: boolean;
}

export interface AuditFinding {
  /** `RCC-NET-001`. */
  readonly rule: string;
  readonly level: Level;
  /** Stack name, or `config` for a finding about the config as a whole. */
  readonly stack: string;
  /** Terraform address (`data.` prefix for data sources), or a config path for config findings. */
  readonly address: string;
  /** Municipality code, or `center` for the core stack and region-wide findings. */
  readonly municipality: string;
  /** One line: what is wrong, naming the resource. */
  readonly message: string;
  /** Present when a suppression in config covers the finding: it does not fail the synth. */
  readonly suppressed?: Suppressed;
}

export interface Suppressed {
  /** The file that suppresses it. */
  readonly file: string;
  /** `municipality` or the Terraform address it names. */
  readonly scope: string;
  readonly reason: string;
  readonly approvedBy: string;
}

export interface AuditRule {
  readonly id: string;
  readonly level: Level;
  /** One line. */
  readonly title: string;
  /** Why it matters, in one line. */
  readonly rationale: string;
  /** What to change, in one line. */
  readonly fix: string;
  /** Pure: the findings over the whole center (without `level`, which comes from the rule). */
  check(input: AuditInput): Array<Omit<AuditFinding, "rule" | "level" | "suppressed">>;
}

/** A finding at a block of a synthesized stack; the municipality is read from the stack's name. */
export function at(stack: AuditStack, block: Block, message: string) {
  return { stack: stack.name, address: block.address, municipality: municipalityOf(stack.name), message };
}

/** `tenant-27110` → `27110`; `core` → `center`. */
export function municipalityOf(stackName: string): string {
  return codeOfStack(stackName) ?? CENTER;
}
