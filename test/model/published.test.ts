import { SAMPLE_CONFIG } from "../helpers/config";
import { loadCenter } from "../../model/load";
import { floatingIpsOf, listenerPorts, listenerSources } from "../../model/published";
import { SystemConfig } from "../../model/schema/municipality";

const seoGu = loadCenter(SAMPLE_CONFIG).center!.municipalities.find((m) => m.code === "27170")!;
const homepage = seoGu.systems.find((s) => s.name === "homepage")!;
const tcp = (from: string, ports: number[]) => ({ from, protocol: "tcp" as const, ports, purpose: "test" });

describe("what a built system publishes", () => {
  it("listens on the service port first, then every other TCP port its ingress declares, once each", () => {
    expect(listenerPorts(homepage)).toEqual([443, 80]);
    const more: SystemConfig = {
      ...homepage,
      ingress: [
        tcp("internet", [443, 8443]),
        tcp("zone:external", [8080, 8443]),
        { from: "10.250.27.0/24", protocol: "udp", ports: [514], purpose: "syslog" },
      ],
    };
    expect(listenerPorts(more)).toEqual([443, 8080, 8443]);
  });

  it("listens on nothing for a system without a load balancer", () => {
    const pair: SystemConfig = { ...homepage, availability: { mode: "active-standby", instances: 2 } };
    expect(listenerPorts(pair)).toEqual([]);
  });

  it("takes a floating IP where its clients connect: one for a load balancer or VIP, one per instance of a single system", () => {
    expect(floatingIpsOf(homepage)).toBe(1);
    expect(floatingIpsOf({ ...homepage, availability: { mode: "active-standby", instances: 2 } })).toBe(1);
    expect(floatingIpsOf({ ...homepage, availability: { mode: "single", instances: 2 } })).toBe(2);
    expect(floatingIpsOf({ ...homepage, availability: { mode: "single", instances: 2 } }, 1)).toBe(1);
  });

  it("takes none when it is not published to the internet or the center does not build it", () => {
    expect(floatingIpsOf({ ...homepage, ingress: [tcp("zone:external", [443])] })).toBe(0);
    expect(floatingIpsOf(seoGu.systems.find((s) => s.name === "civil-portal")!)).toBe(0);
  });

  it("lets a listener admit anyone where the internet is declared, else only the declared sources", () => {
    expect(listenerSources(seoGu, homepage, 443)).toBeUndefined();
    const portal: SystemConfig = {
      ...seoGu.systems.find((s) => s.name === "civil-portal")!,
      ingress: [tcp("zone:external", [8443]), tcp("10.250.27.0/24", [8443]), tcp("system:homepage", [9000])],
    };
    expect(listenerSources(seoGu, portal, 8443)).toEqual(["10.127.2.0/24", "10.250.27.0/24"]);
    // A peer system by its zone's range; a port nothing declares, the zone's own range only.
    expect(listenerSources(seoGu, portal, 9000)).toEqual(["10.127.2.0/24"]);
    expect(listenerSources(seoGu, portal, 7000)).toEqual(["10.127.2.0/24"]);
    // Where a linkage flow ends, the relays' range (resident-registry takes portal-registry-check on 8443).
    const registry = seoGu.systems.find((s) => s.name === "resident-registry")!;
    expect(listenerSources(seoGu, registry, 8443)).toEqual(["10.227.0.64/27"]);
  });
});
