import { checkSeparation, readSynthOutput } from "../../../policy/separation";
import { synth } from "../../helpers/synth";

describe("the sample center", () => {
  it("passes the separation proof, with every rule having something to look at", () => {
    const out = synth();
    const stacks = readSynthOutput(out.outdir);
    expect(stacks.map((s) => s.file.slice(out.outdir.length + 1))).toEqual(
      out.stacks.map((s) => `stacks/${s}/cdk.tf.json`),
    );
    expect(checkSeparation(stacks)).toEqual([]);
    const types = new Set(stacks.flatMap((s) => s.blocks.map((b) => b.type)));
    for (const type of [
      "openstack_networking_router_interface_v2",
      "openstack_networking_secgroup_rule_v2",
      "openstack_networking_port_v2",
      "openstack_networking_subnet_route_v2",
      // SEP-003's: the floating IP of 27170's homepage, on its external load balancer's VIP.
      "openstack_networking_floatingip_v2",
    ]) {
      expect(types).toContain(type);
    }
  });
});
