import * as fs from "node:fs";
import * as path from "node:path";
import { buildSync } from "esbuild";

export const PROVIDER_SOURCE = "registry.terraform.io/terraform-provider-openstack/openstack";
/** OpenTofu resolves the same short source on its own registry's hostname. */
const OPENTOFU_SOURCE = "registry.opentofu.org/terraform-provider-openstack/openstack";
export const PROVIDER_VERSION = "3.4.0";
export const PROVIDER_EXECUTABLE = `terraform-provider-openstack_v${PROVIDER_VERSION}`;

/** The mirror's folder for the provider on this machine, under a mirror root. */
export const providerFolder = (mirror: string, source = PROVIDER_SOURCE) =>
  path.join(mirror, source, PROVIDER_VERSION, platform());

export interface ProviderMirror {
  /** Terraform CLI config that installs the provider from the local mirror only. */
  readonly cliConfigFile: string;
  /** Environment for terraform commands using the offline provider. */
  readonly env: NodeJS.ProcessEnv;
}

/** Terraform's name for this machine's platform, the mirror's last folder: linux_amd64. */
export function platform(): string {
  const arch = { x64: "amd64", arm64: "arm64", ia32: "386" }[process.arch as string] ?? process.arch;
  return `${process.platform}_${arch}`;
}

/**
 * Lays out a filesystem mirror holding rcc's offline provider as
 * registry.terraform.io/terraform-provider-openstack/openstack/3.4.0/<os_arch>/, and a CLI
 * config pointing at it, so a plain `terraform init` installs it without a registry.
 */
export function installOfflineProvider(dir: string, schemaFile: string): ProviderMirror & { readonly plugin: string } {
  const mirror = path.resolve(dir, "mirror");
  const target = providerFolder(mirror);
  fs.mkdirSync(target, { recursive: true });
  const plugin = bundlePlugin(path.resolve(dir, "plugin"));
  const executable = path.join(target, PROVIDER_EXECUTABLE);
  const launcher = [
    "#!/bin/sh",
    "# rcc's offline OpenStack provider: serves the provider schema for validate and plan only.",
    `export RCC_PROVIDER_SCHEMA=${shellQuote(path.resolve(schemaFile))}`,
    `exec ${shellQuote(process.execPath)} ${shellQuote(plugin)}`,
    "",
  ].join("\n");
  fs.rmSync(executable, { force: true });
  fs.writeFileSync(executable, launcher, { mode: 0o755 });

  return { plugin, ...mirrorCliConfig(dir, mirror) };
}

/**
 * A CLI config, `<dir>/terraformrc`, that installs the OpenStack provider from the filesystem
 * mirror only, and the environment that makes Terraform use it.
 */
export function mirrorCliConfig(dir: string, mirror: string): ProviderMirror {
  const sources = JSON.stringify([PROVIDER_SOURCE, OPENTOFU_SOURCE]).replace(/,/g, ", ");
  linkOpenTofuSource(mirror);
  const cliConfigFile = path.resolve(dir, "terraformrc");
  fs.writeFileSync(
    cliConfigFile,
    [
      "provider_installation {",
      "  filesystem_mirror {",
      `    path    = ${JSON.stringify(path.resolve(mirror))}`,
      `    include = ${sources}`,
      "  }",
      "  direct {",
      `    exclude = ${sources}`,
      "  }",
      "}",
      "",
    ].join("\n"),
  );
  return {
    cliConfigFile,
    env: {
      TF_CLI_CONFIG_FILE: cliConfigFile,
      TF_IN_AUTOMATION: "1",
      CHECKPOINT_DISABLE: "1",
      // The mirror is on disk, so a plugin cache only adds a copy, and Terraform's cache is not
      // safe for the concurrent inits rcc and the e2e run: cdktf names one unless told not to.
      TF_PLUGIN_CACHE_DIR: "",
      CDKTF_DISABLE_PLUGIN_CACHE_ENV: "1",
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

/**
 * The mirror serves the provider under OpenTofu's hostname too: the same executable, linked
 * (mirror searches do not follow linked folders).
 */
function linkOpenTofuSource(mirror: string): void {
  const folder = providerFolder(mirror, OPENTOFU_SOURCE);
  const link = path.join(folder, PROVIDER_EXECUTABLE);
  fs.rmSync(path.join(mirror, OPENTOFU_SOURCE.split("/")[0]), { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  fs.symlinkSync(path.join(providerFolder(mirror), PROVIDER_EXECUTABLE), link);
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
