import * as fs from "node:fs";
import * as path from "node:path";
import { installOfflineProvider, providerFolder } from "../../plan/mirror";
import { runTerraform, terraformBinary } from "../../plan/terraform";
import { tempDir } from "../helpers/config";
import { PROVIDER_SCHEMA, REQUIRES_OPENSTACK } from "../helpers/provider";

// cdktf sets TF_PLUGIN_CACHE_DIR for every terraform it starts; parallel deploys sharing that
// cache lost their provider mid-run ("could not read package directory").
describe("terraform init with rcc's provider environment", () => {
  it("installs the provider from the mirror, never through a plugin cache the environment names", async () => {
    const offline = path.join(tempDir(), "offline");
    const provider = installOfflineProvider(offline, PROVIDER_SCHEMA);
    const cache = tempDir();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify({ terraform: REQUIRES_OPENSTACK }));

    const env = { ...process.env, TF_PLUGIN_CACHE_DIR: cache, ...provider.env };
    const init = await runTerraform(terraformBinary(process.env), ["init", "-input=false", "-no-color"], dir, env);

    expect(init.stderr).toBe("");
    expect(init.code).toBe(0);
    const installed = providerFolder(path.join(dir, ".terraform", "providers"));
    expect(fs.realpathSync(installed)).toBe(fs.realpathSync(providerFolder(path.join(offline, "mirror"))));
    expect(fs.readdirSync(cache)).toEqual([]);
    // ...and cdktf, which would name its own cache, is told not to.
    expect(provider.env.CDKTF_DISABLE_PLUGIN_CACHE_ENV).toBe("1");
  });
});
