import { loadCenter } from "../../model/load";
import { Municipality } from "../../model/center";
import { systemRules, relayRules } from "../../stacks/traffic-policy";
import { SAMPLE_CONFIG } from "../helpers/config";

const center = loadCenter(SAMPLE_CONFIG).center!;
const seoGu = center.municipalities.find((m) => m.code === "27170")!;
const resolvers = { internal: center.region.dnsNameservers, external: center.region.externalDnsNameservers ?? [] };

/** Seo-gu with civil-portal declaring egress to homepage (built active-active, listening on 80 and 443) and to itself-free peers. */
function withEgress(to: string, protocol: "tcp" | "udp" | "icmp", ports?: number[]): Municipality {
  return {
    ...seoGu,
    systems: seoGu.systems.map((s) =>
      s.name === "civil-portal"
        ? { ...s, egress: [...(s.egress ?? []), { to, protocol, ...(ports ? { ports } : {}), purpose: "test" }] }
        : s,
    ),
  };
}

const rules = (m: Municipality, name: string) =>
  systemRules(
    center.region,
    m,
    m.systems.find((s) => s.name === name)!,
    resolvers,
  );
const show = (r: ReturnType<typeof rules>[number]) =>
  `${r.direction} ${r.protocol}/${r.port ?? "-"} ${"cidr" in r.remote ? r.remote.cidr : `sg:${r.remote.group}`}`;

describe("security-group rules from declared traffic", () => {
  it("opens the destination too when a system declares egress to a peer system", () => {
    const m = withEgress("system:homepage", "udp", [3478]);
    expect(rules(m, "civil-portal").map(show)).toContain("egress udp/3478 sg:homepage");
    expect(rules(m, "homepage").map(show)).toContain("ingress udp/3478 sg:civil-portal");
  });

  it("sends connections to a peer's load balancer to the peer zone's subnet, since the VIP is in no group of rcc's", () => {
    const m = withEgress("system:homepage", "tcp", [443, 8080]);
    const egress = rules(m, "civil-portal").map(show);
    expect(egress).toContain("egress tcp/443 10.127.2.0/24");
    // 8080 is no listener of homepage's load balancer: it goes to the members, by group.
    expect(egress).toContain("egress tcp/8080 sg:homepage");
  });

  it("sends the relay's side of a linkage flow to the destination's load balancer the same way", () => {
    const m: Municipality = {
      ...seoGu,
      linkage: {
        flows: [
          {
            name: "f",
            source: "resident-registry",
            destination: "homepage",
            protocol: "tcp",
            port: 443,
            direction: "internal-to-external",
            purpose: "test",
          },
        ],
      },
    };
    expect(relayRules(m).map(show)).toEqual(["ingress tcp/443 sg:resident-registry", "egress tcp/443 10.127.2.0/24"]);
  });
});
