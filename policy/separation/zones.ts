/**
 * Zone membership for the separation proof (망분리).
 *
 * Every block of a Terraform configuration is in one zone: `internal` (행정망, the administrative
 * network), `external` (인터넷망, the internet-facing network), `linkage` (연계 구간, the only
 * place the two may meet), `shared` (the center's common services), or `unknown`.
 *
 * A block declares its zone by the first of these that it has:
 *   1. a `tags` entry `zone=<zone>`;
 *   2. a `zone` in its `"//"` comment's `rcc_labels`;
 *   3. a `name` argument with the zone as a word: `/(^|[-_])(internal|external|linkage|shared)([-_]|$)/`
 *      (`27110-internal-subnet` is internal, `internalize` is not).
 * A declared value other than the four zones is `unknown`: a typo in a tag is never silently
 * replaced by the name.
 *
 * A block that declares nothing inherits from what it is attached to, following references
 * (`${TYPE.NAME.id}` or `${data.TYPE.NAME.id}`, resolved within the same file only):
 *   - a subnet or port from its network (`network_id`);
 *   - a router interface from its subnet (`subnet_id`) or port (`port_id`);
 *   - an instance from its `network` blocks (`uuid`, `port`) and its interface attachments;
 *   - a security-group rule from its security group (`security_group_id`);
 *   - a load balancer from its VIP subnet, network or port; a pool member from its subnet or address.
 * Literal ids (plain strings) cannot be followed and contribute `unknown`.
 *
 * The rules ask a stricter question than "which zone is this in": a block is *in* a zone when it,
 * or anything it is attached to, declares that zone (`zoneSource`). So a port tagged `external` on
 * an internal network is still internal: a label can add a zone but never hide one.
 */
import { readLabels } from "../../contract/labels";
import { isZone, Zone as LabelZone, ZONES } from "../../contract/zones";
import { Block, Body, nestedBlocks, resolve, resources, Stack, stringArg } from "./terraform";

export { ZONES };
export type Zone = LabelZone | "unknown";

const ZONE_IN_NAME = new RegExp(`(^|[-_])(${ZONES.join("|")})([-_]|$)`);

function asZone(text: string): Zone {
  return isZone(text) ? text : "unknown";
}

/** The zone a block declares itself (tags, then `//` labels, then name); undefined if it declares none. */
export function declaredZone(block: Block): Zone | undefined {
  const labelled = readLabels(block.body).zone;
  if (labelled !== undefined) return asZone(labelled);
  const named = ZONE_IN_NAME.exec(stringArg(block.body, "name") ?? "");
  return named ? asZone(named[2]) : undefined;
}

/** What a block is attached to, and so inherits its zone from. */
export function attachments(stack: Stack, block: Block): Block[] {
  const refs = (body: Body, keys: string[]) => keys.map((key) => resolve(stack, body[key]));
  const found = ((): Array<Block | undefined> => {
    switch (block.type) {
      case "openstack_networking_subnet_v2":
      case "openstack_networking_port_v2":
        return refs(block.body, ["network_id"]);
      case "openstack_networking_router_interface_v2":
        return refs(block.body, ["subnet_id", "port_id"]);
      case "openstack_compute_instance_v2":
        return instanceAttachments(stack, block);
      case "openstack_compute_interface_attach_v2":
        return refs(block.body, ["port_id", "network_id"]);
      case "openstack_networking_secgroup_rule_v2":
        return refs(block.body, ["security_group_id"]);
      case "openstack_lb_loadbalancer_v2":
        return refs(block.body, ["vip_subnet_id", "vip_network_id", "vip_port_id"]);
      case "openstack_lb_member_v2":
        return refs(block.body, ["subnet_id", "address"]);
      default:
        return [];
    }
  })();
  return found.filter((b): b is Block => b !== undefined);
}

function instanceAttachments(stack: Stack, instance: Block): Array<Block | undefined> {
  const nics = nestedBlocks(instance.body, "network").flatMap((nic) => [
    resolve(stack, nic.uuid),
    resolve(stack, nic.port),
  ]);
  const attached = resources(stack, "openstack_compute_interface_attach_v2").filter(
    (a) => resolve(stack, a.body.instance_id) === instance,
  );
  return [...nics, ...attached];
}

/** The block's zone: declared, else inherited from the first attachment with a known zone. */
export function zoneOf(stack: Stack, block: Block, seen = new Set<Block>()): Zone {
  const declared = declaredZone(block);
  if (declared !== undefined) return declared;
  seen.add(block);
  for (const parent of attachments(stack, block)) {
    if (seen.has(parent)) continue;
    const zone = zoneOf(stack, parent, seen);
    if (zone !== "unknown") return zone;
  }
  return "unknown";
}

/** The block itself, or the first thing found down its attachments, that declares `zone`; undefined if none does. */
export function zoneSource(stack: Stack, block: Block, zone: Zone, seen = new Set<Block>()): Block | undefined {
  if (seen.has(block)) return undefined;
  seen.add(block);
  if (declaredZone(block) === zone) return block;
  for (const parent of attachments(stack, block)) {
    const source = zoneSource(stack, parent, zone, seen);
    if (source) return source;
  }
  return undefined;
}

export function inZone(stack: Stack, block: Block, zone: Zone): boolean {
  return zoneSource(stack, block, zone) !== undefined;
}
