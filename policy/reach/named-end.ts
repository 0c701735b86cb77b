import { Municipality } from "../../model/center";
import { parseCidr, parseIpv4 } from "../../model/ip";
import { Endpoints } from "./endpoints";
import { Packet } from "./filters";
import { Host } from "./forward";

/** A host of the administrative backbone outside the center (another public body), for `rcc reach backbone`. */
export const BACKBONE_HOST = "172.31.255.10";

export const END_SYNTAX =
  "<code>/<system> (27110/civil-portal), <code>/linkage-relay, shared:<service>, internet, backbone, an IPv4 address or a CIDR";

/** What people name an end of `rcc reach`; a string says why the name is not one. */
export function namedEnd(
  ends: Endpoints,
  municipalities: readonly Municipality[],
  text: string,
  as: { readonly role: "from" } | { readonly role: "to"; readonly packet: Packet },
): Host | string {
  const site = ends.center;
  if (text === "internet") return ends.internet(site);
  if (text === "backbone") return ends.outside(site, parseIpv4(BACKBONE_HOST)!, "the administrative backbone");
  if (text.startsWith("shared:")) {
    const service = ends.region.sharedServices.services.find((s) => s.name === text.slice(7));
    const known = ends.region.sharedServices.services.map((s) => s.name).join(", ");
    return service ? ends.sharedService(service) : `no shared service "${text.slice(7)}"; the region has ${known}`;
  }
  const system = /^([0-9]{5})\/([a-z][a-z0-9-]*)$/.exec(text);
  if (system) {
    const m = municipalities.find((x) => x.code === system[1]);
    if (!m) return `no municipality ${system[1]} in this config`;
    if (system[2] === "linkage-relay") return ends.relays(site, m)[0] ?? `${m.code} has no linkage relay`;
    const s = m.systems.find((x) => x.name === system[2]);
    if (!s) return `${m.code} has no system "${system[2]}"; it has ${m.systems.map((x) => x.name).join(", ")}`;
    return as.role === "from" ? ends.client(site, m, s) : ends.system(site, m, s, 0, as.packet);
  }
  if (parseIpv4(text) !== undefined) return ends.address(site, text);
  if (parseCidr(text)) return ends.rangeHosts(site, text)[0];
  return `"${text}" is none of ${END_SYNTAX}`;
}
