/**
 * Terraform JSON as the separation proof reads it: every `resource` and `data` block of one
 * configuration (one `cdk.tf.json`), addressable the way Terraform addresses them.
 */
import { addressOf, BlockMode, referencedAddress } from "../../contract/terraform-addresses";

export type Body = Readonly<Record<string, unknown>>;

export interface Block {
  /** `TYPE.NAME`, or `data.TYPE.NAME` for a data source: the address Terraform prints. */
  readonly address: string;
  readonly mode: BlockMode;
  readonly type: string;
  readonly name: string;
  readonly body: Body;
}

export interface Stack {
  /** The `cdk.tf.json` this configuration came from. */
  readonly file: string;
  readonly blocks: readonly Block[];
  readonly byAddress: ReadonlyMap<string, Block>;
  /** The `provider` section as written (provider name to its configurations): which cloud the stack deploys into. */
  readonly providers?: Readonly<Record<string, ReadonlyArray<Readonly<Record<string, unknown>>>>>;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads any Terraform JSON; what is not a block (variables, outputs, malformed parts) is ignored. */
export function parseStack(file: string, json: unknown): Stack {
  const root = isRecord(json) ? json : {};
  const blocks = [...blocksOf("resource", root.resource), ...blocksOf("data", root.data)];
  const providers = isRecord(root.provider) ? (root.provider as Stack["providers"]) : undefined;
  return { file, blocks, byAddress: new Map(blocks.map((b) => [b.address, b])), ...(providers ? { providers } : {}) };
}

function blocksOf(mode: Block["mode"], section: unknown): Block[] {
  if (!isRecord(section)) return [];
  return Object.entries(section).flatMap(([type, named]) =>
    isRecord(named)
      ? Object.entries(named).flatMap(([name, body]) => {
          const address = addressOf({ mode, type, name });
          return isRecord(body) ? [{ address, mode, type, name, body }] : [];
        })
      : [],
  );
}

const resourcesByType = new WeakMap<Stack, Map<string, Block[]>>();

/** Managed resources of one type (data sources look things up; they create no path). */
export function resources(stack: Stack, type: string): readonly Block[] {
  let byType = resourcesByType.get(stack);
  if (!byType) {
    byType = new Map();
    for (const block of stack.blocks) {
      if (block.mode !== "resource") continue;
      const same = byType.get(block.type);
      if (same) same.push(block);
      else byType.set(block.type, [block]);
    }
    resourcesByType.set(stack, byType);
  }
  return byType.get(type) ?? [];
}

/** Resources and data sources of one type. */
export function blocksOfType(stack: Stack, type: string): Block[] {
  return stack.blocks.filter((b) => b.type === type);
}

/**
 * The block a reference names, in the same configuration. Literal ids and expressions are
 * undefined: the proof cannot know what they point at.
 */
export function resolve(stack: Stack, value: unknown): Block | undefined {
  const address = referencedAddress(value);
  return address === undefined ? undefined : stack.byAddress.get(address);
}

/** Nested blocks (`allowed_address_pairs`, `network`, ...): JSON gives one object or a list of them. */
export function nestedBlocks(body: Body, key: string): Body[] {
  const value = body[key];
  const list = Array.isArray(value) ? value : [value];
  return list.filter(isRecord);
}

export function stringArg(body: Body, key: string): string | undefined {
  const value = body[key];
  return typeof value === "string" ? value : undefined;
}

/** Terraform converts `"true"` to a bool, so both spellings mean true. */
export function isTrue(value: unknown): boolean {
  return value === true || value === "true";
}

export function isFalse(value: unknown): boolean {
  return value === false || value === "false";
}

const KINDS: Readonly<Record<string, string>> = {
  openstack_networking_network_v2: "network",
  openstack_networking_subnet_v2: "subnet",
  openstack_networking_port_v2: "port",
  openstack_networking_router_v2: "router",
  openstack_networking_router_interface_v2: "router interface",
  openstack_networking_secgroup_v2: "security group",
  openstack_networking_secgroup_rule_v2: "security-group rule",
  openstack_compute_instance_v2: "instance",
  openstack_lb_loadbalancer_v2: "load balancer",
  openstack_lb_member_v2: "pool member",
};

/** What a message calls a block: `subnet`, `port`, ... */
export function kindOf(block: Block): string {
  return KINDS[block.type] ?? "resource";
}
