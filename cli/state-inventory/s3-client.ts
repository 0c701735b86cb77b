import { StateConfig } from "../../model/schema/region";
import { AwsCredentials } from "./aws-credentials";
import { StateBackendError } from "./errors";
import { parseError } from "./s3-xml";
import { signV4, uriEncode } from "./sigv4";

export type S3Store = NonNullable<StateConfig["s3"]>;

export interface S3Access {
  readonly store: S3Store;
  readonly credentials: AwsCredentials;
  /** The signing clock; tests fix it. */
  readonly now?: () => Date;
}

/** Long enough for a slow store, short enough that a wrong endpoint does not hang the command. */
const TIMEOUT_MS = 30_000;

const UNTRUSTED_CERTIFICATE = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/;

/**
 * A signed GET on the store, path-style (`<endpoint>/<bucket>/<key>`) as the Terraform backend
 * is configured, so virtual-host DNS names are never needed. `what` names the request in errors.
 */
export async function s3Get(
  access: S3Access,
  request: { readonly key?: string; readonly query?: Readonly<Record<string, string>>; readonly what: string },
): Promise<string> {
  const { store } = access;
  const url = URL.canParse(store.endpoint) ? requestUrl(store, request.key, request.query ?? {}) : undefined;
  if (!url) throw new StateBackendError(`state.s3.endpoint in region.yaml is not a URL: ${store.endpoint}`);
  const date = (access.now ?? (() => new Date()))();
  const headers = signV4({ method: "GET", url, region: store.region, service: "s3", date }, access.credentials);
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
    body = await response.text();
  } catch (error) {
    throw new StateBackendError(`${request.what}: ${unreachable(store.endpoint, error)}`);
  }
  if (!response.ok) throw new StateBackendError(`${request.what}: ${refused(store, response.status, body)}`);
  return body;
}

function requestUrl(store: S3Store, key: string | undefined, query: Readonly<Record<string, string>>): URL {
  const objectPath = key === undefined ? "" : `/${key.split("/").map(uriEncode).join("/")}`;
  const search = Object.entries(query)
    .map(([name, value]) => `${uriEncode(name)}=${uriEncode(value)}`)
    .join("&");
  return new URL(
    `${store.endpoint.replace(/\/+$/, "")}/${uriEncode(store.bucket)}${objectPath}${search ? `?${search}` : ""}`,
  );
}

function unreachable(endpoint: string, error: unknown): string {
  if (error instanceof Error && error.name === "TimeoutError") {
    return `the state store at ${endpoint} did not answer within ${TIMEOUT_MS / 1000} s`;
  }
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const reason = String(cause?.code ?? cause?.message ?? (error as Error).message);
  const hint = UNTRUSTED_CERTIFICATE.test(reason)
    ? "; if an internal CA signed its certificate, run with NODE_EXTRA_CA_CERTS=<that CA's PEM file>"
    : "";
  return `cannot reach the state store at ${endpoint} (${reason})${hint}`;
}

function refused(store: S3Store, status: number, body: string): string {
  const { code, message } = parseError(body);
  const answer = `the state store at ${store.endpoint} answered ${status}${code ? ` ${code}` : ""}${message ? ` (${message})` : ""}`;
  if (status === 403 || code === "SignatureDoesNotMatch" || code === "InvalidAccessKeyId") {
    return `${answer}; check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, and that this user may read bucket ${store.bucket}`;
  }
  if (code === "NoSuchBucket") return `${answer}; check state.s3.bucket in region.yaml`;
  return answer;
}
