/**
 * The engine's side of a synthesis: an app, built by the caller, written to a folder; and the
 * merge of syntheses made in parts (by worker threads) into one output, as one synthesis writes it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { App, Manifest } from "cdktf";
import { Construct } from "constructs";
import { STACKS_DIR } from "../../contract/outputs";
import { withoutCreationStacks } from "./creation-stacks";

const MANIFEST = "manifest.json";

/** Builds an app with `build` and synthesizes it into `outdir`; returns its stacks' names, sorted. */
export function synthesizeApp(outdir: string, build: (app: Construct) => void): string[] {
  return withoutCreationStacks(() => {
    const app = new App({ outdir });
    build(app);
    app.synth();
    return app.node.children.map((c) => c.node.id).sort();
  });
}

/** Moves the stacks of each part (a synthesis into its own folder) into `outdir`, merging the manifests; removes the parts. */
export function mergeSyntheses(outdir: string, parts: readonly string[]): void {
  const stacksDir = path.join(outdir, STACKS_DIR);
  fs.mkdirSync(stacksDir, { recursive: true });
  let manifest: Manifest | undefined;
  for (const part of parts) {
    const partManifest = JSON.parse(fs.readFileSync(path.join(part, MANIFEST), "utf8"));
    manifest ??= new Manifest(partManifest.version, outdir, false);
    Object.assign(manifest.stacks, partManifest.stacks);
    for (const stack of fs.readdirSync(path.join(part, STACKS_DIR))) {
      fs.rmSync(path.join(stacksDir, stack), { recursive: true, force: true });
      fs.renameSync(path.join(part, STACKS_DIR, stack), path.join(stacksDir, stack));
    }
    fs.rmSync(part, { recursive: true, force: true });
  }
  // cdktf's own writer, so the merged manifest is formatted exactly as a one-thread synthesis writes it.
  manifest?.writeToFile();
}
