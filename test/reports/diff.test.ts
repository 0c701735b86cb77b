import { AuditFinding } from "../../policy/audit";
import { Block } from "../../policy/separation/terraform";
import { diffMarkdown, diffSyntheses, DiffSide, DiffStack, hasChanges } from "../../reports/diff";
import { ReachPath } from "../../reports/reachability";

const LABELS = { "//": { metadata: { path: "tenant-27110/quotas/compute" }, rcc_labels: { zone: "shared" } } };

function block(address: string, body: Record<string, unknown>): Block {
  const parts = address.split(".");
  const mode = parts[0] === "data" ? "data" : "resource";
  const [type, name] = mode === "data" ? parts.slice(1) : parts;
  return { address, mode, type, name, body: { ...LABELS, ...body } };
}

function stack(name: string, blocks: Block[], extra: Partial<DiffStack> = {}): DiffStack {
  return {
    name,
    blocks,
    providers: { openstack: [{ cloud: "daegu-rcc", region: "RegionOne" }] },
    backend: { local: { path: `../../../state/${name}.tfstate` } },
    ...extra,
  };
}

function side(stacks: DiffStack[], findings: AuditFinding[] = []): DiffSide {
  return { stacks, findings, municipalities: [] };
}

const QUOTA = "openstack_compute_quotaset_v2.quotas_compute";
const PROJECT = "openstack_identity_project_v3.tenant_project";
const NETWORK = "data.openstack_networking_network_v2.external";

function tenant(name = "tenant-27110", cores = 80): DiffStack {
  return stack(name, [
    block(QUOTA, { cores, instances: 20 }),
    block(PROJECT, { name: "daegu-27110-jung-gu", tags: ["rcc"] }),
    block(NETWORK, { name: "public-internet" }),
  ]);
}

function finding(overrides: Partial<AuditFinding> = {}): AuditFinding {
  return {
    rule: "RCC-NET-001",
    level: "error",
    stack: "tenant-27110",
    address: "openstack_networking_secgroup_rule_v2.homepage_ingress",
    municipality: "27110",
    message: "ingress from 0.0.0.0/0 to SSH (22)",
    ...overrides,
  };
}

const SUPPRESSION = {
  file: "config/municipalities/27110-jung-gu.yaml",
  scope: "27110",
  reason: "pilot",
  approvedBy: "CISO",
};

describe("diffSyntheses", () => {
  it("finds nothing between equal syntheses", () => {
    const diff = diffSyntheses(side([tenant()], [finding()]), side([tenant()], [finding()]));
    expect(diff.stacks).toEqual([]);
    expect(hasChanges(diff)).toBe(false);
    expect(diffMarkdown(diff)).toBe("# rcc diff\n\nNo changes.\n");
  });

  it("ignores a change to the `//` metadata only (construct paths, labels) and the order of keys", () => {
    const base = tenant();
    const moved = stack("tenant-27110", [
      { ...base.blocks[0], body: { instances: 20, cores: 80, "//": { metadata: { path: "elsewhere" } } } },
      ...base.blocks.slice(1),
    ]);
    expect(hasChanges(diffSyntheses(side([base]), side([moved])))).toBe(false);
  });

  it("lists resources and data sources added, changed and removed by address, with the changed arguments", () => {
    const base = tenant();
    const current = stack("tenant-27110", [
      block(QUOTA, { cores: 100, instances: 20 }),
      block(PROJECT, { name: "daegu-27110-jung-gu", tags: ["rcc", "pilot"] }),
      block("openstack_networking_network_v2.internal", { name: "27110-internal" }),
    ]);
    const diff = diffSyntheses(side([base]), side([current]));
    expect(diff.stacks).toEqual([
      {
        name: "tenant-27110",
        status: "changed",
        added: ["openstack_networking_network_v2.internal"],
        changed: [
          { address: QUOTA, arguments: [{ name: "cores", change: "changed", base: 80, current: 100 }] },
          // A list is not a short scalar: its name says what changed, the values would not fit a line.
          { address: PROJECT, arguments: [{ name: "tags", change: "changed" }] },
        ],
        removed: [NETWORK],
        provider: [],
        backend: [],
      },
    ]);
    expect(diff.summary.resources).toEqual({ added: 1, changed: 2, removed: 1 });
  });

  it("names arguments that appear or disappear, and hides values too long to read in a line", () => {
    const long = "x".repeat(61);
    const base = stack("core", [block(PROJECT, { description: "short", name: "p", domain_id: "default" })]);
    const current = stack("core", [block(PROJECT, { description: long, name: "p", enabled: true })]);
    expect(diffSyntheses(side([base]), side([current])).stacks[0].changed[0].arguments).toEqual([
      { name: "description", change: "changed" },
      { name: "domain_id", change: "removed", base: "default" },
      { name: "enabled", change: "added", current: true },
    ]);
  });

  it("lists stacks added and removed, sorted, with all their resources", () => {
    const diff = diffSyntheses(side([tenant("tenant-27140"), tenant()]), side([tenant(), tenant("tenant-27999")]));
    expect(diff.stacks.map((s) => [s.name, s.status, s.added.length, s.removed.length])).toEqual([
      ["tenant-27140", "removed", 0, 3],
      ["tenant-27999", "added", 3, 0],
    ]);
    expect(diff.summary.stacks).toEqual({ added: 1, changed: 0, removed: 1 });
    expect(diff.summary.resources).toEqual({ added: 3, changed: 0, removed: 3 });
  });

  it("compares the provider configuration and the backend of each stack", () => {
    const current = {
      ...tenant(),
      providers: {
        openstack: [
          { cloud: "daegu-rcc", region: "RegionTwo" },
          { alias: "dr", cloud: "busan-rcc" },
        ],
      },
      backend: { s3: { bucket: "rcc-state", key: "tenant-27110.tfstate" } },
    };
    const diff = diffSyntheses(side([tenant()]), side([current]));
    expect(diff.stacks[0].provider).toEqual([
      { name: "openstack.dr.cloud", change: "added", current: "busan-rcc" },
      { name: "openstack.region", change: "changed", base: "RegionOne", current: "RegionTwo" },
    ]);
    expect(diff.stacks[0].backend).toEqual([
      { name: "bucket", change: "added", current: "rcc-state" },
      { name: "key", change: "added", current: "tenant-27110.tfstate" },
      { name: "path", change: "removed", base: "../../../state/tenant-27110.tfstate" },
      { name: "type", change: "changed", base: "local", current: "s3" },
    ]);
    expect(diff.summary.resources).toEqual({ added: 0, changed: 0, removed: 0 });
    expect(diff.summary.stacks.changed).toBe(1);
  });

  it("lists findings that appear and disappear, keyed by rule, stack, address and message", () => {
    const kept = finding({ rule: "RCC-TAG-001", level: "warning", message: "no labels" });
    const gone = finding({ message: "ingress from 0.0.0.0/0 to RDP (3389)" });
    const added = finding();
    const diff = diffSyntheses(side([], [gone, kept]), side([], [kept, added]));
    expect(diff.findings).toEqual({ appeared: [added], disappeared: [gone], suppressionChanged: [] });
    expect(diff.summary.findings).toEqual({ appeared: 1, disappeared: 1, suppressionChanged: 0 });
    expect(diff.stacks).toEqual([]);
  });

  it("lists findings whose suppression changed, with both sides", () => {
    const open = finding();
    const suppressed = finding({ suppressed: SUPPRESSION });
    const diff = diffSyntheses(side([], [open]), side([], [suppressed]));
    expect(diff.findings).toEqual({
      appeared: [],
      disappeared: [],
      suppressionChanged: [{ base: open, current: suppressed }],
    });
  });

  it("gives the same diff whatever order the stacks, blocks and findings come in", () => {
    const a = finding();
    const b = finding({ stack: "tenant-27140", municipality: "27140" });
    const current = [tenant("tenant-27140", 90), tenant("tenant-27110", 90)];
    const reversed = current.map((s) => ({ ...s, blocks: [...s.blocks].reverse() })).reverse();
    const base = side([tenant("tenant-27110"), tenant("tenant-27140")]);
    expect(diffSyntheses(base, side(reversed, [b, a]))).toEqual(diffSyntheses(base, side(current, [a, b])));
    expect(diffSyntheses(base, side(current, [b, a])).findings.appeared).toEqual([a, b]);
  });
});

describe("diffMarkdown", () => {
  it("gives a heading, the summary line, a section per changed stack, then the findings", () => {
    const current = stack("tenant-27110", [
      block(QUOTA, { cores: 100, instances: 20 }),
      block(PROJECT, { name: "daegu-27110-jung-gu", tags: ["rcc", "pilot"] }),
    ]);
    const diff = diffSyntheses(
      side([tenant()], [finding({ rule: "RCC-NET-002", level: "warning", message: "no description" })]),
      side([current, tenant("tenant-27999")], [finding({ suppressed: SUPPRESSION })]),
    );
    expect(diffMarkdown(diff, { base: "HEAD (1a2b3c4)", current: "config" })).toBe(
      [
        "# rcc diff: HEAD (1a2b3c4) → config",
        "",
        "2 stacks changed (1 added): +3 ~2 -1 resources; findings: +1 -1",
        "",
        "## tenant-27110 (changed)",
        "",
        "Changed:",
        "",
        `- \`${QUOTA}\`: \`cores: 80 → 100\``,
        `- \`${PROJECT}\`: \`tags\` changed`,
        "",
        "Removed:",
        "",
        `- \`${NETWORK}\``,
        "",
        "## tenant-27999 (added)",
        "",
        "Added:",
        "",
        "- 1 × `data.openstack_networking_network_v2`",
        "- 1 × `openstack_compute_quotaset_v2`",
        "- 1 × `openstack_identity_project_v3`",
        "",
        "Provider:",
        "",
        '- `openstack.cloud: (unset) → "daegu-rcc"`',
        '- `openstack.region: (unset) → "RegionOne"`',
        "",
        "Backend:",
        "",
        '- `path: (unset) → "../../../state/tenant-27999.tfstate"`',
        '- `type: (unset) → "local"`',
        "",
        "## Findings",
        "",
        "### Appeared",
        "",
        "- error RCC-NET-001 tenant-27110 `openstack_networking_secgroup_rule_v2.homepage_ingress`: " +
          "ingress from 0.0.0.0/0 to SSH (22) " +
          "(suppressed by config/municipalities/27110-jung-gu.yaml (27110; approved by CISO: pilot))",
        "",
        "### Disappeared",
        "",
        "- warning RCC-NET-002 tenant-27110 `openstack_networking_secgroup_rule_v2.homepage_ingress`: no description",
        "",
      ].join("\n"),
    );
  });

  it("shows a suppression change from open to suppressed, and counts it in the summary", () => {
    const diff = diffSyntheses(side([], [finding()]), side([], [finding({ suppressed: SUPPRESSION })]));
    const text = diffMarkdown(diff);
    expect(text).toContain("0 stacks changed: +0 ~0 -0 resources; findings: +0 -0, 1 suppression(s) changed");
    expect(text).toContain(
      "### Suppression changed\n\n- RCC-NET-001 tenant-27110 `openstack_networking_secgroup_rule_v2.homepage_ingress`: " +
        "ingress from 0.0.0.0/0 to SSH (22): error, open → error, suppressed by " +
        "config/municipalities/27110-jung-gu.yaml (27110; approved by CISO: pilot)",
    );
  });
});

describe("the reachability paths of a diff", () => {
  const path = (from: string, to: string, packet: string): ReachPath => ({ from, to, packet });
  const withPaths = (paths: ReachPath[]): DiffSide => ({ ...side([]), paths });
  const base = [
    path("27110/internal zone", "27110/payroll", "tcp/443"),
    path("internet", "27110/homepage", "tcp/80"),
    path("internet", "27110/homepage", "tcp/443"),
  ];

  it("opens what only the current side delivers and closes what only the base did, above the stacks", () => {
    const current = [
      base[1],
      base[2],
      path("internet", "27110/homepage", "tcp/22"),
      path("27110/payroll", "27110/welfare-case", "tcp/8080"),
    ];
    const diff = diffSyntheses(withPaths(base), withPaths(current));
    expect(diff.reachability).toEqual({
      opened: [current[2], current[3]],
      closed: [base[0]],
      municipalities: { opened: [], closed: [] },
    });
    expect(diff.summary.paths).toEqual({ opened: 2, closed: 1 });
    expect(hasChanges(diff)).toBe(true);
    expect(diffMarkdown(diff)).toBe(
      [
        "# rcc diff",
        "",
        "0 stacks changed: +0 ~0 -0 resources; findings: +0 -0; paths: +2 -1",
        "",
        "## Reachability",
        "",
        "### Opened",
        "",
        "- internet → 27110/homepage: tcp/22",
        "- 27110/payroll → 27110/welfare-case: tcp/8080",
        "",
        "### Closed",
        "",
        "- 27110/internal zone → 27110/payroll: tcp/443",
        "",
      ].join("\n"),
    );
  });

  it("groups a pair's packets on one line, and a municipality whose every path came or went on one", () => {
    const added = [
      path("27999/civil-portal", "27999/linkage-relay", "tcp/8443"),
      path("internet", "27999/homepage", "tcp/443"),
    ];
    const current = [...base, path("internet", "27110/homepage", "tcp/22"), ...added];
    const diff = diffSyntheses(withPaths(base), withPaths(current));
    expect(diff.reachability.municipalities).toEqual({ opened: ["27999"], closed: [] });
    expect(diffMarkdown(diff)).toContain(
      "### Opened\n\n- 27999: 2 path(s) (new: its every path)\n- internet → 27110/homepage: tcp/22\n",
    );
    const removed = diffSyntheses(withPaths(current), withPaths([base[0]]));
    expect(diffMarkdown(removed)).toContain(
      "### Closed\n\n- 27999: 2 path(s) (gone: its every path)\n- internet → 27110/homepage: tcp/22, 80, 443\n",
    );
  });

  it("compares no paths unless both sides were traced", () => {
    const diff = diffSyntheses(side([]), withPaths(base));
    expect(diff.reachability).toEqual({ opened: [], closed: [], municipalities: { opened: [], closed: [] } });
    expect(hasChanges(diff)).toBe(false);
  });
});
