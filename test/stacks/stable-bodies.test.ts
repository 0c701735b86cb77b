import { edit, JUNG_GU, sampleConfig } from "../helpers/config";
import { synth, Synthesized } from "../helpers/synth";

/** What a change to systems, quotas or contacts must never touch: a changed body can plan a replacement. */
const FOUNDATION = [
  "openstack_identity_project_v3",
  "openstack_networking_network_v2",
  "openstack_networking_subnet_v2",
  "openstack_networking_router_v2",
  "openstack_networking_router_interface_v2",
];

const base = synth();

function foundation(synthesized: Synthesized, stack: string): Record<string, unknown> {
  const json = synthesized.stack(stack);
  return Object.fromEntries(FOUNDATION.map((type) => [type, json.resource[type] ?? {}]));
}

const changes: Array<[string, Array<[string | RegExp, string]>, "reaches the tenant" | "changes no stack"]> = [
  [
    "a system removed, one with another grade and fewer ports",
    [
      [/ {2}- name: homepage\n[\s\S]*?(?= {2}- name: civil-portal)/, ""],
      [
        "grade: S\n    zone: internal\n    availability: { mode: active-standby",
        "grade: O\n    zone: internal\n    availability: { mode: active-standby",
      ],
      ["ports: [5432], purpose: 급여 계산용 주민정보 조회", "ports: [5432, 5433], purpose: 급여 계산용 주민정보 조회"],
    ],
    "reaches the tenant",
  ],
  [
    "the strictest system regraded (C to S): the zone's clearance, not its systems' grades, labels what it shares",
    [["grade: C\n", "grade: S\n"]],
    "reaches the tenant",
  ],
  [
    "every quota changed",
    [
      ["instances: 20", "instances: 24"],
      ["vcpus: 80", "vcpus: 96"],
      ["ramGiB: 320", "ramGiB: 384"],
      ["volumeGiB: 8000", "volumeGiB: 9000"],
      ["ports: 100", "ports: 120"],
    ],
    "reaches the tenant",
  ],
  [
    "contacts replaced",
    [
      [
        /contacts:\n[\s\S]*?(?=quotas:)/,
        "contacts:\n  - role: admin\n    name: 새 담당자\n    email: new-admin@jung-gu.daegu.example\n",
      ],
    ],
    "changes no stack",
  ],
];

describe("a change to a municipality's systems, quotas or contacts", () => {
  it.each(changes)("leaves its project, networks, subnets and routers byte-identical: %s", (_, replacements, reach) => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ...replacements);
    const changed = synth(dir);
    for (const stack of ["tenant-27110", "dr-27110"]) {
      expect(foundation(changed, stack)).toEqual(foundation(base, stack));
    }
    // The change did reach the synthesis (contacts are not synthesized: nothing may change then).
    const same = (stack: string) => changed.raw(stack) === base.raw(stack);
    expect(same("tenant-27110") && same("dr-27110")).toBe(reach === "changes no stack");
  });
});
