import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { PROJECT_DIR } from "../../plan/project-dir";

type Rows<T> = readonly T[];
interface Named {
  readonly id: string;
  readonly name: string;
}
export interface Rule {
  readonly direction: string;
  readonly ethertype: string;
  readonly protocol: string | null;
  readonly port_range_min: number | null;
  readonly port_range_max: number | null;
  readonly remote_ip_prefix: string | null;
  readonly remote_group_id: string | null;
}

/** What e2e/inventory.py reports of a cloud; only the fields the checks read are typed. */
export interface Inventory {
  readonly projects: Rows<Named & { domain_id: string }>;
  readonly quotas: Readonly<Record<string, Record<"compute" | "network" | "volume", Record<string, number>>>>;
  readonly roleAssignments: Rows<{ role: string; group: string | null; user: string | null; project: string | null }>;
  readonly networks: Rows<Named & { tags: string[] }>;
  readonly subnets: Rows<Named & { network_id: string; cidr: string; host_routes: unknown[] }>;
  readonly routers: Rows<
    Named & {
      external_gateway_info: { network_id: string; enable_snat: boolean } | null;
      availability_zone_hints: string[];
      status: string;
    }
  >;
  readonly ports: Rows<
    Named & {
      network_id: string;
      device_id: string;
      device_owner: string;
      is_port_security_enabled: boolean;
      allowed_address_pairs: Array<{ ip_address: string }>;
      security_group_ids: string[];
    }
  >;
  readonly securityGroups: Rows<Named & { rules: Rule[] }>;
  readonly servers: Rows<Named & { status: string; availability_zone: string }>;
  readonly serverGroups: Rows<Named & { policy?: string; policies?: string[]; member_ids: string[] }>;
  readonly volumes: Rows<Named & { status: string; size: number; volume_type: string; availability_zone: string }>;
  readonly loadBalancers: Rows<Named & { provisioning_status: string }>;
  readonly listeners: Rows<Named & { provisioning_status: string }>;
  readonly pools: Rows<Named & { provisioning_status: string }>;
  readonly members: Rows<Named & { provisioning_status: string }>;
  readonly monitors: Rows<Named & { provisioning_status: string }>;
  readonly floatingIps: Rows<{ id: string; floating_network_id: string; port_id: string | null; status: string }>;
  readonly containers: Rows<{
    name: string;
    /** Set by the e2e: the container is in the DR partner's account. */
    atPartner?: boolean;
    read: string | null;
    write: string | null;
    syncTo: string | null;
    versionsEnabled: string | null;
    historyLocation: string | null;
  }>;
}

/** e2e/inventory.py's answer, as JSON, for a cloud seen by its clouds.yaml entry. */
function inventoryScript<T>(cloud: string, args: readonly string[], env: NodeJS.ProcessEnv): T {
  const script = path.join(PROJECT_DIR, "e2e", "inventory.py");
  const out = execFileSync("/usr/bin/python3", [script, cloud, ...args], { env, encoding: "utf8", maxBuffer: 1 << 28 });
  return JSON.parse(out) as T;
}

/** The inventory of a cloud, as its clouds.yaml entry `cloud` sees it (an admin's). */
export const inventoryOf = (cloud: string, env: NodeJS.ProcessEnv) => inventoryScript<Inventory>(cloud, [], env);

/** The network API's extension aliases (fwaas_v2 where FWaaS runs). */
export const networkExtensions = (cloud: string, env: NodeJS.ProcessEnv) =>
  inventoryScript<string[]>(cloud, ["--extensions"], env);

/** A Keystone domain's id, by its name. */
export const domainId = (cloud: string, name: string, env: NodeJS.ProcessEnv) =>
  inventoryScript<string>(cloud, ["--domain-id", name], env);

/** The Swift account (`AUTH_<project id>`) a clouds.yaml entry's containers live in. */
export const swiftAccount = (cloud: string, env: NodeJS.ProcessEnv) =>
  inventoryScript<string>(cloud, ["--swift-account"], env);
