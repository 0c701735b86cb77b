import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import {
  CORE_STACK,
  drStackName,
  drSystemsStackName,
  systemsStackName,
  tenantStackName,
} from "../contract/stack-names";
import { builtSystems, Center, inWave, preProvisionedAtPartner, systemsUnderDr } from "../model/center";
import { retention } from "../model/lifecycle";
import { CoreStack } from "./core-stack";
import { DrStack } from "./dr-stack";
import { DrSystemsStack } from "./dr-systems-stack";
import { RccStackProps } from "./rcc-stack";
import { StateLocation } from "./state-backend";
import { SystemsStack } from "./systems-stack";
import { TenantStack } from "./tenant-stack";
import { mergeSyntheses, synthesizeApp } from "./engine/synthesize-app";

export interface BuildOptions {
  /** Synth output directory (cdktf.out by default): where the stacks' folders and local state paths are relative to. */
  readonly outdir: string;
  /** Directory rcc runs from; local state is kept relative to it. */
  readonly projectDir: string;
  /** Only municipalities whose migration wave is at most this; all when undefined. */
  readonly wave?: number;
  /** Only these stacks (selective synthesis); all when undefined. Names must come from `stackPlan`. */
  readonly only?: ReadonlySet<string>;
}

export interface SynthesisOptions extends BuildOptions {
  /** Where this synthesis writes, when not `outdir` (a worker's part of a parallel synthesis). */
  readonly into?: string;
  /** Adds constructs after rcc's own (site-specific extensions): `app` is the root every stack is a child of. */
  readonly extend?: (app: Construct) => void;
}

/** One stack the center needs: its name, how to build it, and the stack deployed before it. */
export interface PlannedStack {
  readonly name: string;
  readonly after?: string;
  build(scope: Construct, props: RccStackProps): TerraformStack;
}

/**
 * Every stack of a validated center, in order: `core`, one `tenant-<code>` per municipality, a
 * `systems-<code>` for those with systems the center builds, and at the DR partner a `dr-<code>`
 * for those with systems under DR, plus `dr-systems-<code>` for those with hot or warm built
 * systems. Each is built from the region and its own municipality only, so any subset of them
 * synthesizes exactly as it does in the whole app.
 */
export function stackPlan(center: Center, wave?: number): PlannedStack[] {
  const { region } = center;
  const plan: PlannedStack[] = [{ name: CORE_STACK, build: (scope, props) => new CoreStack(scope, props) }];
  for (const municipality of inWave(center, wave).municipalities) {
    const tenant = tenantStackName(municipality.code);
    const retain = retention(municipality);
    plan.push({ name: tenant, build: (scope, props) => new TenantStack(scope, { ...props, retain, municipality }) });
    if (builtSystems(municipality).length > 0) {
      plan.push({
        name: systemsStackName(municipality.code),
        after: tenant,
        build: (scope, props) => new SystemsStack(scope, { ...props, retain, municipality }),
      });
    }
    if (region.drPartner?.standby && systemsUnderDr(municipality).length > 0) {
      const dr = drStackName(municipality.code);
      plan.push({ name: dr, build: (scope, props) => new DrStack(scope, { ...props, retain, municipality }) });
      if (preProvisionedAtPartner(municipality).length > 0) {
        plan.push({
          name: drSystemsStackName(municipality.code),
          after: dr,
          build: (scope, props) => new DrSystemsStack(scope, { ...props, retain, municipality }),
        });
      }
    }
  }
  return plan;
}

/** Every planned stack, or the selected ones, as children of `app`. */
export function addStacks(app: Construct, center: Center, options: BuildOptions): void {
  const props = {
    region: center.region,
    state: { projectDir: options.projectDir, outdir: options.outdir } as StateLocation,
  };
  const built = new Map<string, TerraformStack>();
  for (const planned of stackPlan(center, options.wave)) {
    if (options.only && !options.only.has(planned.name)) continue;
    const stack = planned.build(app, props);
    built.set(planned.name, stack);
    const before = planned.after === undefined ? undefined : built.get(planned.after);
    if (before) stack.addDependency(before);
  }
}

/**
 * Synthesizes the planned stacks (or the selected ones) into `<outdir>/stacks/<stack>/cdk.tf.json`;
 * returns their names, sorted. How the engine does it stays in stacks/engine.
 */
export function synthesizeStacks(center: Center, options: SynthesisOptions): string[] {
  return synthesizeApp(options.into ?? options.outdir, (app) => {
    addStacks(app, center, options);
    options.extend?.(app);
  });
}

/** Moves partial syntheses (`synthesizeStacks` with `into`) into `outdir`, as one synthesis writes them. */
export const mergeSynthesisParts = mergeSyntheses;
