import { FW_GROUP, FW_POLICY, FW_RULE } from "./firewall-fixture";
import {
  hostOn,
  IFACE,
  ingress,
  modelOf,
  NET,
  ref,
  ROUTER,
  RULE,
  SG,
  smallNetwork,
  SUBNET,
  tcp,
  trace,
} from "./small-network";

describe("the forwarding walk, hop by hop", () => {
  it("delivers a backbone range's connection through the router without SNAT to the group that admits it", () => {
    const { model, ends } = modelOf(smallNetwork());
    const verdict = trace(
      model,
      ends.address("daegu-rcc", "172.27.1.9"),
      hostOn(ends, "10.27.16.0/20", "10.27.16.20", ["app"]),
      tcp(443),
    );
    expect(verdict.delivered).toBe(true);
    expect(verdict.hops.map((h) => h.text)).toEqual([
      "admin-backbone routes 10.27.16.20 to inner-router (no SNAT)",
      "inner-router forwards it onto 10.27.16.0/20",
      "ingress allowed by app: rule",
      "delivered to 10.27.16.20",
    ]);
  });

  it("names the security group that drops a port it does not admit", () => {
    const { model, ends } = modelOf(smallNetwork());
    const verdict = trace(
      model,
      ends.address("daegu-rcc", "172.27.1.9"),
      hostOn(ends, "10.27.16.0/20", "10.27.16.20", ["app"]),
      tcp(22),
    );
    expect(verdict.delivered).toBe(false);
    expect(verdict.blocked).toMatchObject({ address: `${SG}.app`, text: "no ingress rule of app allows it" });
  });

  it("does not carry the internet into a subnet behind a SNAT router unless the port has a floating IP", () => {
    const json = smallNetwork();
    const { model, ends } = modelOf(json);
    const web = hostOn(ends, "10.127.1.0/24", "10.127.1.20", ["web"]);
    const blocked = trace(model, ends.internet("daegu-rcc"), web, tcp(443));
    expect(blocked.blocked).toMatchObject({
      address: `${ROUTER}.outer`,
      text: "outer-router NATs its gateway and the destination has no floating IP",
    });
    const published = trace(
      model,
      ends.internet("daegu-rcc"),
      { ...web, floatingIps: [model.outside("daegu-rcc", "internet")] },
      tcp(443),
    );
    expect(published.delivered).toBe(true);
  });

  it("never routes the internet to the administrative backbone's subnets", () => {
    const { model, ends } = modelOf(smallNetwork());
    const verdict = trace(
      model,
      ends.internet("daegu-rcc"),
      hostOn(ends, "10.27.16.0/20", "10.27.16.20", ["app"]),
      tcp(443),
    );
    expect(verdict.blocked?.text).toBe("the internet does not route 10.27.16.20: no router gatewayed here connects it");
  });

  it("checks the source's egress: a group with no rule for the flow drops it at the source", () => {
    const { model, ends } = modelOf(smallNetwork());
    const app = hostOn(ends, "10.27.16.0/20", "10.27.16.20", ["app"]);
    expect(trace(model, app, ends.address("daegu-rcc", "10.26.0.53"), { protocol: "udp", port: 53 }).hops[0].text).toBe(
      "egress allowed by app: rule",
    );
    expect(trace(model, app, ends.address("daegu-rcc", "10.26.0.53"), tcp(53)).blocked).toMatchObject({
      address: `${SG}.app`,
      text: "no egress rule of app allows it",
    });
  });

  it("matches a remote group by membership, and not once the source address was translated", () => {
    const json = smallNetwork();
    json.resource[RULE]["app-from-web"] = {
      ...ingress("app", "tcp", 5432, ""),
      remote_ip_prefix: null,
      remote_group_id: ref(SG, "web"),
    };
    json.resource[RULE]["web-to-app"] = { ...ingress("web", "tcp", 5432, "10.27.16.0/20"), direction: "egress" };
    const { model, ends } = modelOf(json);
    const inner = hostOn(ends, "10.27.16.0/20", "10.27.16.21", ["web"]);
    expect(trace(model, inner, hostOn(ends, "10.27.16.0/20", "10.27.16.20", ["app"]), tcp(5432)).delivered).toBe(true);
    const other = hostOn(ends, "10.27.16.0/20", "10.27.16.22", []);
    expect(trace(model, other, hostOn(ends, "10.27.16.0/20", "10.27.16.20", ["app"]), tcp(5432)).delivered).toBe(false);
  });

  it("follows a host route to the router it names, rather than the default gateway", () => {
    const json = smallNetwork();
    json.resource[SUBNET].link = { network_id: ref(NET, "inner"), cidr: "10.227.0.0/27" };
    json.resource[IFACE].leg = { router_id: ref(ROUTER, "outer"), subnet_id: ref(SUBNET, "link") };
    json.resource["openstack_networking_subnet_route_v2"] = {
      r: { subnet_id: ref(SUBNET, "inner"), destination_cidr: "10.127.1.0/24", next_hop: "10.227.0.1" },
    };
    const { model, ends } = modelOf(json);
    const src = hostOn(ends, "10.27.16.0/20", "10.27.16.30", [], { portSecurity: false });
    const verdict = trace(model, src, hostOn(ends, "10.127.1.0/24", "10.127.1.20", ["web"]), tcp(443));
    expect(verdict.hops[0].text).toBe("10.27.16.0/20 sends it to outer-router (host route 10.227.0.1)");
    expect(verdict.delivered).toBe(true);
  });

  it("lets the first matching FWaaS rule decide, and denies what no rule matches", () => {
    const json = smallNetwork();
    Object.assign(json.resource, {
      [FW_RULE]: {
        deny: { action: "deny", protocol: "tcp", destination_port: "443", source_ip_address: "172.27.0.0/24" },
        allow: { action: "allow", protocol: "any", source_ip_address: "172.27.0.0/16" },
      },
      [FW_POLICY]: { to: { rules: [ref(FW_RULE, "deny"), ref(FW_RULE, "allow")] } },
      [FW_GROUP]: { g: { ingress_firewall_policy_id: ref(FW_POLICY, "to"), ports: [ref(IFACE, "inner", "port_id")] } },
    });
    const { model, ends } = modelOf(json);
    const app = hostOn(ends, "10.27.16.0/20", "10.27.16.20", ["app"]);
    expect(trace(model, ends.address("daegu-rcc", "172.27.0.9"), app, tcp(443)).blocked).toMatchObject({
      address: `${FW_RULE}.deny`,
      text: `firewall rule denies it (leaving the router, policy ${FW_POLICY}.to)`,
    });
    expect(trace(model, ends.address("daegu-rcc", "172.27.1.9"), app, tcp(443)).delivered).toBe(true);
    expect(trace(model, ends.address("daegu-rcc", "172.28.1.9"), app, tcp(443)).blocked?.text).toBe(
      `no rule of ${FW_POLICY}.to matches: FWaaS denies it (leaving the router)`,
    );
  });

  it("reads references with spaces, and booleans and numbers written as strings", () => {
    const json = smallNetwork();
    json.resource[ROUTER].inner.enable_snat = "false";
    json.resource[IFACE].inner.subnet_id = `\${ ${SUBNET}.inner.id }`;
    json.resource[RULE]["app-in"].port_range_min = "443";
    json.resource[RULE]["app-in"].port_range_max = "443";
    const { model, ends } = modelOf(json);
    expect(
      trace(
        model,
        ends.address("daegu-rcc", "172.27.1.9"),
        hostOn(ends, "10.27.16.0/20", "10.27.16.20", ["app"]),
        tcp(443),
      ).delivered,
    ).toBe(true);
    json.resource[ROUTER].inner.enable_snat = "1";
    const snat = modelOf(json);
    expect(
      trace(
        snat.model,
        snat.ends.address("daegu-rcc", "172.27.1.9"),
        hostOn(snat.ends, "10.27.16.0/20", "10.27.16.20", ["app"]),
        tcp(443),
      ).delivered,
    ).toBe(false);
  });

  it("follows a data source to the network another stack of the same cloud creates, and reports one that finds nothing", () => {
    const json = smallNetwork();
    const other = {
      provider: { openstack: [{ cloud: "daegu-rcc" }] },
      data: { [NET]: { found: { name: "inner" }, lost: { name: "nowhere" } } },
      resource: {
        openstack_networking_port_v2: {
          p: { network_id: `\${data.${NET}.found.id}`, security_group_ids: [ref(SG, "x")] },
          q: { network_id: `\${data.${NET}.lost.id}` },
        },
        [SG]: { x: { name: "x", delete_default_rules: true } },
      },
    };
    const { model } = modelOf(json, other);
    const port = model.ports.find((p) => p.address === "openstack_networking_port_v2.p")!;
    expect(port.network?.name).toBe("inner");
    expect(port.fixedIps[0].subnet?.cidr?.text).toBe("10.27.16.0/20");
    expect(model.unproven).toContainEqual(
      expect.objectContaining({
        address: "openstack_networking_port_v2.q",
        why: expect.stringContaining("finds nothing"),
      }),
    );
  });

  it("counts Neutron's default egress rule when a group keeps it, and reports a port without port security", () => {
    const json = smallNetwork();
    json.resource[SG].app.delete_default_rules = "false";
    json.resource["openstack_networking_port_v2"] = {
      open: { network_id: ref(NET, "inner"), port_security_enabled: "0" },
    };
    const { model, ends } = modelOf(json);
    const app = hostOn(ends, "10.27.16.0/20", "10.27.16.20", ["app"]);
    expect(trace(model, app, ends.address("daegu-rcc", "172.27.1.9"), tcp(8080)).hops[0].text).toBe(
      "egress allowed by app: Neutron's default egress rule",
    );
    expect(model.ports[0].portSecurity).toBe(false);
    expect(model.unproven.map((u) => u.why)).toContain("port security is off: the port may send and receive anything");
  });

  it("reports forwarding it does not follow (port forwarding, trunks) as unproven, never as safe", () => {
    const json = smallNetwork();
    json.resource["openstack_networking_portforwarding_v2"] = { pf: { floatingip_id: "x", internal_port_id: "y" } };
    json.resource["openstack_networking_trunk_v2"] = { t: { port_id: "z" } };
    const { model } = modelOf(json);
    expect(model.unproven.map((u) => u.address)).toEqual(
      expect.arrayContaining(["openstack_networking_portforwarding_v2.pf", "openstack_networking_trunk_v2.t"]),
    );
  });
});

describe("ports that carry another port's address", () => {
  it("follows an allowed address pair to a port written later in the file", () => {
    const json = smallNetwork();
    json.resource["openstack_networking_port_v2"] = {
      a_member: {
        network_id: ref(NET, "inner"),
        allowed_address_pairs: [{ ip_address: `\${element(openstack_networking_port_v2.z_vip.all_fixed_ips, 0)}` }],
      },
      z_vip: { network_id: ref(NET, "inner") },
    };
    const { model } = modelOf(json);
    const member = model.ports.find((p) => p.address.endsWith("a_member"))!;
    expect(member.addressPairPorts.map((p) => p.address)).toEqual(["openstack_networking_port_v2.z_vip"]);
  });
});
