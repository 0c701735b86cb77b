import { parseCidr } from "./ip";

/** The other end of a declared traffic rule, as written in config (`from:` / `to:`). */
export type Peer =
  | { readonly kind: "internet" }
  | { readonly kind: "zone"; readonly zone: "internal" | "external" }
  | { readonly kind: "system"; readonly name: string }
  | { readonly kind: "cidr"; readonly cidr: string };

export const PEER_SYNTAX = "internet, zone:internal, zone:external, system:<name> or an IPv4 CIDR, e.g. 10.250.27.0/24";

/** Undefined when the text is none of the forms in PEER_SYNTAX. */
export function parsePeer(text: string): Peer | undefined {
  if (text === "internet") return { kind: "internet" };
  if (text === "zone:internal" || text === "zone:external") return { kind: "zone", zone: text.slice(5) as "internal" };
  const system = /^system:([a-z][a-z0-9-]{0,30}[a-z0-9])$/.exec(text);
  if (system) return { kind: "system", name: system[1] };
  return parseCidr(text) ? { kind: "cidr", cidr: text } : undefined;
}
