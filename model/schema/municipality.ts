import { Static, Type } from "@sinclair/typebox";
import { MUNICIPALITY_CODE_PATTERN } from "../../contract/stack-names";
import { SYSTEM_ZONES } from "../../contract/zones";
import { Cidr, Count, OneOf, OpenStackName, SchemaVersion, Slug, Suppressions } from "./common";
import { LifecycleSchema } from "./lifecycle";
import { SecurityGradeSchema } from "./region";
import { EgressRuleSchema, IngressRuleSchema, LinkageFlowSchema } from "./traffic";

const strict = { additionalProperties: false } as const;

export const SYSTEM_FAMILIES = [
  "resident-info",
  "resident-portal",
  "internal-info",
  "health-welfare",
  "public-works",
  "other",
] as const;
export const AVAILABILITY_MODES = ["single", "active-standby", "active-active"] as const;
export const BACKUP_SCHEDULES = ["hourly", "daily", "weekly"] as const;
export const DR_TIERS = ["hot", "warm", "cold", "none"] as const;
export const REPLICATION = ["volume", "container-sync"] as const;

/** Hours between two scheduled backups. */
export const BACKUP_INTERVAL_HOURS: Record<(typeof BACKUP_SCHEDULES)[number], number> = { hourly: 1, daily: 24, weekly: 168 };

const Hours = (description: string) => Type.Number({ exclusiveMinimum: 0, maximum: 8760, description });

const SystemSchema = Type.Object(
  {
    name: Slug("System name, unique within the municipality"),
    description: Type.Optional(Type.String({ maxLength: 255, description: "What the system does" })),
    family: OneOf(SYSTEM_FAMILIES, "System family: the five families of municipal systems, or other"),
    grade: SecurityGradeSchema,
    zone: OneOf(SYSTEM_ZONES, "Network zone: internal (행정망, no internet path) or external (인터넷망)"),
    availability: Type.Object(
      {
        mode: OneOf(AVAILABILITY_MODES, "Redundancy (이중화)"),
        instances: Count("Number of instances", 1),
        antiAffinity: Type.Optional(
          OneOf(["soft", "hard"], "Keep instances on different hosts: hard refuses to schedule otherwise; default soft"),
        ),
      },
      { ...strict, description: "How the system stays up" },
    ),
    build: Type.Optional(
      Type.Object(
        {
          flavor: OpenStackName("Nova flavor of each instance"),
          image: OpenStackName("Glance image the instances boot from"),
          volumes: Type.Optional(
            Type.Array(
              Type.Object(
                { name: Slug("Volume name, unique within the system"), sizeGiB: Count("Size, GiB", 1) },
                { ...strict, description: "A data volume attached to every instance" },
              ),
              { description: "Stateful data volumes; on the replicated type where DR or backup.replication needs it" },
            ),
          ),
          service: Type.Optional(
            Type.Object(
              {
                protocol: OneOf(["TCP", "HTTP", "HTTPS"], "Load-balancer listener and health-check protocol"),
                port: Type.Integer({ minimum: 1, maximum: 65535, description: "Port the service listens on" }),
              },
              { ...strict, description: "What the load balancer of an active-active system serves and checks" },
            ),
          ),
        },
        { ...strict, description: "Present when the center builds the system's instances (stack systems-<code>)" },
      ),
    ),
    backup: Type.Object(
      {
        schedule: OneOf(BACKUP_SCHEDULES, "How often a backup is taken"),
        retentionDays: Count("How long backups are kept, days", 1),
        rpoHours: Hours("Recovery point objective, hours"),
        replication: Type.Optional(
          Type.Array(OneOf(REPLICATION, "volume: block-storage replication; container-sync: backups copied to the DR site"), {
            uniqueItems: true,
            description: "Continuous copies besides the scheduled backups; needed for an RPO shorter than the backup interval",
          }),
        ),
      },
      { ...strict, description: "Backup scenario" },
    ),
    dr: Type.Object(
      {
        tier: OneOf(DR_TIERS, "Disaster-recovery tier (재해복구)"),
        rtoHours: Hours("Recovery time objective, hours"),
        rpoHours: Hours("Recovery point objective at the DR site, hours"),
      },
      { ...strict, description: "Disaster recovery at the partner center" },
    ),
    recoveryOrder: Count("Position in the sequential recovery order (순차적 복구), 1 first", 1),
    dependsOn: Type.Array(Slug("Name of a system in this municipality"), {
      uniqueItems: true,
      description: "Systems that must be running before this one",
    }),
    ingress: Type.Optional(
      Type.Array(IngressRuleSchema, { description: "Traffic the system accepts (its security group); default none" }),
    ),
    egress: Type.Optional(
      Type.Array(EgressRuleSchema, {
        description: "Connections it opens besides those its peers' ingress, linkage flows and shared services imply",
      }),
    ),
  },
  { ...strict, description: "An information system the municipality runs in the center" },
);

const ContactSchema = Type.Object(
  {
    role: OneOf(["admin", "security", "operations"], "What this person is contacted for"),
    name: Type.String({ maxLength: 255, minLength: 1, description: "Full name" }),
    email: Type.String({ maxLength: 254, format: "email", description: "E-mail address" }),
    phone: Type.Optional(Type.String({ pattern: "^[0-9+][0-9 -]{6,19}$", description: "Phone number" })),
  },
  strict,
);

export const MunicipalitySchema = Type.Object(
  {
    schemaVersion: SchemaVersion,
    code: Type.String({
      pattern: MUNICIPALITY_CODE_PATTERN,
      description: 'Administrative district code (시군구 코드): 5 digits in quotes, e.g. "27110"',
    }),
    name: Slug("Short romanized name, e.g. jung-gu; the file is named <code>-<name>.yaml"),
    displayName: Type.String({ minLength: 1, maxLength: 64, description: "Name shown to people, e.g. 대구광역시 중구" }),
    wave: Count("Migration wave (단계적 전환): synthesized when the selected wave is at least this", 1),
    lifecycle: Type.Optional(LifecycleSchema),
    contacts: Type.Array(ContactSchema, { minItems: 1, description: "People responsible for the tenant" }),
    groups: Type.Optional(
      Type.Object(
        {
          admin: OpenStackName("Keystone group of the municipality's administrators"),
          readonly: OpenStackName("Keystone group with read-only access"),
        },
        { ...strict, description: "Keystone groups; default rcc-<code>-admins and rcc-<code>-readers" },
      ),
    ),
    quotas: Type.Object(
      {
        instances: Count("Instances"),
        vcpus: Count("vCPUs"),
        ramGiB: Count("RAM, GiB"),
        volumes: Count("Block storage volumes"),
        volumeGiB: Count("Block storage, GiB"),
        floatingIps: Count("Floating IPs (external zone only)"),
        networks: Count("Networks (each gets one subnet and at most one router)"),
        ports: Count("Network ports"),
        securityGroups: Count("Security groups (rules: 25 per group)"),
      },
      { ...strict, description: "Tenant quotas; their sum over all municipalities must fit the center's capacity" },
    ),
    addressing: Type.Object(
      {
        internal: Cidr("Internal zone subnet, inside the region's internal pool"),
        external: Cidr("External zone subnet, inside the region's external pool"),
        linkage: Cidr("Linkage zone subnet (망연계 구간), inside the region's linkage pool"),
      },
      { ...strict, description: "Address ranges allocated to this municipality; never move once deployed" },
    ),
    systems: Type.Array(SystemSchema, { description: "Information systems to migrate" }),
    linkage: Type.Optional(
      Type.Object(
        {
          flows: Type.Array(LinkageFlowSchema, {
            description: "Every crossing between the internal and external zones; nothing else crosses",
          }),
        },
        { ...strict, description: "The linkage zone (망연계 구간): declared flows, realised through relay ports" },
      ),
    ),
    suppressions: Suppressions("this municipality's stacks"),
  },
  { ...strict, $id: "municipality.schema.json", title: "rcc municipality (tenant) file" },
);

export type MunicipalityFile = Static<typeof MunicipalitySchema>;
export type SystemConfig = MunicipalityFile["systems"][number];
export type Zone = SystemConfig["zone"];
export type IngressRule = NonNullable<SystemConfig["ingress"]>[number];
export type EgressRule = NonNullable<SystemConfig["egress"]>[number];
export type LinkageFlow = NonNullable<MunicipalityFile["linkage"]>["flows"][number];
