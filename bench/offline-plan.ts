// Times terraform init/validate/plan through the offline provider on one generated stack of N
// resources (default 2000 networks and subnets), to compare with other plugin implementations.
// Usage: npx tsx bench/offline-plan.ts [N]   (needs terraform and the provider schema file)
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { MANAGED_BY } from "../contract/labels";
import { stackDir as stackDirOf, STACK_FILE } from "../contract/outputs";
import { installOfflineProvider } from "../plan/mirror";
import { planStack } from "../plan/offline-plan";
import { terraformBinary } from "../plan/terraform";

const SCHEMA =
  process.env.RCC_PROVIDER_SCHEMA ?? path.resolve(__dirname, "../../shared/provider-schemas/openstack-3.4.0.json");

async function main(count: number): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "rcc-bench-"));
  try {
    const stackDir = stackDirOf(root, "bench");
    fs.mkdirSync(stackDir, { recursive: true });
    const networks: Record<string, object> = {};
    const subnets: Record<string, object> = {};
    for (let i = 0; i < count / 2; i++) {
      networks[`n${i}`] = { name: `bench-${i}`, tags: [`${MANAGED_BY.key}=${MANAGED_BY.value}`] };
      subnets[`s${i}`] = {
        network_id: `\${openstack_networking_network_v2.n${i}.id}`,
        cidr: `10.${i >> 8}.${i & 255}.0/24`,
      };
    }
    const stack = {
      terraform: {
        required_providers: { openstack: { source: "terraform-provider-openstack/openstack", version: "3.4.0" } },
      },
      resource: { openstack_networking_network_v2: networks, openstack_networking_subnet_v2: subnets },
    };
    fs.writeFileSync(path.join(stackDir, STACK_FILE), JSON.stringify(stack));
    const provider = installOfflineProvider(path.join(root, "offline-provider"), SCHEMA);
    const result = await planStack(stackDir, provider, terraformBinary(process.env));
    if (result.failure) throw new Error(`${result.failure.step}: ${result.failure.output}`);
    const s = result.seconds;
    console.log(
      `${result.toAdd} resources: init ${s.init.toFixed(1)} s, validate ${s.validate.toFixed(1)} s, ` +
        `plan ${s.plan.toFixed(1)} s, show ${s.show.toFixed(1)} s`,
    );
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main(Number(process.argv[2] ?? 2000)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
