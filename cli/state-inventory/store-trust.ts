import * as fs from "node:fs";
import { StateBackendError } from "./errors";

/** Which certificate authorities vouch for the state store, and what to say when none does. */
export interface StoreTrust {
  readonly agentOptions: { readonly ca?: Buffer[] };
  readonly untrustedHint: string;
}

/**
 * Without AWS_CA_BUNDLE, Node's own trust store: its built-in CAs and those of NODE_EXTRA_CA_CERTS.
 * AWS_CA_BUNDLE, which Terraform's s3 backend and the AWS SDKs read, replaces the built-in CAs as it
 * does for Terraform; NODE_EXTRA_CA_CERTS still adds its CAs, so a setup that trusted the store
 * keeps trusting it on a machine that sets AWS_CA_BUNDLE to the system bundle.
 */
export function storeTrust(env: NodeJS.ProcessEnv): StoreTrust {
  const bundle = env.AWS_CA_BUNDLE;
  if (!bundle) {
    return {
      agentOptions: {},
      untrustedHint:
        "; if an internal CA signed its certificate, run with AWS_CA_BUNDLE=<that CA's PEM file> " +
        "(Terraform's s3 backend reads it too) or NODE_EXTRA_CA_CERTS=<that file>",
    };
  }
  const extra = env.NODE_EXTRA_CA_CERTS;
  const extraCas = extra ? readIfPossible(extra) : undefined;
  return {
    agentOptions: { ca: [readBundle(bundle), ...(extraCas ? [extraCas] : [])] },
    untrustedHint:
      `; no CA in AWS_CA_BUNDLE=${bundle}${extraCas ? ` or NODE_EXTRA_CA_CERTS=${extra}` : ""} signed its ` +
      "certificate: add the CA that did to that bundle",
  };
}

function readBundle(bundle: string): Buffer {
  let pem: Buffer;
  try {
    pem = fs.readFileSync(bundle);
  } catch (error) {
    throw new StateBackendError(`AWS_CA_BUNDLE=${bundle}: cannot read it (${(error as NodeJS.ErrnoException).code})`);
  }
  if (!pem.includes("-----BEGIN CERTIFICATE-----")) {
    throw new StateBackendError(`AWS_CA_BUNDLE=${bundle}: holds no PEM certificate`);
  }
  return pem;
}

/** Node warned at start-up already when NODE_EXTRA_CA_CERTS cannot be read, and went on without it. */
function readIfPossible(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}
