import { Type } from "@sinclair/typebox";
import { OneOf, Slug } from "./common";

const strict = { additionalProperties: false } as const;

export const PROTOCOLS = ["tcp", "udp", "icmp"] as const;

const Protocol = OneOf(PROTOCOLS, "IP protocol");
const Port = Type.Integer({ minimum: 1, maximum: 65535, description: "Port number" });
const Ports = Type.Optional(
  Type.Array(Port, { minItems: 1, uniqueItems: true, description: "Destination ports (tcp and udp; none for icmp)" }),
);
const Purpose = Type.String({ minLength: 3, maxLength: 255, description: "Why the traffic is allowed, for auditors" });

/** `internet`, `zone:internal`, `zone:external`, `system:<name>` or an IPv4 CIDR: checked by the `peer` format. */
const Peer = (description: string) => Type.String({ format: "peer", description });

export const IngressRuleSchema = Type.Object(
  {
    from: Peer("Who may connect: system:<name>, zone:internal, zone:external, a CIDR, or internet (external systems)"),
    protocol: Protocol,
    ports: Ports,
    purpose: Purpose,
  },
  { ...strict, description: "Traffic a system accepts; everything else is denied" },
);

export const EgressRuleSchema = Type.Object(
  {
    to: Peer("Where the system may connect: system:<name>, zone:internal, zone:external, a CIDR, or internet (external systems)"),
    protocol: Protocol,
    ports: Ports,
    purpose: Purpose,
  },
  { ...strict, description: "Connections a system opens beyond those its peers declare; everything else is denied" },
);

export const FLOW_DIRECTIONS = ["external-to-internal", "internal-to-external"] as const;

export const LinkageFlowSchema = Type.Object(
  {
    name: Slug("Flow name, unique within the municipality"),
    source: Slug("System that opens the connection"),
    destination: Slug("System it reaches, in the other zone"),
    protocol: OneOf(["tcp", "udp"], "IP protocol"),
    port: Port,
    direction: OneOf(FLOW_DIRECTIONS, "Which way the flow crosses; must match the zones of source and destination"),
    purpose: Purpose,
  },
  { ...strict, description: "One declared crossing between the zones, relayed through the linkage zone (망연계)" },
);

export const SERVICE_DIRECTIONS = ["to-tenants", "from-tenants"] as const;

export const SharedServiceSchema = Type.Object(
  {
    name: Slug("Service name, e.g. bastion"),
    protocol: OneOf(["tcp", "udp"], "IP protocol"),
    port: Port,
    direction: OneOf(
      SERVICE_DIRECTIONS,
      "to-tenants: the service connects into tenants' internal systems; from-tenants: internal systems connect to it",
    ),
    operatorPort: Type.Optional(Type.Integer({ minimum: 1, maximum: 65535, description: "Port operators reach the service on" })),
    purpose: Purpose,
  },
  { ...strict, description: "A shared service of the center, reachable over the administrative backbone on its port only" },
);
