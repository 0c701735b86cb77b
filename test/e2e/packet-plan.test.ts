import * as fs from "node:fs";
import * as path from "node:path";
import { selectProbes, PROBED_MUNICIPALITIES } from "../../e2e/packets/plan";
import { StateIndex, UnwirableProbe, wire } from "../../e2e/packets/wiring";
import { loadCenter } from "../../model/load";
import { Center } from "../../model/center";
import { readAuditStacks } from "../../policy/audit";
import { centerModel, NetworkModel, stackNameOf, trace } from "../../policy/reach";
import { SAMPLE_CONFIG } from "../helpers/config";
import { synth } from "../helpers/synth";

/** What the e2e's packet check sends on the test cloud, planned from the sample's synthesis. */
describe("the packet check's plan", () => {
  let center: Center;
  let model: NetworkModel;

  beforeAll(() => {
    const outdir = synth().outdir;
    center = loadCenter(SAMPLE_CONFIG).center!;
    model = centerModel(center.region, readAuditStacks(outdir, fs.readdirSync(path.join(outdir, "stacks")).sort()));
  }, 60_000);

  /** Every resource deployed, its id its address, its first address made up from its name. */
  const deployed: StateIndex = (origin) => ({
    stack: stackNameOf(origin.stack),
    type: origin.address.split(".")[0],
    name: origin.address,
    address: origin.address,
    attributes: {
      id: `id:${origin.address}`,
      tenant_id: `project:${stackNameOf(origin.stack)}`,
      network_id: `network-of:${origin.address}`,
      all_fixed_ips: [`10.9.9.${origin.address.length}`],
    },
  });

  it("sends the declared flows of the probed municipalities the test cloud carries, and the model delivers each", () => {
    const { probes, leftOut } = selectProbes(center, model);
    const declared = probes.filter((p) => p.declared);
    expect(declared.length).toBeGreaterThanOrEqual(20);
    expect(new Set(declared.map((p) => p.name.match(/\b27\d{3}\b/)?.[0])).size).toBe(PROBED_MUNICIPALITIES.length);
    for (const probe of declared) {
      expect(probe.destination.listens).toBeUndefined();
      expect(probe.source.network.site).toBe(center.region.openstack.cloud);
      expect(trace(model, probe.source, probe.destination, probe.packet).delivered).toBe(true);
    }
    expect(declared.map((p) => p.name)).toContain("27140 water-telemetry ingress from 172.27.0.0/16 tcp/8883");
    expect(leftOut.get("through Octavia (no amphora)")).toBeGreaterThan(0);
    expect(leftOut.get("at the DR partner")).toBeGreaterThan(0);
  });

  it("tries each boundary rcc promises with an undeclared probe, and the model drops each", () => {
    const undeclared = selectProbes(center, model).probes.filter((p) => !p.declared);
    expect(undeclared.map((p) => p.name)).toEqual([
      "internet to 27170 resident-registry (through the external router)",
      "27170 civil-portal (external) to resident-registry (internal), beside the relay",
      "27170 civil-portal (external) to the shared DNS",
      "27170 payroll to 27140 payroll (tenant to tenant, over the backbone)",
      "a linkage host that is not a relay to 27170 resident-registry",
      "the backbone to 27170 payroll's ssh (only the bastion may)",
    ]);
    for (const probe of undeclared) {
      expect(trace(model, probe.source, probe.destination, probe.packet).delivered).toBe(false);
    }
    expect(undeclared[0].through?.name).toMatch(/external/);
  });

  it("wires built ports by their deployed ids, a VIP on the port that holds it, and makes ports for assumed systems", () => {
    const { probes } = selectProbes(center, model);
    const wiring = wire(probes, model, deployed);
    const vipProbe = probes.findIndex((p) => p.name === "27170 resident-registry ingress from system:payroll tcp/5432");
    const toVip = wiring.probes[vipProbe];
    const holder = wiring.hosts.find((h) => h.key === toVip.to)!;
    expect(holder.port?.id).toMatch(/^id:openstack_networking_port_v2\.resident-registry_port-1/);
    expect(holder.port?.extraIps).toContain(toVip.toIp);

    const assumed = wiring.hosts.find((h) => h.label === "27140/water-telemetry")!;
    expect(assumed.create).toMatchObject({ project: "project:tenant-27140", ip: undefined, portSecurity: true });
    expect(assumed.create?.groups).toEqual([expect.stringMatching(/^id:openstack_networking_secgroup_v2\./)]);
    const portal = wiring.hosts.find((h) => h.label === "27170/civil-portal")!;
    expect(portal.create?.floatingNetwork).toBe(center.region.providerNetworks.external);

    const internet = wiring.outside.find((o) => o.network === center.region.providerNetworks.external)!;
    expect(internet.routes).toEqual([
      {
        to: wiring.probes[probes.findIndex((p) => p.through)].to,
        toIp: expect.any(String),
        router: expect.any(String),
      },
    ]);
    const backbone = wiring.outside.find((o) => o.network === center.region.providerNetworks.administrative)!;
    expect(backbone.addresses).toEqual(expect.arrayContaining(["172.27.0.1", "172.27.255.254", "172.31.255.10"]));
    expect([backbone.routed, internet.routed]).toEqual([true, false]);
  });

  it("refuses to wire a probe whose port the states do not hold, naming it", () => {
    const { probes } = selectProbes(center, model);
    const nothing: StateIndex = () => undefined;
    expect(() => wire(probes, model, nothing)).toThrow(UnwirableProbe);
    expect(() => wire(probes, model, nothing)).toThrow(/is not deployed|subnet is not deployed/);
  });
});
