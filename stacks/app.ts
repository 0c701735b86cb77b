import { App } from "cdktf";
import { builtSystems, Center, inWave, preProvisionedAtPartner, systemsUnderDr } from "../model/center";
import { CoreStack } from "./core-stack";
import { StateLocation } from "./state-backend";
import { DrStack } from "./dr-stack";
import { DrSystemsStack } from "./dr-systems-stack";
import { SystemsStack } from "./systems-stack";
import { TenantStack } from "./tenant-stack";

export interface BuildOptions {
  /** Synth output directory (cdktf.out by default). */
  readonly outdir: string;
  /** Directory rcc runs from; local state is kept relative to it. */
  readonly projectDir: string;
  /** Only municipalities whose migration wave is at most this; all when undefined. */
  readonly wave?: number;
}

/**
 * The cdktf app for a validated center: stack `core`, one `tenant-<code>` stack per municipality,
 * a `systems-<code>` stack for those with systems the center builds, and at the DR partner a
 * `dr-<code>` stack for those with systems under DR, plus `dr-systems-<code>` for those with hot or
 * warm built systems.
 */
export function buildApp(center: Center, options: BuildOptions): App {
  const app = new App({ outdir: options.outdir });
  const state: StateLocation = { projectDir: options.projectDir, outdir: options.outdir };
  new CoreStack(app, { region: center.region, state });
  for (const municipality of inWave(center, options.wave).municipalities) {
    const tenant = new TenantStack(app, { region: center.region, state, municipality });
    if (builtSystems(municipality).length > 0) {
      new SystemsStack(app, { region: center.region, state, municipality }).addDependency(tenant);
    }
    if (center.region.drPartner?.standby && systemsUnderDr(municipality).length > 0) {
      const dr = new DrStack(app, { region: center.region, state, municipality });
      if (preProvisionedAtPartner(municipality).length > 0) {
        new DrSystemsStack(app, { region: center.region, state, municipality }).addDependency(dr);
      }
    }
  }
  return app;
}
