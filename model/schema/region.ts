import { Static, Type } from "@sinclair/typebox";
import { Cidr, Count, OneOf, OpenStackName, SchemaVersion, Slug, Suppressions } from "./common";
import { SharedServiceSchema } from "./traffic";

const strict = { additionalProperties: false } as const;

export const SECURITY_GRADES = ["C", "S", "O"] as const;
export const SecurityGradeSchema = OneOf(SECURITY_GRADES, "Security grade (등급): C classified, S sensitive, O open");

const S3State = Type.Object(
  {
    bucket: Type.String({ minLength: 3, maxLength: 63, description: "Bucket holding one state object per stack" }),
    endpoint: Type.String({ maxLength: 2048, pattern: "^https://", description: "S3 endpoint URL of the object store (https://...)" }),
    region: Type.String({ maxLength: 255, minLength: 1, description: "Region name the object store expects (RGW accepts any)" }),
    keyPrefix: Type.String({ maxLength: 255, pattern: "^[a-z0-9][a-z0-9/_-]*$", description: "Prefix of state keys: <prefix>/<stack>.tfstate" }),
    useLockfile: Type.Boolean({
      description: "Lock with a .tflock object (needs conditional writes; check your RGW/s3api supports them)",
    }),
  },
  {
    ...strict,
    description:
      "S3-compatible object store (Ceph RGW or Swift s3api); credentials come from the environment or the shared AWS credentials and config files, never from here",
  },
);

const StateSchema = Type.Object(
  {
    backend: OneOf(["local", "s3"], "local (trials only) or s3"),
    directory: Type.Optional(
      Type.String({ maxLength: 1024, minLength: 1, description: "local: folder for state files, relative to the project root" }),
    ),
    s3: Type.Optional(S3State),
  },
  { ...strict, description: "Where Terraform keeps state: one state per stack" },
);

export const RegionSchema = Type.Object(
  {
    schemaVersion: SchemaVersion,
    code: Type.String({
      pattern: "^[0-9]{2}$",
      description: 'Metropolitan government code: the first 2 digits of its municipalities\' codes, e.g. "27"',
    }),
    name: Slug("Short name of the center, used in resource names and state keys"),
    displayName: Type.String({ maxLength: 255, minLength: 1, description: "Name shown to people, e.g. 대구광역시 지역 클라우드 센터" }),
    openstack: Type.Object(
      {
        cloud: Type.String({ maxLength: 255,
          minLength: 1,
          description: "Entry in clouds.yaml holding the credentials; never put credentials here",
        }),
        region: Type.String({ maxLength: 255, minLength: 1, description: "OpenStack region name, e.g. RegionOne" }),
        domainId: Type.String({ maxLength: 255, minLength: 1, description: "ID of the Keystone domain tenant projects go into" }),
      },
      { ...strict, description: "Where and how to reach the center's OpenStack" },
    ),
    availabilityZones: Type.Array(Slug("Availability zone name"), {
      minItems: 1,
      uniqueItems: true,
      description: "Compute (Nova) availability zones, each in its own fire zone (scs-0121): instances are spread over them",
    }),
    networkAvailabilityZones: Type.Optional(
      Type.Array(Slug("Network availability zone name"), {
        minItems: 1,
        uniqueItems: true,
        description:
          "Neutron's availability zones, those its L3 agents report (`openstack availability zone list --network`), given to routers as availability_zone_hints; Neutron checks hints against these, not Nova's; absent: no hints, Neutron places routers on any L3 agent",
      }),
    ),
    volumeAvailabilityZones: Type.Optional(
      Type.Array(Slug("Volume availability zone name"), {
        minItems: 1,
        uniqueItems: true,
        description:
          "Cinder's availability zones that are named like a compute zone (`openstack availability zone list --volume`): a volume goes into the one named like its instance's zone; absent, or for a zone not listed: Cinder's default zone",
      }),
    ),
    providerNetworks: Type.Object(
      {
        external: OpenStackName("Provider network that reaches the internet (인터넷망)"),
        administrative: OpenStackName("Provider network of the administrative backbone (행정망)"),
      },
      { ...strict, description: "Existing provider networks, looked up by name" },
    ),
    addressPools: Type.Object(
      {
        internal: Cidr("Pool that tenants' internal (administrative) subnets are taken from"),
        external: Cidr("Pool that tenants' external (internet-facing) subnets are taken from"),
        linkage: Cidr("Pool that tenants' linkage-zone subnets (망연계 구간) are taken from"),
        shared: Cidr("Subnet of the center's shared services (공통기반)"),
      },
      { ...strict, description: "Address pools; they must not overlap" },
    ),
    dnsNameservers: Type.Array(Type.String({ format: "ipv4" }), {
      uniqueItems: true,
      description:
        "DNS resolvers handed to tenants' internal subnets and the shared services' subnet, on the administrative backbone; external subnets get externalDnsNameservers",
    }),
    externalDnsNameservers: Type.Optional(
      Type.Array(Type.String({ format: "ipv4" }), {
        uniqueItems: true,
        description:
          "DNS resolvers for tenants' external (internet-facing) subnets: resolvers reachable from the internet side, e.g. public resolvers or the center's DMZ resolvers, never in the internal, linkage or shared pool or an operator network (망분리); absent: external subnets get none",
      }),
    ),
    operatorCidrs: Type.Array(Cidr("Network of the center's operators"), {
      minItems: 1,
      description: "Where the center's operators connect from (bastion SSH access)",
    }),
    capacity: Type.Object(
      {
        vcpus: Count("Physical cores available to tenants", 1),
        ramGiB: Count("Physical RAM available to tenants, GiB", 1),
        volumeGiB: Count("Block storage available to tenants, GiB", 1),
        overcommit: Type.Object(
          {
            cpu: Type.Number({ minimum: 1, maximum: 16, description: "vCPU per physical core" }),
            ram: Type.Number({ minimum: 1, maximum: 2, description: "RAM overcommit ratio" }),
            storage: Type.Number({ minimum: 1, maximum: 4, description: "Thin-provisioning ratio of block storage" }),
          },
          { ...strict, description: "Overcommit ratios the quota check applies" },
        ),
      },
      { ...strict, description: "What the center can hand out; the sum of tenant quotas must fit" },
    ),
    identity: Type.Object(
      {
        adminRole: OpenStackName("Role given to a municipality's admin group in its project (not Keystone 'admin')"),
        readonlyRole: OpenStackName("Role given to a municipality's read-only group"),
        deployerGroup: OpenStackName(
          "Group of the identities that run cdktf deploy: it gets adminRole in each tenant project, where systems are built",
        ),
        loadBalancerRole: Type.Optional(
          OpenStackName(
            "Role Octavia's policy asks of who creates load balancers, given to the deployer group in each project where it builds one (an active-active system); Octavia's default policy names load-balancer_member, and member is enough only where its new defaults are enforced; default: load-balancer_member",
          ),
        ),
      },
      { ...strict, description: "Keystone roles used in role assignments" },
    ),
    fwaas: Type.Optional(
      Type.Boolean({
        description:
          "Neutron FWaaS v2 is available (it often is not on OVN): tenant routers then get zone firewall groups; default false",
      }),
    ),
    sharedServices: Type.Object(
      {
        grade: SecurityGradeSchema,
        services: Type.Array(SharedServiceSchema, {
          description: "Services tenants' internal systems reach, each on its declared port only",
        }),
      },
      { ...strict, description: "The center's shared-services tenant (core stack)" },
    ),
    volumeTypes: Type.Object(
      {
        standard: OpenStackName("Cinder volume type for ordinary data volumes"),
        replicated: OpenStackName("Cinder volume type replicated to another site"),
      },
      { ...strict, description: "Volume types the center offers" },
    ),
    backup: Type.Object(
      {
        project: OpenStackName("Keystone project of the center's backup service"),
        user: OpenStackName("Keystone user the backup service writes as: the only writer of backup containers"),
        domainId: Type.String({ maxLength: 255, minLength: 1, description: "Keystone domain of that project and user" }),
      },
      { ...strict, description: "The center's backup identity (looked up by name)" },
    ),
    state: StateSchema,
    drPartner: Type.Optional(
      Type.Object(
        {
          name: Slug("Partner center's short name"),
          cloud: Type.String({ maxLength: 255, minLength: 1, description: "clouds.yaml entry of the partner's OpenStack" }),
          region: Type.String({ maxLength: 255, minLength: 1, description: "OpenStack region of the partner" }),
          config: Type.Optional(
            Type.String({ maxLength: 1024,
              minLength: 1,
              description:
                "The partner's config directory, relative to this file's; when given, validation checks that the partner exists and has capacity for our DR",
            }),
          ),
          standby: Type.Optional(
            Type.Object(
              {
                domainId: Type.String({ maxLength: 255, minLength: 1, description: "Keystone domain of the standby projects at the partner" }),
                volumeType: Type.Optional(
                  Type.String({ maxLength: 255,
                    minLength: 1,
                    description:
                      "The partner's volume type for the data volumes of hot and warm systems; default: volumeTypes.replicated",
                  }),
                ),
                availabilityZones: Type.Array(Slug("Availability zone name at the partner"), {
                  minItems: 1,
                  uniqueItems: true,
                  description: "The partner's compute (Nova) availability zones",
                }),
                networkAvailabilityZones: Type.Optional(
                  Type.Array(Slug("Network availability zone name at the partner"), {
                    minItems: 1,
                    uniqueItems: true,
                    description:
                      "The partner's Neutron availability zones, given to standby routers as hints; absent: no hints",
                  }),
                ),
                volumeAvailabilityZones: Type.Optional(
                  Type.Array(Slug("Volume availability zone name at the partner"), {
                    minItems: 1,
                    uniqueItems: true,
                    description:
                      "The partner's Cinder availability zones named like one of its compute zones; absent: Cinder's default zone",
                  }),
                ),
                dnsNameservers: Type.Array(Type.String({ format: "ipv4" }), {
                  uniqueItems: true,
                  description: "DNS resolvers for standby internal subnets at the partner",
                }),
                externalDnsNameservers: Type.Optional(
                  Type.Array(Type.String({ format: "ipv4" }), {
                    uniqueItems: true,
                    description:
                      "DNS resolvers for external (internet-facing) subnets: resolvers reachable from the internet side, e.g. public resolvers or the center's DMZ resolvers; absent: external subnets get none",
                  }),
                ),
                providerNetworks: Type.Object(
                  {
                    external: OpenStackName("The partner's internet provider network"),
                    administrative: OpenStackName("The partner's administrative-backbone provider network"),
                  },
                  { ...strict, description: "Looked up by name at the partner" },
                ),
              },
              {
                ...strict,
                description: "What rcc needs to build standby tenants at the partner (stacks dr-<code>); without it, no DR stack",
              },
            ),
          ),
          containerSync: Type.Optional(
            Type.Object(
              {
                realm: Type.String({ maxLength: 255, pattern: "^[A-Za-z0-9_-]+$", description: "Swift container-sync realm both clusters share" }),
                cluster: Type.String({ maxLength: 255, pattern: "^[A-Za-z0-9_-]+$", description: "The partner's cluster name in that realm" }),
                account: Type.String({ maxLength: 255, pattern: "^[A-Za-z0-9_]+$", description: "Swift account receiving the copies, e.g. AUTH_0123abcd" }),
              },
              {
                ...strict,
                description:
                  "Where tenants' backup containers are synced to; the sync key comes from TF_VAR_backup_sync_key at deploy time",
              },
            ),
          ),
        },
        { ...strict, description: "Disaster-recovery partner center (상호백업)" },
      ),
    ),
    unitPrices: Type.Optional(
      Type.Object(
        {
          currency: Type.String({ pattern: "^[A-Z]{3}$", description: "ISO 4217 code, e.g. KRW" }),
          vcpu: Type.Number({ minimum: 0, description: "Per vCPU of quota, per month" }),
          ramGiB: Type.Number({ minimum: 0, description: "Per GiB of RAM quota, per month" }),
          volumeGiB: Type.Number({ minimum: 0, description: "Per GiB of block-storage quota, per month" }),
          sharedServices: Type.Number({
            minimum: 0,
            description: "The shared services' cost per month, split over tenants in proportion to their resources",
          }),
        },
        { ...strict, description: "Unit prices for cost sharing (비용 분담) in the audit report; a tenant pays for its quotas" },
      ),
    ),
    suppressions: Suppressions("the core stack and region-wide findings"),
  },
  { ...strict, $id: "region.schema.json", title: "rcc region (center) file" },
);

export type RegionFile = Static<typeof RegionSchema>;
export type SecurityGrade = Static<typeof SecurityGradeSchema>;
export type StateConfig = RegionFile["state"];
export type SharedService = RegionFile["sharedServices"]["services"][number];
