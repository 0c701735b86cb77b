import * as fs from "node:fs";
import * as path from "node:path";
import { SAMPLE_CONFIG } from "../helpers/config";
import { rcc } from "../helpers/rcc";
import { synth } from "../helpers/synth";

describe("rcc reach", () => {
  jest.setTimeout(60_000);

  it("shows a linkage leg delivered hop by hop, each hop with its stack and Terraform address", async () => {
    const result = await rcc(["reach", "27140/civil-portal", "27140/linkage-relay", "--port", "8443"]);
    expect(result.code).toBe(0);
    const lines = result.out.split("\n");
    expect(lines[0]).toBe("delivered: 27140/civil-portal → 27140/linkage-relay tcp/8443");
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^ {2}3\. firewall rule allows it \(entering the router\) {2}\[tenant-27140 openstack_fw_rule_v2\.external-network_firewall_from-zone-allow-10-127-1-0-24-to-any_/,
      ),
    );
    expect(lines[lines.length - 1]).toMatch(
      /^ {2}6\. delivered to 27140\/linkage-relay {2}\[tenant-27140 openstack_networking_port_v2\.linkage_relay-a_/,
    );
  });

  it("exits 1 and names the hop that drops an undeclared crossing, as JSON when asked", async () => {
    const result = await rcc(["reach", "27140/civil-portal", "27140/resident-registry", "--port", "5432", "--json"]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out);
    expect(report).toMatchObject({
      from: "27140/civil-portal",
      delivered: false,
      packet: { protocol: "tcp", port: 5432 },
    });
    expect(report.hops).toEqual([
      expect.objectContaining({ stack: "tenant-27140", text: "no egress rule of 27140-civil-portal allows it" }),
    ]);
  });

  it.each([
    [
      ["reach", "27140/nope", "internet", "--port", "1"],
      '27140/nope: 27140 has no system "nope"; it has homepage, civil-portal',
    ],
    [["reach", "99999/x", "internet", "--port", "1"], "99999/x: no municipality 99999 in this config"],
    [["reach", "internet", "27140/payroll"], "--port: tcp needs a destination port, e.g. --port 443"],
    [["reach", "internet", "27140/payroll", "--protocol", "icmp", "--port", "1"], "--port: icmp has no ports"],
    [["reach", "internet"], "give FROM and TO"],
  ])("refuses %j, saying what is allowed", async (args, message) => {
    const result = await rcc(args);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
  });
});

describe("rcc check-separation --config", () => {
  jest.setTimeout(60_000);

  it("exits 0 when every declared flow of the config is delivered by the stacks and separation holds", async () => {
    const out = synth().outdir;
    const result = await rcc(["check-separation", out, "--config", SAMPLE_CONFIG]);
    expect(result).toEqual({
      code: 0,
      out: expect.stringMatching(
        /^intent holds: (\d+) of \1 declared flow\(s\) delivered\nseparation holds: 21 file\(s\)/,
      ),
      err: "",
    });
  });

  it("exits 1 naming each broken flow's file, line and dropping hop", async () => {
    const out = synth().outdir;
    const file = path.join(out, "stacks", "tenant-27140", "cdk.tf.json");
    const json = JSON.parse(fs.readFileSync(file, "utf8"));
    const rules = json.resource.openstack_networking_secgroup_rule_v2;
    for (const name of Object.keys(rules))
      if (name.startsWith("security-groups_water-telemetry_ingress-tcp-8883")) delete rules[name];
    fs.writeFileSync(file, JSON.stringify(json));
    const result = await rcc(["check-separation", out, "--config", SAMPLE_CONFIG, "--json"]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out);
    expect(report.holds).toBe(false);
    expect(report.intent.broken).toEqual([
      expect.objectContaining({
        name: "27140 water-telemetry ingress from 172.27.0.0/16 tcp/8883",
        declaredAt: expect.stringMatching(/27140-dong-gu\.yaml:92 systems\[4\]\.ingress\[0\]$/),
        blocked: expect.stringMatching(
          /^no ingress rule of 27140-water-telemetry allows it \(openstack_networking_secgroup_v2\./,
        ),
      }),
    ]);
  });
});
