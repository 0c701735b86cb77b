import { S3ServiceException } from "@aws-sdk/client-s3";
import type { S3Store, Timeouts } from "./s3-states";
import type { StoreCredentials } from "./store-credentials";
import type { StoreTrust } from "./store-trust";

interface Context extends StoreCredentials {
  readonly store: S3Store;
  readonly trust: StoreTrust;
  readonly timeouts: Timeouts;
}

/** An answer that is no S3 answer: the endpoint is some other server. */
export class NotS3Error extends Error {}

const NOT_S3_HINT = "check that state.s3.endpoint is the object store's S3 API";

const UNTRUSTED_CERTIFICATE = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/;

/** Why a request to the store failed, in one line, with what to check. */
export function requestFailure(error: unknown, context: Context): string {
  const { endpoint } = context.store;
  if (error instanceof S3ServiceException) return refused(error, context);
  const { name, code, message } = error as { name?: unknown; code?: unknown; message?: unknown };
  if (name === "TimeoutError") {
    const { connect, request } = context.timeouts;
    return (
      `the state store at ${endpoint} did not answer in time (each try may take ${seconds(connect)} to connect ` +
      `and ${seconds(request)} for the whole answer)`
    );
  }
  if (typeof code === "string") {
    const hint = UNTRUSTED_CERTIFICATE.test(code) ? context.trust.untrustedHint : "";
    return `cannot reach the state store at ${endpoint} (${code})${hint}`;
  }
  const why =
    error instanceof NotS3Error ? String(message) : `its answer cannot be read: ${String(message).split("\n")[0]}`;
  return `the state store at ${endpoint} does not answer as S3 does (${why}); ${NOT_S3_HINT}`;
}

function refused(error: S3ServiceException, context: Context): string {
  const { store, credentials, source } = context;
  const status = error.$metadata.httpStatusCode ?? "an error";
  const detail = error.message && error.message !== error.name ? ` (${error.message})` : "";
  // The SDK's name for an error answer without an S3 error document (a proxy's or web server's page).
  if (error.name === "Unknown") {
    return `the state store at ${store.endpoint} answered ${status} without an S3 error in it; ${NOT_S3_HINT}`;
  }
  const answer = `the state store at ${store.endpoint} answered ${status} ${error.name}${detail}`;
  if (status === 403 || error.name === "SignatureDoesNotMatch" || error.name === "InvalidAccessKeyId") {
    return (
      `${answer}; check the credentials (access key ${credentials.accessKeyId}, from ${source}) ` +
      `and that this user may read bucket ${store.bucket}`
    );
  }
  if (error.name === "NoSuchBucket") return `${answer}; check state.s3.bucket in region.yaml`;
  return answer;
}

function seconds(ms: number): string {
  return `${ms / 1000} s`;
}
