/** Security-group rules: which way they point and at what. */
import { isInternetAddress } from "../../model/ip";
import { Block, stringArg } from "./terraform";

/**
 * The addresses a rule admits. OpenStack reads a rule with neither `remote_ip_prefix` nor
 * `remote_group_id` as "any address", so that is `0.0.0.0/0` (or `::/0` for IPv6).
 */
export function remotePrefix(rule: Block): string | undefined {
  const prefix = stringArg(rule.body, "remote_ip_prefix");
  if (prefix !== undefined && prefix !== "") return prefix;
  if (rule.body.remote_group_id !== undefined) return undefined;
  return stringArg(rule.body, "ethertype") === "IPv6" ? "::/0" : "0.0.0.0/0";
}

/** `ingress from X into` / `egress to X from`: how a message reads for the rule's direction. */
export function flow(rule: Block, remote: string): string {
  const direction = stringArg(rule.body, "direction");
  if (direction === "ingress") return `ingress from ${remote} into`;
  if (direction === "egress") return `egress to ${remote} from`;
  return `traffic with ${remote} in`;
}

/** The internet range an ingress rule admits (`0.0.0.0/0`, `203.0.113.0/24`), or undefined for any other rule. */
export function internetIngress(rule: Block): string | undefined {
  const remote = remotePrefix(rule);
  const admitsInternet =
    stringArg(rule.body, "direction") === "ingress" && remote !== undefined && isInternetAddress(remote);
  return admitsInternet ? remote : undefined;
}
