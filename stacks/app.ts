import { App } from "cdktf";
import { Center, inWave } from "../model/center";
import { CoreStack } from "./core-stack";
import { StateLocation } from "./state-backend";
import { TenantStack } from "./tenant-stack";

export interface BuildOptions {
  /** Synth output directory (cdktf.out by default). */
  readonly outdir: string;
  /** Directory rcc runs from; local state is kept relative to it. */
  readonly projectDir: string;
  /** Only municipalities whose migration wave is at most this; all when undefined. */
  readonly wave?: number;
}

/** The cdktf app for a validated center: stack `core` and one `tenant-<code>` stack per municipality. */
export function buildApp(center: Center, options: BuildOptions): App {
  const app = new App({ outdir: options.outdir });
  const state: StateLocation = { projectDir: options.projectDir, outdir: options.outdir };
  new CoreStack(app, { region: center.region, state });
  for (const municipality of inWave(center, options.wave).municipalities) {
    new TenantStack(app, { region: center.region, state, municipality });
  }
  return app;
}
