/** What the separation proof reports, and the shape of the rules that report it. */
import { Block, kindOf, Stack } from "./terraform";
import { Zone, zoneSource } from "./zones";

export interface Finding {
  /** `SEP-00N`. */
  readonly rule: string;
  /** Terraform address of the block that opens the path (`data.` prefix for data sources). */
  readonly address: string;
  /** The `cdk.tf.json` it is in. */
  readonly file: string;
  /** One line naming the path that breaks separation. */
  readonly message: string;
}

export interface SeparationRule {
  readonly id: string;
  /** One line. */
  readonly title: string;
  /** Why the path matters: for auditors and for whoever has to fix it. */
  readonly why: string;
  /** What to change, in one line. */
  readonly fix: string;
  /** Pure: the findings of one configuration. */
  check(stack: Stack): Finding[];
}

export function findingAt(stack: Stack, rule: string, block: Block, message: string): Finding {
  return { rule, address: block.address, file: stack.file, message };
}

/**
 * `subnet X (zone=internal)` when the block declares the zone itself, or
 * `port P in network N (zone=internal)` when it inherits it: the message names where the zone comes from.
 */
export function describeIn(stack: Stack, block: Block, zone: Zone): string {
  const self = `${kindOf(block)} ${block.address}`;
  const source = zoneSource(stack, block, zone);
  if (source === undefined || source === block) return `${self} (zone=${zone})`;
  return `${self} in ${kindOf(source)} ${source.address} (zone=${zone})`;
}
