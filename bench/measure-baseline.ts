/**
 * The plain-cdktf baseline, run in a fresh process by bench/scale.ts: the same stacks with the
 * same number of resources of each type as rcc wrote, created in a loop with no rcc logic (no
 * config, validation, labels or audit), then synthesized. Prints one JSON line.
 */
import * as fs from "node:fs";
import { App, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import * as openstack from "../.gen/providers/openstack";
import { OpenstackProvider } from "../.gen/providers/openstack/provider";

type Binding = new (scope: Construct, id: string, config: object) => Construct;
const bindings = openstack as unknown as Record<string, Record<string, Binding>>;

/** `openstack_networking_port_v2` → the binding class `networkingPortV2.NetworkingPortV2`. */
function bindingOf(type: string): Binding {
  const pascal = type.replace(/^openstack_/, "").replace(/(^|_)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
  return bindings[pascal[0].toLowerCase() + pascal.slice(1)][pascal];
}

const [countsFile, outdir] = process.argv.slice(2);
const counts = JSON.parse(fs.readFileSync(countsFile, "utf8")) as Record<string, Record<string, number>>;
const start = performance.now();
const app = new App({ outdir });
for (const [stackName, types] of Object.entries(counts)) {
  const stack = new TerraformStack(app, stackName);
  new OpenstackProvider(stack, "openstack", { cloud: "bench", region: "RegionOne" });
  for (const [type, count] of Object.entries(types)) {
    const Binding = bindingOf(type);
    for (let i = 0; i < count; i++) new Binding(stack, `${type}-${i}`, { name: `${stackName}-${type}-${i}` });
  }
}
app.synth();
console.log(
  JSON.stringify({
    synthMs: Math.round(performance.now() - start),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
