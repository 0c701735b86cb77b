import * as fs from "node:fs";
import * as path from "node:path";
import { buildSync } from "esbuild";

export const PROVIDER_SOURCE = "registry.terraform.io/terraform-provider-openstack/openstack";
export const PROVIDER_VERSION = "3.4.0";

export interface OfflineProvider {
  /** Terraform CLI config that installs the provider from the local mirror only. */
  readonly cliConfigFile: string;
  /** Environment for terraform commands using the offline provider. */
  readonly env: NodeJS.ProcessEnv;
}

function platform(): string {
  const arch = { x64: "amd64", arm64: "arm64", ia32: "386" }[process.arch as string] ?? process.arch;
  return `${process.platform}_${arch}`;
}

/**
 * Lays out a filesystem mirror holding rcc's offline provider as
 * registry.terraform.io/terraform-provider-openstack/openstack/3.4.0/<os_arch>/, and a CLI
 * config pointing at it, so a plain `terraform init` installs it without a registry.
 */
export function installOfflineProvider(dir: string, schemaFile: string): OfflineProvider & { readonly plugin: string } {
  const mirror = path.resolve(dir, "mirror");
  const target = path.join(mirror, PROVIDER_SOURCE, PROVIDER_VERSION, platform());
  fs.mkdirSync(target, { recursive: true });
  const plugin = bundlePlugin(path.resolve(dir, "plugin"));
  const executable = path.join(target, `terraform-provider-openstack_v${PROVIDER_VERSION}`);
  const launcher = [
    "#!/bin/sh",
    "# rcc's offline OpenStack provider: serves the provider schema for validate and plan only.",
    `export RCC_PROVIDER_SCHEMA=${shellQuote(path.resolve(schemaFile))}`,
    `exec ${shellQuote(process.execPath)} ${shellQuote(plugin)}`,
    "",
  ].join("\n");
  fs.writeFileSync(executable, launcher, { mode: 0o755 });

  const cliConfigFile = path.resolve(dir, "terraformrc");
  fs.writeFileSync(
    cliConfigFile,
    [
      "provider_installation {",
      "  filesystem_mirror {",
      `    path    = ${JSON.stringify(mirror)}`,
      `    include = [${JSON.stringify(PROVIDER_SOURCE)}]`,
      "  }",
      "  direct {",
      `    exclude = [${JSON.stringify(PROVIDER_SOURCE)}]`,
      "  }",
      "}",
      "",
    ].join("\n"),
  );
  return {
    plugin,
    cliConfigFile,
    env: {
      TF_CLI_CONFIG_FILE: cliConfigFile,
      TF_IN_AUTOMATION: "1",
      CHECKPOINT_DISABLE: "1",
    },
  };
}

/**
 * The plugin as one JavaScript file with its .proto files beside it. Terraform starts a plugin
 * process several times per command; a bundle starts in about half the time of compiling the
 * TypeScript on the fly.
 */
function bundlePlugin(dir: string): string {
  const pluginSource = path.resolve(__dirname, "../plugin");
  const outfile = path.join(dir, "main.js");
  buildSync({
    entryPoints: [path.join(pluginSource, "main.ts")],
    bundle: true,
    platform: "node",
    outfile,
    logLevel: "error",
  });
  fs.cpSync(path.join(pluginSource, "proto"), path.join(dir, "proto"), { recursive: true });
  return outfile;
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
