import { SAMPLE_CONFIG } from "../../helpers/config";
import { runAudit, readAuditStacks } from "../../../policy/audit";
import { loadCenter } from "../../../model/load";
import { synth, TerraformJson } from "../../helpers/synth";
import * as fs from "node:fs";
import * as path from "node:path";

/** The isolation rules (RCC-RCH-002 … 007) on the sample and on hand-broken copies of its stacks. */
describe("nothing gets through but what the config declares", () => {
  jest.setTimeout(60_000);

  function audit(outdir: string, configDir = SAMPLE_CONFIG) {
    const center = loadCenter(configDir).center!;
    const stacks = readAuditStacks(outdir, fs.readdirSync(path.join(outdir, "stacks")));
    return runAudit({ center, stacks }).filter((f) => f.rule.startsWith("RCC-RCH-"));
  }

  function breakStack(
    outdir: string,
    stack: string,
    change: (json: TerraformJson & { data: NonNullable<TerraformJson["data"]> }) => void,
  ) {
    const file = path.join(outdir, "stacks", stack, "cdk.tf.json");
    const json = JSON.parse(fs.readFileSync(file, "utf8"));
    change(json);
    fs.writeFileSync(file, JSON.stringify(json));
  }

  it("finds no opening in the sample at the center; at the partner, which has no zone firewalls, one warning says so", () => {
    const findings = audit(synth().outdir);
    expect(findings.filter((f) => f.level === "error")).toEqual([]);
    expect(findings).toEqual([
      expect.objectContaining({
        rule: "RCC-RCH-006",
        level: "warning",
        address: "site busan-rcc",
        message: "at busan-rcc, no zone firewall stands between the tenants' zones: only security groups separate them",
      }),
    ]);
  });

  it("finds a standby tenant's group opened to another municipality's internal zone (RCH-004), naming the rule that opens it", () => {
    const out = synth().outdir;
    breakStack(out, "dr-27170", (json) => {
      const rules = json.resource.openstack_networking_secgroup_rule_v2;
      const name = Object.keys(rules).find((n) => n.startsWith("security-groups_payroll_ingress-tcp-443"))!;
      rules[`${name}-wide`] = { ...rules[name], remote_ip_prefix: "10.27.0.0/16" };
    });
    expect(audit(out).filter((f) => f.rule === "RCC-RCH-004")).toContainEqual(
      expect.objectContaining({
        level: "error",
        stack: "dr-27170",
        address: expect.stringMatching(/-wide$/),
        message: expect.stringMatching(
          /^a host of 27[0-9]{3}'s internal zone reaches 27170\/payroll on tcp\/443, which nothing in the config declares/,
        ),
      }),
    );
  });

  it("finds the internet reaching an internal system once its router is gatewayed to the internet without NAT (RCH-002)", () => {
    const out = synth().outdir;
    breakStack(out, "dr-27170", (json) => {
      const router = json.resource.openstack_networking_router_v2;
      const internal = Object.keys(router).find((n) => n.startsWith("internal-network_router"))!;
      const internet = Object.keys(json.data.openstack_networking_network_v2).find((n) =>
        n.startsWith("provider-networks_external"),
      )!;
      router[internal] = {
        ...router[internal],
        external_network_id: `\${data.openstack_networking_network_v2.${internet}.id}`,
        enable_snat: "false",
      };
      const rules = json.resource.openstack_networking_secgroup_rule_v2;
      const name = Object.keys(rules).find((n) => n.startsWith("security-groups_payroll_ingress-tcp-443"))!;
      rules[`${name}-open`] = { ...rules[name], remote_ip_prefix: "0.0.0.0/0" };
    });
    expect(audit(out).filter((f) => f.rule === "RCC-RCH-002")).toContainEqual(
      expect.objectContaining({
        stack: "dr-27170",
        message: expect.stringMatching(/^the internet reaches 27170\/payroll on tcp\/443/),
      }),
    );
  });

  it("finds a host of the linkage zone that is not a relay kept out of the internal zone by the linkage firewall, and reports it once the firewall is gone", () => {
    const out = synth().outdir;
    expect(audit(out).filter((f) => f.rule === "RCC-RCH-003")).toEqual([]);
    breakStack(out, "tenant-27140", (json) => {
      delete json.resource.openstack_fw_group_v2[
        Object.keys(json.resource.openstack_fw_group_v2).find((n) => n.startsWith("linkage_firewall"))!
      ];
    });
    expect(audit(out).filter((f) => f.rule === "RCC-RCH-003")).toContainEqual(
      expect.objectContaining({
        message: expect.stringMatching(
          /^a host of 27140's linkage zone reaches a host of 27140's internal zone on tcp\/22/,
        ),
      }),
    );
  });

  it("warns of what the model cannot follow (RCH-007), never counting it as closed", () => {
    const out = synth().outdir;
    breakStack(out, "tenant-27140", (json) => {
      json.resource.openstack_networking_portforwarding_v2 = { pf: { floatingip_id: "x", internal_port_id: "y" } };
    });
    expect(audit(out)).toContainEqual(
      expect.objectContaining({
        rule: "RCC-RCH-007",
        level: "warning",
        address: "openstack_networking_portforwarding_v2.pf",
        message: "not proven: port forwarding from a floating IP is not followed by the model",
      }),
    );
  });

  it("reports a declared flow the stacks drop (RCH-001) as an error naming the file, line and hop", () => {
    const out = synth().outdir;
    breakStack(out, "tenant-27140", (json) => {
      const rules = json.resource.openstack_networking_secgroup_rule_v2;
      for (const name of Object.keys(rules))
        if (name.startsWith("security-groups_water-telemetry_ingress-tcp-8883")) delete rules[name];
    });
    expect(audit(out).filter((f) => f.rule === "RCC-RCH-001")).toEqual([
      expect.objectContaining({
        level: "error",
        stack: "tenant-27140",
        address: expect.stringMatching(/^openstack_networking_secgroup_v2\.security-groups_water-telemetry_group_/),
        message: expect.stringMatching(
          /^27140 water-telemetry ingress from 172\.27\.0\.0\/16 tcp\/8883, declared at .*27140-dong-gu\.yaml:92 systems\[4\]\.ingress\[0\], is not delivered: no ingress rule of 27140-water-telemetry allows it$/,
        ),
      }),
    ]);
  });
});
