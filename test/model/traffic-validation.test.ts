import { loadCenter } from "../../model/load";
import { formatProblem } from "../../model/problems";
import { edit, JUNG_GU, REGION, sampleConfig } from "../helpers/config";

function problemsIn(dir: string): string[] {
  const { center, problems } = loadCenter(dir);
  expect(center).toBeUndefined();
  return problems.map((p) => formatProblem(p).replace(`${dir}/`, ""));
}

const HOMEPAGE_INGRESS = "{ from: internet, protocol: tcp, ports: [80, 443], purpose: 구청 홈페이지 공개 }";
const REGISTRY_INGRESS = '{ from: "system:payroll", protocol: tcp, ports: [5432], purpose: 급여 계산용 주민정보 조회 }';

/** Jung-gu with one ingress rule of one system replaced. */
function withRule(original: string, replacement: string): string[] {
  const dir = sampleConfig();
  edit(dir, JUNG_GU, [original, replacement]);
  return problemsIn(dir);
}

describe("declared traffic keeps the zones apart (망분리)", () => {
  it("refuses a peer that is none of the accepted forms, listing them", () => {
    expect(withRule(HOMEPAGE_INGRESS, "{ from: everyone, protocol: tcp, ports: [80], purpose: test }")).toEqual([
      `${JUNG_GU}:42: systems[0].ingress[0].from: must be internet, zone:internal, zone:external, system:<name> or an IPv4 CIDR, e.g. 10.250.27.0/24; got "everyone"`,
    ]);
  });

  it("refuses internet traffic for an internal system", () => {
    expect(withRule(REGISTRY_INGRESS, "{ from: internet, protocol: tcp, ports: [443], purpose: test }")).toEqual([
      `${JUNG_GU}:68: systems[2].ingress[0].from: an internal system never exchanges traffic with the internet (망분리); only external systems may`,
    ]);
  });

  it("refuses a public CIDR for an internal system, and a CIDR in the other zone's pool", () => {
    expect(withRule(REGISTRY_INGRESS, "{ from: 8.8.8.0/24, protocol: tcp, ports: [53], purpose: test }")).toEqual([
      `${JUNG_GU}:68: systems[2].ingress[0].from: 8.8.8.0/24 includes internet addresses; an internal system may only name private ranges (망분리)`,
    ]);
    expect(withRule(REGISTRY_INGRESS, "{ from: 10.127.3.0/24, protocol: tcp, ports: [53], purpose: test }")).toEqual([
      `${JUNG_GU}:68: systems[2].ingress[0].from: 10.127.3.0/24 overlaps the region's external pool 10.127.0.0/16; ` +
        "crossings between the zones are declared in linkage.flows and go through the relay",
    ]);
  });

  it("lets an external system name the internet as 0.0.0.0/0, but not a private range covering 행정망", () => {
    expect(withRule(HOMEPAGE_INGRESS, "{ from: 10.0.0.0/8, protocol: tcp, ports: [80], purpose: test }")).toEqual([
      `${JUNG_GU}:42: systems[0].ingress[0].from: 10.0.0.0/8 overlaps the region's internal pool 10.27.0.0/16; ` +
        "crossings between the zones are declared in linkage.flows and go through the relay",
    ]);
    const dir = sampleConfig();
    edit(dir, JUNG_GU, [HOMEPAGE_INGRESS, "{ from: 0.0.0.0/0, protocol: tcp, ports: [80], purpose: test }"]);
    expect(loadCenter(dir).problems).toEqual([]);
  });

  it("sends a rule naming a system or zone across the zones to linkage.flows", () => {
    expect(withRule(HOMEPAGE_INGRESS, '{ from: "system:payroll", protocol: tcp, ports: [80], purpose: test }')).toEqual(
      [
        `${JUNG_GU}:42: systems[0].ingress[0].from: payroll is in the internal zone and homepage in the external zone; ` +
          "crossings between the zones are declared in linkage.flows and go through the relay",
      ],
    );
    expect(withRule(HOMEPAGE_INGRESS, '{ from: "zone:internal", protocol: tcp, ports: [80], purpose: test }')).toEqual([
      `${JUNG_GU}:42: systems[0].ingress[0].from: homepage is in the external zone; ` +
        "crossings between the zones are declared in linkage.flows and go through the relay",
    ]);
  });

  it("names the known systems when a peer system does not exist", () => {
    expect(
      withRule(REGISTRY_INGRESS, '{ from: "system:payrol", protocol: tcp, ports: [5432], purpose: test }'),
    ).toEqual([
      `${JUNG_GU}:68: systems[2].ingress[0].from: "payrol" is not a system here; known: homepage, civil-portal, resident-registry, payroll, welfare-case`,
    ]);
  });

  it("wants ports for tcp and udp, and none for icmp", () => {
    expect(withRule(HOMEPAGE_INGRESS, "{ from: internet, protocol: tcp, purpose: test }")).toEqual([
      `${JUNG_GU}:42: systems[0].ingress[0]: tcp needs ports: list the destination ports, e.g. ports: [443]`,
    ]);
    expect(withRule(HOMEPAGE_INGRESS, "{ from: internet, protocol: icmp, ports: [8], purpose: test }")).toEqual([
      `${JUNG_GU}:42: systems[0].ingress[0].ports: icmp has no ports; remove ports`,
    ]);
  });
});

describe("linkage flows", () => {
  it("must cross between the zones, in the direction they declare", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ["direction: external-to-internal", "direction: internal-to-external"]);
    expect(problemsIn(dir)).toEqual([
      `${JUNG_GU}:101: linkage.flows[0].direction: civil-portal (external) to resident-registry (internal) is external-to-internal`,
    ]);
    const same = sampleConfig();
    edit(same, JUNG_GU, ["destination: resident-registry", "destination: homepage"]);
    expect(problemsIn(same)).toEqual([
      `${JUNG_GU}:96: linkage.flows[0]: civil-portal and homepage are both in the external zone; ` +
        "a linkage flow crosses between the zones (use ingress on homepage instead)",
    ]);
  });

  it("must name systems of the municipality", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ["source: civil-portal", "source: civil-portl"]);
    expect(problemsIn(dir)).toEqual([
      `${JUNG_GU}:97: linkage.flows[0].source: "civil-portl" is not a system here; known: homepage, civil-portal, resident-registry, payroll, welfare-case`,
    ]);
  });

  it("need a linkage range of at least a /27 in the region's linkage pool", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ["linkage: 10.227.0.0/27", "linkage: 10.228.0.0/28"]);
    expect(problemsIn(dir)).toEqual([
      `${JUNG_GU}:29: addressing.linkage: 10.228.0.0/28 is outside the region's linkage pool 10.227.0.0/16`,
      `${JUNG_GU}:29: addressing.linkage: 10.228.0.0/28 is too small: the linkage zone needs a /27 or larger`,
    ]);
  });
});

describe("shared services and quotas", () => {
  it("refuses two shared services of the same name", () => {
    const dir = sampleConfig();
    edit(dir, REGION, ["name: ntp", "name: dns"]);
    expect(problemsIn(dir)).toEqual([
      `${REGION}:53: sharedServices.services[4].name: "dns" is listed twice; names must be unique`,
    ]);
  });

  it("counts a security group per system, the relay and the default against the quota", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ["securityGroups: 20", "securityGroups: 6"]);
    expect(problemsIn(dir)).toEqual([
      `${JUNG_GU}:25: quotas.securityGroups: 6 is too low: 5 system(s), the linkage relay, the project's default need 7 security groups`,
    ]);
  });
});
