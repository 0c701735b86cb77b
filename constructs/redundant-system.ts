import { Fn } from "cdktf";
import { Construct } from "constructs";
import { volumeAttachmentId, volumeId } from "../contract/construct-ids";
import { listenerName, memberName, portPoolName, vipPortName, volumeName } from "../contract/resource-names";
import { BlockstorageVolumeV3 } from "../.gen/providers/openstack/blockstorage-volume-v3";
import { ComputeInstanceV2 } from "../.gen/providers/openstack/compute-instance-v2";
import { ComputeServergroupV2 } from "../.gen/providers/openstack/compute-servergroup-v2";
import { ComputeVolumeAttachV2 } from "../.gen/providers/openstack/compute-volume-attach-v2";
import { LbListenerV2 } from "../.gen/providers/openstack/lb-listener-v2";
import { LbLoadbalancerV2 } from "../.gen/providers/openstack/lb-loadbalancer-v2";
import { LbMemberV2 } from "../.gen/providers/openstack/lb-member-v2";
import { LbMonitorV2 } from "../.gen/providers/openstack/lb-monitor-v2";
import { LbPoolV2 } from "../.gen/providers/openstack/lb-pool-v2";
import { NetworkingFloatingipV2 } from "../.gen/providers/openstack/networking-floatingip-v2";
import { NetworkingPortV2 } from "../.gen/providers/openstack/networking-port-v2";

export interface RedundantSystemProps {
  /** `<code>-<system>`: base of every name. */
  readonly name: string;
  readonly networkId: string;
  readonly subnetId: string;
  readonly securityGroupId: string;
  readonly flavor: string;
  readonly image: string;
  readonly instances: number;
  /**
   * How many of those instances run now (default: all). A standby copy runs fewer; its server
   * group and names are those of the full system, so scaling up later only adds instances.
   */
  readonly running?: number;
  /** Instances go round-robin over these. */
  readonly availabilityZones: readonly string[];
  /**
   * Cinder's zones named like a compute zone: a volume goes into the one named like its
   * instance's zone, else (Cinder often has one zone for all) into Cinder's default zone.
   */
  readonly volumeAvailabilityZones: readonly string[];
  readonly antiAffinity: "soft" | "hard";
  readonly volumes: ReadonlyArray<{ readonly name: string; readonly sizeGiB: number; readonly volumeType: string }>;
  /** How clients find a live instance: directly, a VIP moved between instances, or a load balancer. */
  readonly failover:
    | { readonly kind: "none" }
    | { readonly kind: "vip" }
    | {
        readonly kind: "load-balancer";
        /** The service's listener, pool and health check. */
        readonly protocol: "TCP" | "HTTP" | "HTTPS";
        readonly port: number;
        /**
         * Other ports the load balancer listens on, each with a TCP listener, pool, members on
         * that port and a TCP health check of its own; not the service port.
         * @default none
         */
        readonly tcpPorts?: readonly number[];
        /**
         * Per port, the only sources its listener admits (Octavia's allowed CIDRs), for a VIP
         * the internet can reach on ports it must not.
         * @default every listener admits anyone
         */
        readonly allowedCidrs?: Readonly<Record<number, readonly string[]>>;
      };
  /**
   * The provider network (its name) a floating IP comes from, on where clients connect: the load
   * balancer's VIP, the VIP of an active-standby pair, or each instance's port when there is
   * neither.
   * @default no floating IP: the system is not reachable from outside its zone's router
   */
  readonly floatingIpPool?: string;
}

/**
 * A system's instances, built to survive a host or zone failure: an anti-affinity server group,
 * instances spread over the availability zones, each with its own port (the system's security
 * group, port security on) and data volumes in its zone, which Terraform refuses to destroy.
 * active-standby adds a VIP port whose address both instances may carry (allowed address pair,
 * moved by keepalived on failover); active-active puts them behind an Octavia load balancer
 * on a VIP port of its own, with a listener, pool and health monitor per port. A floating IP,
 * where asked for, goes on what clients connect to.
 */
export class RedundantSystem extends Construct {
  constructor(scope: Construct, id: string, props: RedundantSystemProps) {
    super(scope, id);
    validate(props);
    const fixedIp = [{ subnetId: props.subnetId }];
    const group =
      props.instances > 1
        ? new ComputeServergroupV2(this, "server-group", {
            name: props.name,
            policies: [props.antiAffinity === "hard" ? "anti-affinity" : "soft-anti-affinity"],
          })
        : undefined;
    const vip =
      props.failover.kind === "vip"
        ? new NetworkingPortV2(this, "vip", {
            name: vipPortName(props.name),
            description: `Virtual IP of ${props.name}, carried by the active instance`,
            networkId: props.networkId,
            adminStateUp: true,
            portSecurityEnabled: true,
            securityGroupIds: [props.securityGroupId],
            fixedIp,
          })
        : undefined;

    const members = Array.from({ length: props.running ?? props.instances }, (_, i) => {
      const n = i + 1;
      const zone = props.availabilityZones[i % props.availabilityZones.length];
      const port = new NetworkingPortV2(this, `port-${n}`, {
        name: memberName(props.name, n),
        networkId: props.networkId,
        adminStateUp: true,
        portSecurityEnabled: true,
        securityGroupIds: [props.securityGroupId],
        fixedIp,
        ...(vip ? { allowedAddressPairs: [{ ipAddress: Fn.element(vip.allFixedIps, 0) }] } : {}),
      });
      const instance = new ComputeInstanceV2(this, `instance-${n}`, {
        name: memberName(props.name, n),
        flavorName: props.flavor,
        imageName: props.image,
        availabilityZone: zone,
        network: [{ port: port.id }],
        ...(group ? { schedulerHints: [{ group: group.id }] } : {}),
      });
      for (const volume of props.volumes) {
        const disk = new BlockstorageVolumeV3(this, volumeId(n, volume.name), {
          name: volumeName(props.name, n, volume.name),
          size: volume.sizeGiB,
          volumeType: volume.volumeType,
          ...(props.volumeAvailabilityZones.includes(zone) ? { availabilityZone: zone } : {}),
          lifecycle: { preventDestroy: true },
        });
        new ComputeVolumeAttachV2(this, volumeAttachmentId(n, volume.name), {
          instanceId: instance.id,
          volumeId: disk.id,
        });
      }
      return { port, instance };
    });

    if (props.failover.kind === "load-balancer") {
      const { protocol, port, tcpPorts = [], allowedCidrs = {} } = props.failover;
      // The VIP is a port of rcc's own, so it is named and labelled like the rest; Octavia then
      // puts its listener security group on it, which is Octavia's to keep.
      const vipPort = new NetworkingPortV2(this, "load-balancer-vip", {
        name: vipPortName(props.name),
        description: `Virtual IP of ${props.name}'s load balancer`,
        networkId: props.networkId,
        adminStateUp: true,
        fixedIp,
        lifecycle: { ignoreChanges: ["security_group_ids"] },
      });
      // Port, subnet and address all given: Octavia checks they agree rather than asking Neutron.
      const balancer = new LbLoadbalancerV2(this, "load-balancer", {
        name: props.name,
        vipPortId: vipPort.id,
        vipSubnetId: props.subnetId,
        vipAddress: Fn.element(vipPort.allFixedIps, 0),
      });
      // The service port keeps the ids and names it had when it was the only one, so a system that
      // comes to listen on more ports replaces nothing; every other port's ids and names derive
      // from the port, so adding one never renames another.
      const listeners = [
        { port, protocol, ids: { listener: "listener", pool: "pool", health: "health", member: "member-" } },
        ...tcpPorts.map((p) => ({
          port: p,
          protocol: "TCP" as const,
          ids: { listener: `listener-${p}`, pool: `pool-${p}`, health: `health-${p}`, member: `member-${p}-` },
        })),
      ];
      for (const { port: listening, protocol: served, ids } of listeners) {
        const poolName = listening === port ? props.name : portPoolName(props.name, listening);
        const allowed = allowedCidrs[listening];
        const listener = new LbListenerV2(this, ids.listener, {
          name: listenerName(props.name, listening),
          loadbalancerId: balancer.id,
          protocol: served,
          protocolPort: listening,
          ...(allowed ? { allowedCidrs: [...allowed] } : {}),
        });
        const pool = new LbPoolV2(this, ids.pool, {
          name: poolName,
          listenerId: listener.id,
          protocol: served,
          lbMethod: "ROUND_ROBIN",
        });
        new LbMonitorV2(this, ids.health, {
          name: poolName,
          poolId: pool.id,
          type: served,
          delay: 5,
          timeout: 3,
          maxRetries: 3,
          ...(served === "TCP" ? {} : { urlPath: "/", expectedCodes: "200-399" }),
        });
        members.forEach(({ port: memberPort }, i) => {
          new LbMemberV2(this, `${ids.member}${i + 1}`, {
            poolId: pool.id,
            subnetId: props.subnetId,
            address: Fn.element(memberPort.allFixedIps, 0),
            protocolPort: listening,
          });
        });
      }
      if (props.floatingIpPool !== undefined) {
        floatingIp(this, "floating-ip", props.floatingIpPool, vipPort, `${props.name}'s load balancer`);
      }
    } else if (props.floatingIpPool !== undefined) {
      const pool = props.floatingIpPool;
      if (vip) floatingIp(this, "floating-ip", pool, vip, `${props.name}, on the VIP its active instance carries`);
      else {
        members.forEach(({ port }, i) =>
          floatingIp(this, `floating-ip-${i + 1}`, pool, port, memberName(props.name, i + 1)),
        );
      }
    }
  }
}

/** Clients connect from the provider network `pool` to `target`'s address through this public one. */
function floatingIp(scope: Construct, id: string, pool: string, target: NetworkingPortV2, of: string): void {
  new NetworkingFloatingipV2(scope, id, { pool, portId: target.id, description: `Internet address of ${of}` });
}

/** Props the types allow but a system cannot have, named with what is allowed. */
function validate(props: RedundantSystemProps): void {
  if (props.failover.kind !== "load-balancer") return;
  const { port, tcpPorts = [] } = props.failover;
  const bad = tcpPorts.filter((p, i) => !Number.isInteger(p) || p < 1 || p > 65535 || tcpPorts.indexOf(p) !== i);
  if (bad.length > 0) {
    throw new Error(`${props.name}: failover.tcpPorts must be distinct ports 1-65535; got ${bad.join(", ")}`);
  }
  if (tcpPorts.includes(port)) {
    throw new Error(
      `${props.name}: failover.tcpPorts must not list the service port ${port}, which has its own listener`,
    );
  }
}
