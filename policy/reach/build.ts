/**
 * Builds the network model from the synthesized Terraform JSON of every stack of a center, from
 * rcc or any other tool. References are followed within a stack; a data source is followed to the
 * resource it finds (by name, in a stack of the same cloud) or to a provider network. What cannot
 * be followed is recorded as unproven, never guessed.
 */
import { referencesIn } from "../../contract/terraform-addresses";
import { Cidr, parseCidr, parseIpv4 } from "../../model/ip";
import { Block, Body, nestedBlocks, resolve, Stack } from "../separation/terraform";
import * as n from "./network";
import { boolOf, intOf, isExpression, listOf, textOf } from "./values";

/** A stack, with the provider configuration that says which cloud it deploys into. */
export type ReachStack = Stack;

/** What lies outside the stacks at one site: the provider networks, by name. */
export interface SiteSurroundings {
  readonly key: n.SiteKey;
  readonly internet: readonly string[];
  readonly backbone: readonly string[];
}

/** Types that attach an address, a NIC or forward traffic and that the model does not follow yet. */
const NOT_FOLLOWED: Readonly<Record<string, string>> = {
  openstack_networking_portforwarding_v2: "port forwarding from a floating IP",
  openstack_lb_members_v2: "load balancer batch members",
  openstack_networking_trunk_v2: "trunk and sub-ports",
  openstack_networking_bgp_speaker_v2: "BGP speaker announcing tenant routes",
  openstack_networking_bgpvpn_v2: "BGP VPN",
  openstack_networking_bgpvpn_network_associate_v2: "BGP VPN network association",
  openstack_networking_bgpvpn_router_associate_v2: "BGP VPN router association",
  openstack_networking_bgpvpn_port_associate_v2: "BGP VPN port association",
  openstack_vpnaas_site_connection_v2: "IPsec site connection",
  openstack_networking_rbac_policy_v2: "network shared with other projects by RBAC",
  openstack_networking_addressscope_v2: "address scope",
};

/**
 * The cloud each stack deploys into: its OpenStack provider's clouds.yaml entry; a provider that
 * takes its credentials from the environment and scopes them to a project is in the cloud of the
 * stack that creates that project.
 */
function sitesOf(stacks: readonly ReachStack[]): Map<ReachStack, n.SiteKey> {
  const config = (stack: ReachStack) => stack.providers?.openstack?.[0];
  const named = (stack: ReachStack) => textOf(config(stack)?.cloud) ?? textOf(config(stack)?.auth_url);
  const projects = new Map<string, n.SiteKey>();
  for (const stack of stacks) {
    const site = named(stack);
    if (site === undefined) continue;
    for (const block of stack.blocks) {
      const name = textOf(block.body.name);
      if (block.type === "openstack_identity_project_v3" && block.mode === "resource" && name) projects.set(name, site);
    }
  }
  return new Map(
    stacks.map((stack) => {
      const project = textOf(config(stack)?.tenant_name) ?? textOf(config(stack)?.project_name);
      return [stack, named(stack) ?? (project && projects.get(project)) ?? "default"];
    }),
  );
}

interface Located {
  readonly stack: ReachStack;
  readonly block: Block;
}

export function buildModel(stacks: readonly ReachStack[], surroundings: readonly SiteSurroundings[]): n.NetworkModel {
  return new Builder(stacks, surroundings).build();
}

let siteOf: (stack: ReachStack) => n.SiteKey;

class Builder {
  private readonly unproven: n.Unproven[] = [];
  private readonly byKey = new Map<string, unknown>();
  private readonly bySiteName = new Map<string, Located[]>();
  private readonly outsideNetworks = new Map<string, n.Network>();
  private readonly networks: n.Network[] = [];
  private readonly subnets: n.Subnet[] = [];
  private readonly routers: n.Router[] = [];
  private readonly groups: n.SecurityGroup[] = [];
  private readonly ports: n.Port[] = [];
  private readonly balancers: n.LoadBalancer[] = [];
  /** Router legs by what a firewall group's `ports` may name: built once all interfaces are known. */
  private legsByPort?: Map<string, n.RouterPort>;
  private readonly pairsToFollow: Array<() => void> = [];

  constructor(
    private readonly stacks: readonly ReachStack[],
    private readonly surroundings: readonly SiteSurroundings[],
  ) {
    const sites = sitesOf(stacks);
    siteOf = (stack) => sites.get(stack) ?? "default";
    for (const stack of stacks) {
      for (const block of stack.blocks) {
        if (block.mode !== "resource") continue;
        const name = textOf(block.body.name);
        if (name === undefined) continue;
        const key = `${siteOf(stack)}|${block.type}|${name}`;
        const list = this.bySiteName.get(key) ?? [];
        list.push({ stack, block });
        this.bySiteName.set(key, list);
      }
    }
  }

  build(): n.NetworkModel {
    const each = (type: string, make: (stack: ReachStack, block: Block) => void) => {
      for (const stack of this.stacks)
        for (const block of stack.blocks) if (block.mode === "resource" && block.type === type) make(stack, block);
    };
    each("openstack_networking_network_v2", (s, b) => this.network(s, b));
    each("openstack_networking_subnet_v2", (s, b) => this.subnet(s, b));
    each("openstack_networking_subnet_route_v2", (s, b) => this.subnetRoute(s, b));
    each("openstack_networking_secgroup_v2", (s, b) => this.group(s, b));
    each("openstack_networking_secgroup_rule_v2", (s, b) => this.groupRule(s, b));
    each("openstack_networking_router_v2", (s, b) => this.router(s, b));
    each("openstack_networking_port_v2", (s, b) => this.port(s, b));
    for (const follow of this.pairsToFollow) follow();
    each("openstack_networking_router_interface_v2", (s, b) => this.routerInterface(s, b));
    each("openstack_networking_router_route_v2", (s, b) => this.routerRoute(s, b));
    each("openstack_fw_group_v2", (s, b) => this.firewallGroup(s, b));
    each("openstack_networking_floatingip_v2", (s, b) => this.floatingIp(s, b, b.body.port_id));
    each("openstack_networking_floatingip_associate_v2", (s, b) => this.floatingIp(s, b, b.body.port_id));
    each("openstack_compute_instance_v2", (s, b) => this.instance(s, b));
    each("openstack_compute_interface_attach_v2", (s, b) => this.interfaceAttach(s, b));
    each("openstack_lb_loadbalancer_v2", (s, b) => this.balancer(s, b));
    for (const stack of this.stacks) {
      for (const block of stack.blocks) {
        const why = NOT_FOLLOWED[block.type];
        if (block.mode === "resource" && why) this.doubt(stack, block, `${why} is not followed by the model`);
      }
    }
    const legs = groupBy(
      this.routers.flatMap((r) => r.legs),
      (l) => l.subnet.network?.key,
    );
    const gatewayed = groupBy(this.routers, (r) => r.gateway?.key);
    const named = groupBy(this.groups, (g) => `${g.site}|${g.name}`);
    const carrying = groupBy(
      this.ports.flatMap((p) => p.groups.map((g) => ({ g, p }))),
      ({ g }) => g.key,
    );
    const byCidr = groupBy(
      this.subnets.filter((s) => s.network?.role === "tenant"),
      (s) => `${s.site}|${s.cidr?.text}`,
    );
    const entries = new Map<n.Network, Map<number, n.RouterPort | undefined>>();
    const entryFrom = (network: n.Network, ip: number) => {
      let byIp = entries.get(network);
      if (!byIp) entries.set(network, (byIp = new Map()));
      if (!byIp.has(ip)) {
        const legsHere = (gatewayed.get(network.key) ?? []).flatMap((r) => r.legs);
        byIp.set(
          ip,
          legsHere.find((l) => l.subnet.cidr !== undefined && l.subnet.cidr.start <= ip && ip <= l.subnet.cidr.end),
        );
      }
      return byIp.get(ip);
    };
    return {
      networks: this.networks,
      subnets: this.subnets,
      routers: this.routers,
      groups: this.groups,
      ports: this.ports,
      balancers: this.balancers,
      unproven: this.unproven,
      outside: (site, role) => this.outside(site, role),
      legsOn: (network) => legs.get(network.key) ?? [],
      routersGatewayedOn: (network) => gatewayed.get(network.key) ?? [],
      entryFrom,
      groupNamed: (site, name) => {
        const found = named.get(`${site}|${name}`) ?? [];
        return found.length === 1 ? found[0] : undefined;
      },
      portsWith: (group) => (carrying.get(group.key) ?? []).map(({ p }) => p),
      subnetWithCidr: (site, cidr) => byCidr.get(`${site}|${cidr}`)?.[0],
    };
  }

  // ---- lookups

  private key(stack: ReachStack, block: Block): string {
    return `${stack.file}#${block.address}`;
  }

  private doubt(stack: ReachStack, block: Block, why: string): void {
    this.unproven.push({ stack: stack.file, address: block.address, why });
  }

  /**
   * What a value refers to, followed through data sources: the managed resource, or undefined
   * (with the reason recorded) when it is a literal, an expression or a lookup that finds nothing.
   */
  private target(stack: ReachStack, value: unknown, owner: Block, what: string): Located | undefined {
    if (value === undefined || value === null || value === "") return undefined;
    const block = resolve(stack, value) ?? this.onlyReference(stack, value);
    if (!block) {
      this.doubt(stack, owner, `${what} ${JSON.stringify(value).slice(0, 80)} is not a reference the model can follow`);
      return undefined;
    }
    if (block.mode === "resource") return { stack, block };
    const found = this.lookup(stack, block);
    if (!found) this.doubt(stack, owner, `${what}: ${block.address} finds nothing any stack of this cloud creates`);
    return found;
  }

  /** An expression over one resource (`element(port.all_fixed_ips, 0)`): that resource. */
  private onlyReference(stack: ReachStack, value: unknown): Block | undefined {
    if (!isExpression(value)) return undefined;
    const refs = [...referencesIn(value)];
    return refs.length === 1 ? stack.byAddress.get(refs[0]) : undefined;
  }

  /** A data source followed to the resource it finds: same type, same name, same cloud, one only. */
  private lookup(stack: ReachStack, data: Block): Located | undefined {
    const name = textOf(data.body.name);
    if (name === undefined) return undefined;
    const found = this.bySiteName.get(`${siteOf(stack)}|${data.type}|${name}`) ?? [];
    return found.length === 1 ? found[0] : undefined;
  }

  private get<T>(located: Located | undefined): T | undefined {
    return located ? (this.byKey.get(this.key(located.stack, located.block)) as T | undefined) : undefined;
  }

  private outside(site: n.SiteKey, role: Exclude<n.NetworkRole, "tenant">, name?: string): n.Network {
    const key = `${site}|${role}`;
    let network = this.outsideNetworks.get(key);
    if (!network) {
      network = {
        key,
        stack: "",
        address: role === "internet" ? "the internet" : "the administrative backbone",
        site,
        name,
        role,
        portSecurity: false,
        shared: true,
        subnets: [],
      };
      this.outsideNetworks.set(key, network);
    }
    return network;
  }

  /** A network a value names: a tenant network, or a provider network the region or its `external` flag names. */
  private networkOf(stack: ReachStack, value: unknown, owner: Block, what: string): n.Network | undefined {
    const block = resolve(stack, value) ?? this.onlyReference(stack, value);
    if (block?.mode === "data" && block.type === "openstack_networking_network_v2") {
      const role = this.providerRole(stack, block.body);
      if (role) return this.outside(siteOf(stack), role, textOf(block.body.name));
    }
    return this.get<n.Network>(this.target(stack, value, owner, what));
  }

  private providerRole(stack: ReachStack, body: Body): Exclude<n.NetworkRole, "tenant"> | undefined {
    const name = textOf(body.name);
    const site = this.surroundings.find((s) => s.key === siteOf(stack));
    if (name !== undefined && site?.backbone.includes(name)) return "backbone";
    if (boolOf(body.external) === true || (name !== undefined && site?.internet.includes(name))) return "internet";
    return undefined;
  }

  // ---- parts

  private network(stack: ReachStack, block: Block): void {
    const body = block.body;
    const role = this.providerRole(stack, body);
    const network: n.Network = {
      key: this.key(stack, block),
      stack: stack.file,
      address: block.address,
      site: siteOf(stack),
      name: textOf(body.name),
      role: role ?? "tenant",
      portSecurity: boolOf(body.port_security_enabled) !== false,
      shared: boolOf(body.shared) === true,
      subnets: [],
    };
    if (role) this.doubt(stack, block, `creates a ${role} network: every port on it is reachable from the ${role}`);
    if (boolOf(body.shared) === true) this.doubt(stack, block, "a shared network: other projects may attach ports");
    this.byKey.set(network.key, network);
    this.networks.push(network);
  }

  private subnet(stack: ReachStack, block: Block): void {
    const body = block.body;
    const cidr = parseCidr(textOf(body.cidr) ?? "");
    if (!cidr) this.doubt(stack, block, `cidr ${JSON.stringify(body.cidr)} is not an IPv4 CIDR the model can read`);
    const noGateway = boolOf(body.no_gateway) === true;
    const gatewayText = textOf(body.gateway_ip);
    const gateway = noGateway ? null : gatewayText ? (parseIpv4(gatewayText) ?? null) : cidr ? cidr.start + 1 : null;
    const subnet: n.Subnet = {
      key: this.key(stack, block),
      stack: stack.file,
      address: block.address,
      site: siteOf(stack),
      name: textOf(body.name),
      cidr,
      gateway,
      dnsNameservers: listOf(body.dns_nameservers).filter((d): d is string => typeof d === "string"),
      routes: nestedBlocks(body, "host_routes").flatMap((r) =>
        this.route(stack, block, r.destination_cidr, r.next_hop),
      ),
    };
    subnet.network = this.networkOf(stack, body.network_id, block, "network_id");
    subnet.network?.subnets.push(subnet);
    this.byKey.set(subnet.key, subnet);
    this.subnets.push(subnet);
  }

  private route(stack: ReachStack, block: Block, destination: unknown, nextHop: unknown): n.HostRoute[] {
    const cidr = parseCidr(textOf(destination) ?? "");
    const hop = parseIpv4(textOf(nextHop) ?? "");
    if (!cidr || hop === undefined) {
      this.doubt(stack, block, `route ${JSON.stringify(destination)} via ${JSON.stringify(nextHop)} cannot be read`);
      return [];
    }
    return [{ stack: stack.file, address: block.address, destination: cidr, nextHop: hop }];
  }

  private subnetRoute(stack: ReachStack, block: Block): void {
    const subnet = this.get<n.Subnet>(this.target(stack, block.body.subnet_id, block, "subnet_id"));
    subnet?.routes.push(...this.route(stack, block, block.body.destination_cidr, block.body.next_hop));
  }

  private group(stack: ReachStack, block: Block): void {
    const group: n.SecurityGroup = {
      key: this.key(stack, block),
      stack: stack.file,
      address: block.address,
      site: siteOf(stack),
      name: textOf(block.body.name),
      rules: [],
    };
    // Without delete_default_rules Neutron adds "egress to anywhere": the model counts it.
    if (boolOf(block.body.delete_default_rules) !== true) {
      group.rules.push({
        stack: stack.file,
        address: block.address,
        direction: "egress",
        description: "Neutron's default egress rule",
      });
    }
    if (boolOf(block.body.stateful) === false) {
      this.doubt(
        stack,
        block,
        "a stateless security group: replies need rules of their own, which the model does not check",
      );
    }
    this.byKey.set(group.key, group);
    this.groups.push(group);
  }

  private groupRule(stack: ReachStack, block: Block): void {
    const body = block.body;
    const group = this.get<n.SecurityGroup>(this.target(stack, body.security_group_id, block, "security_group_id"));
    if (!group) return;
    if ((textOf(body.ethertype) ?? "IPv4") !== "IPv4") return;
    const prefix = textOf(body.remote_ip_prefix);
    const remoteCidr = prefix === undefined ? undefined : cidrOrHost(prefix);
    if (prefix !== undefined && !remoteCidr) {
      this.doubt(stack, block, `remote_ip_prefix ${JSON.stringify(prefix)} cannot be read`);
      return;
    }
    const min = intOf(body.port_range_min);
    const max = intOf(body.port_range_max);
    const protocol = textOf(body.protocol)?.toLowerCase();
    const rule: n.SecurityGroupRule = {
      stack: stack.file,
      address: block.address,
      direction: textOf(body.direction) === "egress" ? "egress" : "ingress",
      protocol: protocol === "any" || protocol === "0" ? undefined : protocol,
      ports: min === undefined && max === undefined ? undefined : [min ?? 1, max ?? min ?? 65535],
      remoteCidr,
      description: textOf(body.description),
    };
    if (textOf(body.remote_group_id)) {
      rule.remoteGroup = this.get<n.SecurityGroup>(this.target(stack, body.remote_group_id, block, "remote_group_id"));
      if (!rule.remoteGroup) return;
    }
    group.rules.push(rule);
  }

  private router(stack: ReachStack, block: Block): void {
    const body = block.body;
    const router: n.Router = {
      key: this.key(stack, block),
      stack: stack.file,
      address: block.address,
      site: siteOf(stack),
      name: textOf(body.name),
      // Neutron's default is SNAT on when a gateway is set.
      snat: boolOf(body.enable_snat) !== false,
      legs: [],
      routes: nestedBlocks(body, "route").flatMap((r) => this.route(stack, block, r.destination_cidr, r.next_hop)),
    };
    const gateway = body.external_network_id ?? body.external_gateway;
    if (textOf(gateway)) router.gateway = this.networkOf(stack, gateway, block, "external_network_id");
    this.byKey.set(router.key, router);
    this.routers.push(router);
  }

  private port(stack: ReachStack, block: Block): void {
    const body = block.body;
    const network = this.networkOf(stack, body.network_id, block, "network_id");
    const noGroups = boolOf(body.no_security_groups) === true;
    const port: n.Port = {
      key: this.key(stack, block),
      stack: stack.file,
      address: block.address,
      site: siteOf(stack),
      name: textOf(body.name),
      network,
      fixedIps: nestedBlocks(body, "fixed_ip").map((ip) => ({
        subnet: this.get<n.Subnet>(this.target(stack, ip.subnet_id, block, "fixed_ip.subnet_id")),
        ip: parseIpv4(textOf(ip.ip_address) ?? ""),
      })),
      groups: noGroups
        ? []
        : listOf(body.security_group_ids).flatMap((id) => {
            const group = this.get<n.SecurityGroup>(this.target(stack, id, block, "security_group_ids"));
            return group ? [group] : [];
          }),
      portSecurity: boolOf(body.port_security_enabled) ?? network?.portSecurity ?? true,
      addressPairs: [],
      addressPairPorts: [],
      floatingIps: [],
    };
    for (const pair of nestedBlocks(body, "allowed_address_pairs")) {
      const cidr = cidrOrHost(textOf(pair.ip_address) ?? "");
      if (cidr) port.addressPairs.push(cidr);
      // Another port's address: that port may come later in the file, so it is followed once all ports exist.
      else
        this.pairsToFollow.push(() => {
          const other = this.get<n.Port>(this.target(stack, pair.ip_address, block, "allowed_address_pairs"));
          if (other) port.addressPairPorts.push(other);
        });
    }
    if (port.fixedIps.length === 0 && network?.subnets.length === 1) port.fixedIps.push({ subnet: network.subnets[0] });
    if (!port.portSecurity) this.doubt(stack, block, "port security is off: the port may send and receive anything");
    this.byKey.set(port.key, port);
    this.ports.push(port);
  }

  private routerInterface(stack: ReachStack, block: Block): void {
    const body = block.body;
    const router = this.get<n.Router>(this.target(stack, body.router_id, block, "router_id"));
    if (!router) return;
    const key = this.key(stack, block);
    const portKeys = [key];
    let subnet: n.Subnet | undefined;
    let ip: number | undefined;
    if (textOf(body.port_id)) {
      const port = this.get<n.Port>(this.target(stack, body.port_id, block, "port_id"));
      subnet = port?.fixedIps[0]?.subnet;
      ip = port?.fixedIps[0]?.ip;
      if (port) portKeys.push(port.key);
    } else {
      subnet = this.get<n.Subnet>(this.target(stack, body.subnet_id, block, "subnet_id"));
      ip = subnet?.gateway ?? undefined;
    }
    if (!subnet) return;
    router.legs.push({ stack: stack.file, address: block.address, router, subnet, ip, portKeys });
  }

  private routerRoute(stack: ReachStack, block: Block): void {
    const router = this.get<n.Router>(this.target(stack, block.body.router_id, block, "router_id"));
    router?.routes.push(...this.route(stack, block, block.body.destination_cidr, block.body.next_hop));
  }

  private firewallGroup(stack: ReachStack, block: Block): void {
    const body = block.body;
    if (boolOf(body.admin_state_up) === false) return;
    const policy = (value: unknown, what: string): n.FirewallPolicy | undefined => {
      const located = textOf(value) ? this.target(stack, value, block, what) : undefined;
      if (!located) return undefined;
      const rules = listOf(located.block.body.rules).flatMap((ref) => {
        const rule = this.target(located.stack, ref, located.block, "rules");
        return rule ? this.firewallRule(rule) : [];
      });
      return { stack: located.stack.file, address: located.block.address, rules };
    };
    const group: n.FirewallGroup = {
      stack: stack.file,
      address: block.address,
      ingress: policy(body.ingress_firewall_policy_id, "ingress_firewall_policy_id"),
      egress: policy(body.egress_firewall_policy_id, "egress_firewall_policy_id"),
    };
    if (!this.legsByPort) {
      this.legsByPort = new Map(
        this.routers.flatMap((r) => r.legs.flatMap((l) => l.portKeys.map((k) => [k, l] as const))),
      );
    }
    for (const ref of listOf(body.ports)) {
      const target = resolve(stack, ref) ?? this.onlyReference(stack, ref);
      const leg = target ? this.legsByPort.get(this.key(stack, target)) : undefined;
      if (leg) leg.firewall = group;
      else this.doubt(stack, block, `port ${JSON.stringify(ref).slice(0, 80)} is no router leg the model knows`);
    }
  }

  private firewallRule({ stack, block }: Located): n.FirewallRule[] {
    const body = block.body;
    if (boolOf(body.enabled) === false) return [];
    const cidr = (key: string) => {
      const text = textOf(body[key]);
      return text === undefined ? undefined : cidrOrHost(text);
    };
    const source = cidr("source_ip_address");
    const destination = cidr("destination_ip_address");
    if ((textOf(body.source_ip_address) && !source) || (textOf(body.destination_ip_address) && !destination)) {
      this.doubt(stack, block, "an address of the rule cannot be read");
      return [];
    }
    const protocol = textOf(body.protocol)?.toLowerCase();
    return [
      {
        stack: stack.file,
        address: block.address,
        action: textOf(body.action) === "allow" ? "allow" : "deny",
        protocol: protocol === "tcp" || protocol === "udp" || protocol === "icmp" ? protocol : undefined,
        source,
        destination,
        destinationPorts: portRange(body.destination_port),
        sourcePorts: portRange(body.source_port),
      },
    ];
  }

  private floatingIp(stack: ReachStack, block: Block, portRef: unknown): void {
    if (!textOf(portRef)) return;
    const port = this.get<n.Port>(this.target(stack, portRef, block, "port_id"));
    const pool = textOf(block.body.pool);
    const site = this.surroundings.find((s) => s.key === siteOf(stack));
    const role = pool !== undefined && site?.backbone.includes(pool) ? "backbone" : "internet";
    port?.floatingIps.push(this.outside(siteOf(stack), role));
  }

  private instance(stack: ReachStack, block: Block): void {
    for (const nic of nestedBlocks(block.body, "network")) {
      if (textOf(nic.port)) continue; // the port is modelled itself
      const network = textOf(nic.uuid)
        ? this.networkOf(stack, nic.uuid, block, "network.uuid")
        : textOf(nic.name)
          ? this.networkNamed(stack, block, textOf(nic.name)!)
          : undefined;
      this.nicOn(stack, block, network, listOf(block.body.security_groups));
    }
  }

  private interfaceAttach(stack: ReachStack, block: Block): void {
    if (textOf(block.body.port_id)) return;
    this.nicOn(stack, block, this.networkOf(stack, block.body.network_id, block, "network_id"), []);
  }

  private networkNamed(stack: ReachStack, block: Block, name: string): n.Network | undefined {
    const role = this.providerRole(stack, { name });
    if (role) return this.outside(siteOf(stack), role, name);
    const found = this.networks.filter((net) => net.site === siteOf(stack) && net.name === name);
    if (found.length !== 1) this.doubt(stack, block, `network "${name}" is not one network the stacks create`);
    return found.length === 1 ? found[0] : undefined;
  }

  /** A NIC Nova makes itself: a port on the network with the instance's groups (names), or Neutron's default group. */
  private nicOn(stack: ReachStack, block: Block, network: n.Network | undefined, groupNames: unknown[]): void {
    if (!network) return;
    const groups = groupNames.flatMap((name) => {
      const found = this.groups.filter((g) => g.site === siteOf(stack) && g.name === textOf(name));
      return found.length === 1 ? found : [];
    });
    if (network.role !== "tenant" || groups.length !== groupNames.length || groups.length === 0) {
      this.doubt(stack, block, `a NIC on ${network.name ?? network.address} with groups the model cannot all find`);
    }
    this.ports.push({
      key: `${this.key(stack, block)}#nic-${network.key}`,
      stack: stack.file,
      address: block.address,
      site: siteOf(stack),
      name: textOf(block.body.name),
      network,
      fixedIps: network.subnets.length === 1 ? [{ subnet: network.subnets[0] }] : [],
      groups,
      portSecurity: network.portSecurity,
      addressPairs: [],
      addressPairPorts: [],
      floatingIps: network.role === "tenant" ? [] : [network],
    });
  }

  private balancer(stack: ReachStack, block: Block): void {
    const body = block.body;
    const vip = textOf(body.vip_port_id)
      ? this.get<n.Port>(this.target(stack, body.vip_port_id, block, "vip_port_id"))
      : undefined;
    const vipSubnet = textOf(body.vip_subnet_id)
      ? this.get<n.Subnet>(this.target(stack, body.vip_subnet_id, block, "vip_subnet_id"))
      : vip?.fixedIps[0]?.subnet;
    const refersTo = (child: Block, key: string, parent: Block) => resolve(stack, child.body[key]) === parent;
    const listeners = stack.blocks
      .filter((b) => b.type === "openstack_lb_listener_v2" && refersTo(b, "loadbalancer_id", block))
      .map((listener): n.Listener => {
        const pools = stack.blocks.filter(
          (b) =>
            b.type === "openstack_lb_pool_v2" &&
            (refersTo(b, "listener_id", listener) || resolve(stack, listener.body.default_pool_id) === b),
        );
        const members = pools.flatMap((pool) =>
          stack.blocks
            .filter((b) => b.type === "openstack_lb_member_v2" && refersTo(b, "pool_id", pool))
            .map((member): n.PoolMember => {
              const target = this.get<n.Port>(
                (resolve(stack, member.body.address) ?? this.onlyReference(stack, member.body.address))
                  ? this.target(stack, member.body.address, member, "address")
                  : undefined,
              );
              return {
                stack: stack.file,
                address: member.address,
                port: intOf(member.body.protocol_port) ?? 0,
                subnet: this.get<n.Subnet>(
                  textOf(member.body.subnet_id)
                    ? this.target(stack, member.body.subnet_id, member, "subnet_id")
                    : undefined,
                ),
                target,
                ip: parseIpv4(textOf(member.body.address) ?? ""),
              };
            }),
        );
        const monitored = pools.some((pool) =>
          stack.blocks.some((b) => b.type === "openstack_lb_monitor_v2" && refersTo(b, "pool_id", pool)),
        );
        const allowed = listOf(listener.body.allowed_cidrs).flatMap((c) => {
          const cidr = typeof c === "string" ? cidrOrHost(c) : undefined;
          return cidr ? [cidr] : [];
        });
        return {
          stack: stack.file,
          address: listener.address,
          protocolPort: intOf(listener.body.protocol_port) ?? 0,
          ...(allowed.length > 0 ? { allowedCidrs: allowed } : {}),
          members,
          monitored,
        };
      });
    this.balancers.push({ stack: stack.file, address: block.address, site: siteOf(stack), vip, vipSubnet, listeners });
  }
}

/** A CIDR, or a bare address as a /32. */
export function cidrOrHost(text: string): Cidr | undefined {
  return parseCidr(text) ?? (parseIpv4(text) !== undefined ? parseCidr(`${text}/32`) : undefined);
}

/** FWaaS ports: `443` or `8000:8080`. */
function portRange(value: unknown): n.PortRange | undefined {
  const text = textOf(typeof value === "number" ? String(value) : value);
  if (text === undefined) return undefined;
  const [min, max] = text.split(":").map((p) => Number(p));
  return Number.isInteger(min) ? [min, Number.isInteger(max) ? max : min] : undefined;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
