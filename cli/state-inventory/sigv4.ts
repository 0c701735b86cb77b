import { createHash, createHmac } from "node:crypto";
import { AwsCredentials } from "./aws-credentials";

export interface RequestToSign {
  readonly method: string;
  /** Path segments and query values already encoded with `uriEncode`, so what is sent is what is signed. */
  readonly url: URL;
  readonly region: string;
  readonly service: string;
  readonly date: Date;
  /** Headers to send and sign besides host and the x-amz-* ones this adds. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Hex SHA-256 of the body; the empty body's when absent. */
  readonly payloadHash?: string;
}

export function sha256Hex(data: string): string {
  return createHash("sha256").update(data, "utf8").digest("hex");
}

export const EMPTY_PAYLOAD_HASH = sha256Hex("");

/** RFC 3986 percent-encoding, as SigV4 wants it (encodeURIComponent leaves !'()* alone). */
export function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The headers that authenticate a request with AWS Signature Version 4, the scheme S3 and
 * S3-compatible stores (Ceph RGW, Swift s3api) accept. The host header is signed but not
 * returned: fetch sets it from the URL, exactly as signed here.
 */
export function signV4(request: RequestToSign, credentials: AwsCredentials): Record<string, string> {
  const amzDate = request.date
    .toISOString()
    .replace(/\.\d{3}/, "")
    .replace(/[-:]/g, "");
  const day = amzDate.slice(0, 8);
  const payloadHash = request.payloadHash ?? EMPTY_PAYLOAD_HASH;
  const headers: Record<string, string> = {
    ...lowerCaseNames(request.headers ?? {}),
    "x-amz-content-sha256": payloadHash,
    "x-amz-date": amzDate,
    ...(credentials.sessionToken ? { "x-amz-security-token": credentials.sessionToken } : {}),
  };
  const signed: Record<string, string> = { host: request.url.host, ...headers };
  const names = Object.keys(signed).sort();
  const canonicalRequest = [
    request.method,
    canonicalPath(request.url),
    canonicalQuery(request.url),
    names.map((name) => `${name}:${signed[name].trim().replace(/\s+/g, " ")}\n`).join(""),
    names.join(";"),
    payloadHash,
  ].join("\n");
  const scope = `${day}/${request.region}/${request.service}/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256Hex(canonicalRequest)].join("\n");
  const signingKey = [day, request.region, request.service, "aws4_request"].reduce(
    (key: Buffer, part) => hmac(key, part),
    Buffer.from(`AWS4${credentials.secretAccessKey}`, "utf8"),
  );
  const signature = hmac(signingKey, stringToSign).toString("hex");
  return {
    ...headers,
    authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${names.join(";")}, Signature=${signature}`,
  };
}

function hmac(key: Buffer, data: string): Buffer {
  return createHmac("sha256", key).update(data, "utf8").digest();
}

function lowerCaseNames(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

// S3 encodes the path once (other AWS services twice): decode what URL kept, encode it the RFC 3986 way.
function canonicalPath(url: URL): string {
  return (
    url.pathname
      .split("/")
      .map((segment) => uriEncode(decodeURIComponent(segment)))
      .join("/") || "/"
  );
}

function canonicalQuery(url: URL): string {
  if (url.search.length <= 1) return "";
  return url.search
    .slice(1)
    .split("&")
    .map((pair) => {
      const at = pair.indexOf("=");
      const [name, value] = at < 0 ? [pair, ""] : [pair.slice(0, at), pair.slice(at + 1)];
      return `${uriEncode(decodeURIComponent(name))}=${uriEncode(decodeURIComponent(value))}`;
    })
    .sort()
    .join("&");
}
