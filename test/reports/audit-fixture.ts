/**
 * A hand-built audit report for the renderers' tests, shaped like the sample config's: 서구 has
 * exposed services, two linkage flows and a suppressed finding; 중구 exposes nothing.
 */
import { AuditReport, MunicipalityReport } from "../../reports/audit/types";

const seoGu: MunicipalityReport = {
  code: "27170",
  name: "seo-gu",
  displayName: "대구광역시 서구",
  wave: 2,
  stacks: ["dr-27170", "systems-27170", "tenant-27170"],
  topology: {
    zones: [
      {
        zone: "external",
        cidr: "10.127.2.0/24",
        network: "27170-external",
        subnet: "27170-external-subnet",
        router: { name: "27170-external-router", gateway: "public-internet (internet)" },
        systems: [
          { name: "homepage", grade: "O", exposed: true },
          { name: "civil-portal", grade: "S", exposed: true },
        ],
      },
      {
        zone: "linkage",
        cidr: "10.227.0.64/27",
        network: "27170-linkage",
        subnet: "27170-linkage-subnet",
        router: null,
        systems: [],
      },
      {
        zone: "internal",
        cidr: "10.27.32.0/20",
        network: "27170-internal",
        subnet: "27170-internal-subnet",
        router: { name: "27170-internal-router", gateway: "admin-backbone" },
        systems: [
          { name: "resident-registry", grade: "C", exposed: false },
          { name: "payroll", grade: "S", exposed: false },
        ],
      },
    ],
    flows: [
      { from: "civil-portal", to: "resident-registry", protocol: "tcp", ports: "8443" },
      { from: "payroll", to: "homepage", protocol: "tcp", ports: "9000-9001" },
    ],
  },
  exposure: [
    {
      system: "civil-portal",
      zone: "external",
      address: "10.127.2.0/24 (the system's ports)",
      protocol: "tcp",
      ports: "443",
      through: "security group 27170-civil-portal via router 27170-external-router",
      from: "0.0.0.0/0",
    },
    {
      system: "homepage",
      zone: "external",
      address: "10.127.2.0/24 (the system's ports)",
      protocol: "tcp",
      ports: "80",
      through: "security group 27170-homepage via router 27170-external-router",
      from: "0.0.0.0/0",
    },
    {
      system: "homepage",
      zone: "external",
      address: "load balancer VIP in 10.127.2.0/24",
      protocol: "tcp",
      ports: "443",
      through: "load balancer 27170-homepage (listener 443), security group 27170-homepage",
      from: "0.0.0.0/0",
    },
  ],
  separation: {
    holds: true,
    evidence: [
      "tenant-27170: router 27170-external-router serves external, linkage; gateway on public-internet (the internet)",
      "tenant-27170: router 27170-internal-router serves internal, linkage; gateway on admin-backbone (not the internet)",
      "floating IPs: 0 in all, 0 on an internal port",
      "zones meet only in the linkage zone: 2 declared flow(s), relayed by the linkage relay ports",
    ],
  },
  resilience: [
    {
      system: "homepage",
      grade: "O",
      zone: "external",
      availability: "active-active x2",
      built: true,
      backup: { schedule: "daily", retentionDays: 14, rpoHours: 24, replication: [] },
      dr: { tier: "warm", rtoHours: 8, rpoHours: 24 },
      recoveryOrder: 3,
      dependsOn: [],
      mechanism: "daily backup; warm standby at busan: 1 of 2 instance(s) running",
    },
    {
      system: "civil-portal",
      grade: "S",
      zone: "external",
      availability: "active-active x2",
      built: false,
      backup: { schedule: "daily", retentionDays: 30, rpoHours: 24, replication: [] },
      dr: { tier: "warm", rtoHours: 4, rpoHours: 24 },
      recoveryOrder: 2,
      dependsOn: ["resident-registry"],
      mechanism: "daily backup; warm standby tenant at busan, restore from backup",
    },
    {
      system: "resident-registry",
      grade: "C",
      zone: "internal",
      availability: "active-standby x2",
      built: true,
      backup: { schedule: "hourly", retentionDays: 90, rpoHours: 1, replication: ["volume", "container-sync"] },
      dr: { tier: "hot", rtoHours: 2, rpoHours: 1 },
      recoveryOrder: 1,
      dependsOn: [],
      mechanism: "hourly backup; volume replication; container-sync replication; hot standby at busan: 2 of 2 running",
    },
    {
      system: "payroll",
      grade: "S",
      zone: "internal",
      availability: "single x1",
      built: true,
      backup: { schedule: "daily", retentionDays: 365, rpoHours: 24, replication: [] },
      dr: { tier: "cold", rtoHours: 24, rpoHours: 24 },
      recoveryOrder: 2,
      dependsOn: ["resident-registry"],
      mechanism: "daily backup; cold standby tenant at busan, restore from backup",
    },
  ],
  quotas: { instances: 20, vcpus: 80, ramGiB: 320, volumes: 40, volumeGiB: 8000, floatingIps: 4 },
};

const jungGu: MunicipalityReport = {
  code: "27110",
  name: "jung-gu",
  displayName: "대구광역시 중구",
  wave: 1,
  stacks: ["dr-27110", "tenant-27110"],
  topology: {
    zones: [
      {
        zone: "external",
        cidr: "10.127.0.0/24",
        network: "27110-external",
        subnet: "27110-external-subnet",
        router: { name: "27110-external-router", gateway: "public-internet (internet)" },
        systems: [],
      },
      {
        zone: "linkage",
        cidr: "10.227.0.0/27",
        network: "27110-linkage",
        subnet: "27110-linkage-subnet",
        router: null,
        systems: [],
      },
      {
        zone: "internal",
        cidr: "10.27.0.0/20",
        network: "27110-internal",
        subnet: "27110-internal-subnet",
        router: { name: "27110-internal-router", gateway: "admin-backbone" },
        systems: [{ name: "tax-ledger", grade: "S", exposed: false }],
      },
    ],
    flows: [],
  },
  exposure: [],
  separation: {
    holds: true,
    evidence: [
      "tenant-27110: router 27110-internal-router serves internal, linkage; gateway on admin-backbone (not the internet)",
      "floating IPs: 0 in all, 0 on an internal port",
    ],
  },
  resilience: [
    {
      system: "tax-ledger",
      grade: "S",
      zone: "internal",
      availability: "active-standby x2",
      built: true,
      backup: { schedule: "daily", retentionDays: 90, rpoHours: 24, replication: ["volume"] },
      dr: { tier: "warm", rtoHours: 8, rpoHours: 24 },
      recoveryOrder: 1,
      dependsOn: [],
      mechanism: "daily backup; volume replication; warm standby at busan: 1 of 2 instance(s) running",
    },
  ],
  quotas: { instances: 10, vcpus: 40, ramGiB: 160, volumes: 20, volumeGiB: 4000, floatingIps: 2 },
};

export const auditFixture: AuditReport = {
  region: {
    name: "daegu",
    displayName: "대구광역시 지역 클라우드 센터 (D-Cloud)",
    code: "27",
    availabilityZones: ["az1", "az2", "az3"],
    drPartner: "busan (busan-rcc, RegionOne)",
  },
  source: { stacks: ["core", "dr-27110", "dr-27170", "systems-27170", "tenant-27110", "tenant-27170"], resources: 412 },
  passed: true,
  rules: [
    {
      id: "RCC-NET-001",
      level: "error",
      title: "No security group admits the internet to an administration port",
      rationale: "SSH, RDP and other admin ports open to the internet are the first thing scanners try.",
      fix: "Reach instances through the center's bastion; admit admin ports only from the shared-services range.",
      open: 0,
      suppressed: 1,
    },
    {
      id: "RCC-NET-002",
      level: "warning",
      title: "Every security group says what it is for",
      rationale: "A reviewer cannot judge a group whose purpose is not written down.",
      fix: "Give the security group a description naming the system and zone it protects.",
      open: 1,
      suppressed: 0,
    },
    {
      id: "RCC-SEP-001",
      level: "error",
      title: "No internal subnet is attached to a router whose gateway is the internet",
      rationale: "A router with an internet gateway routes everything plugged into it to the internet.",
      fix: "Give internal subnets a router whose gateway is the administrative backbone.",
      open: 0,
      suppressed: 0,
    },
  ],
  findings: [
    {
      rule: "RCC-NET-001",
      level: "error",
      stack: "dr-27170",
      address: "openstack_networking_secgroup_rule_v2.homepage-ingress-22",
      municipality: "27170",
      message: "ingress from 0.0.0.0/0 to SSH (22)",
      suppressed: {
        file: "municipalities/27170-seo-gu.yaml",
        scope: "dr-27170",
        reason: "standby copy stays dark until failover & is firewalled <upstream> | see change CHG-0412",
        approvedBy: "CISO Kim",
      },
    },
    {
      rule: "RCC-NET-002",
      level: "warning",
      stack: "tenant-27170",
      address: "openstack_networking_secgroup_v2.civil-portal",
      municipality: "27170",
      message: "security group 27170-civil-portal has no description",
    },
  ],
  separation: {
    holds: true,
    rules: [
      { id: "RCC-SEP-001", title: "No internal subnet is attached to a router whose gateway is the internet" },
      { id: "RCC-SEP-002", title: "No router has interfaces in both the internal and the external zone" },
    ],
  },
  capacity: [
    {
      resource: "vCPU",
      unit: "vCPU",
      capacity: 64,
      overcommit: 4,
      limit: 256,
      allocated: 120,
      perMunicipality: [
        { code: "27110", value: 40 },
        { code: "27170", value: 80 },
      ],
    },
    {
      resource: "RAM",
      unit: "GiB",
      capacity: 512,
      overcommit: 1,
      limit: 512,
      allocated: 480,
      perMunicipality: [
        { code: "27110", value: 160 },
        { code: "27170", value: 320 },
      ],
    },
    {
      resource: "volume storage",
      unit: "GiB",
      capacity: 8000,
      overcommit: 1.5,
      limit: 12000,
      allocated: 12000,
      perMunicipality: [
        { code: "27110", value: 4000 },
        { code: "27170", value: 8000 },
      ],
    },
  ],
  costs: {
    currency: "KRW",
    total: 7929231,
    lines: [
      {
        code: "27110",
        name: "대구광역시 중구",
        resources: 1720000,
        sharedServices: 923077,
        total: 2643077,
        share: 0.3333,
      },
      {
        code: "27170",
        name: "대구광역시 서구",
        resources: 3440000,
        sharedServices: 1846154,
        total: 5286154,
        share: 0.6667,
      },
    ],
  },
  waves: [
    { wave: 1, municipalities: [{ code: "27110", name: "대구광역시 중구" }] },
    { wave: 2, municipalities: [{ code: "27170", name: "대구광역시 서구" }] },
  ],
  municipalities: [jungGu, seoGu],
};

/** The same center without unit prices in its region file. */
export const auditFixtureWithoutCosts: AuditReport = { ...auditFixture, costs: null };
