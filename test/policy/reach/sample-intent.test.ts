import * as fs from "node:fs";
import * as path from "node:path";
import { readAuditStacks } from "../../../policy/audit";
import { centerModel, checkIntent, FlowResult, Stack } from "../../../policy/reach";
import { declaredAt } from "../../../policy/reach/declared-at";
import { parseStack } from "../../../policy/separation/terraform";
import { loadCenter } from "../../../model/load";
import { Center } from "../../../model/center";
import { SAMPLE_CONFIG } from "../../helpers/config";
import { synth, TerraformJson } from "../../helpers/synth";

/** The sample's declared intent traced through its own synthesis, and through hand-broken copies of it. */
describe("the sample's declared flows, traced through its synthesized stacks", () => {
  let outdir: string;
  let center: Center;
  let results: FlowResult[];

  beforeAll(() => {
    outdir = synth().outdir;
    center = loadCenter(SAMPLE_CONFIG).center!;
    results = checkIntent(center, centerModel(center.region, stacksOf()));
  }, 60_000);

  function stacksOf(edit?: { stack: string; change: (json: TerraformJson) => void }): Stack[] {
    const names = fs.readdirSync(path.join(outdir, "stacks")).sort();
    const stacks = readAuditStacks(outdir, names);
    if (!edit) return stacks;
    return stacks.map((stack) => {
      if (!stack.file.includes(`/${edit.stack}/`)) return stack;
      const json = JSON.parse(fs.readFileSync(stack.file, "utf8")) as TerraformJson;
      edit.change(json);
      return parseStack(stack.file, json);
    });
  }

  const named = (list: FlowResult[], text: string) => list.filter((r) => r.flow.name.includes(text));
  const broken = (list: FlowResult[]) => list.filter((r) => !r.verdict?.delivered);

  it("delivers every flow the sample declares, each end found in the stacks", () => {
    expect(results.length).toBeGreaterThan(350);
    expect(broken(results).map((r) => r.flow.name)).toEqual([]);
  });

  it.each([
    [
      "the internal zone firewall to the water-meter terminals",
      "27140 water-telemetry ingress from 172.27.0.0/16 tcp/8883",
    ],
    [
      "the standby tenants to their resolvers at the partner",
      "to resolver 10.26.128.53 (27170-internal-subnet, at busan-rcc)",
    ],
    [
      "external systems to the resolvers of the external zone",
      "27110/homepage to resolver 168.126.63.1 (27110-external-subnet)",
    ],
    ["the internet to the built homepage's load balancer", "27170 homepage ingress from internet tcp/443"],
    ["linkage flows through the relays", "27140 linkage portal-registry-check, leg 2: relay a to resident-registry"],
    ["shared services in their direction", "shared service backup from 27170/payroll tcp/443"],
    ["the load balancer to its members", "27170 homepage load balancer to"],
  ])("traces %s", (_what, name) => {
    const found = named(results, name);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.verdict?.delivered)).toBe(true);
  });

  it("names the file, line, flow and firewall rule when the zone firewall stops carrying a declared range", () => {
    const stacks = stacksOf({
      stack: "tenant-27140",
      change: (json) => {
        const rules = json.resource.openstack_fw_rule_v2;
        for (const name of Object.keys(rules)) if (name.includes("172-27-0-0-16")) delete rules[name];
        for (const policy of Object.values(json.resource.openstack_fw_policy_v2)) {
          policy.rules = (policy.rules as string[]).filter((ref) => !ref.includes("172-27-0-0-16"));
        }
      },
    });
    const water = named(
      checkIntent(center, centerModel(center.region, stacks)),
      "27140 water-telemetry ingress from 172.27.0.0/16 tcp/8883",
    )[0];
    expect(water.verdict?.blocked?.address).toMatch(
      /^openstack_fw_rule_v2\.internal-network_firewall_to-zone-deny-any-to-any_/,
    );
    expect(water.verdict?.blocked?.text).toMatch(
      /^firewall rule denies it \(leaving the router, policy openstack_fw_policy_v2\.internal-network_firewall_to-zone_/,
    );
    const file = path.relative(process.cwd(), path.join(SAMPLE_CONFIG, "municipalities/27140-dong-gu.yaml"));
    expect(declaredAt(center, water.flow)).toBe(`${file}:92 systems[4].ingress[0]`);
  });

  it("names the group when a relay's rule is removed, and only the linkage legs through it break", () => {
    const stacks = stacksOf({
      stack: "tenant-27140",
      change: (json) => {
        const rules = json.resource.openstack_networking_secgroup_rule_v2;
        for (const name of Object.keys(rules)) if (name.includes("linkage-relay_egress-tcp-8443")) delete rules[name];
      },
    });
    const after = broken(checkIntent(center, centerModel(center.region, stacks)));
    expect(after.map((r) => r.flow.name)).toEqual([
      "27140 linkage portal-registry-check, leg 2: relay a to resident-registry tcp/8443",
      "27140 linkage portal-registry-check, leg 2: relay b to resident-registry tcp/8443",
    ]);
    expect(after[0].verdict?.blocked?.text).toBe("no egress rule of 27140-linkage-relay allows it");
  });

  it("reports a flow whose end the stacks lack as not traceable, never as delivered", () => {
    const stacks = stacksOf().filter((s) => !s.file.includes("/core/"));
    const shared = named(
      checkIntent(center, centerModel(center.region, stacks)),
      "shared service bastion to 27140/payroll",
    );
    expect(shared[0]).toMatchObject({ unresolved: "no security group daegu-bastion in the core stack" });
  });
});
