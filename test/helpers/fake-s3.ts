import { createHash, createHmac } from "node:crypto";
import * as http from "node:http";
import * as https from "node:https";
import { AddressInfo } from "node:net";

export interface RecordedRequest {
  readonly method: string;
  /** The request target as sent: path and query, still percent-encoded. */
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
}

export interface FakeS3Options {
  readonly bucket: string;
  /** Object key to body. */
  readonly objects: Readonly<Record<string, string>>;
  /** Keys per ListObjectsV2 page, so tests can make the listing span pages. */
  readonly pageSize?: number;
  /** Serve HTTPS with this certificate instead of HTTP. */
  readonly tls?: { readonly cert: string; readonly key: string };
  /** Answer every request with this S3 error instead. */
  readonly refuse?: { readonly status: number; readonly code: string; readonly message: string };
}

export interface FakeS3 {
  /** http(s)://127.0.0.1:<port> */
  readonly endpoint: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * Just enough of S3 for the state inventory: path-style ListObjectsV2 (paged, with a continuation
 * token holding characters that must be percent-encoded) and GetObject. It checks nothing itself;
 * tests look at `requests`.
 */
export async function fakeS3(options: FakeS3Options): Promise<FakeS3> {
  const requests: RecordedRequest[] = [];
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
    const answer = respond(options, req.url ?? "/");
    res.writeHead(answer.status, { "content-type": "application/xml" }).end(answer.body);
  };
  const server = options.tls ? https.createServer(options.tls, handler) : http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `${options.tls ? "https" : "http"}://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A port nothing listens on (the server that had it is closed). */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function respond(options: FakeS3Options, target: string): { status: number; body: string } {
  if (options.refuse) return s3Error(options.refuse.status, options.refuse.code, options.refuse.message);
  const url = new URL(target, "http://fake");
  const [, bucket, ...key] = url.pathname.split("/");
  if (decodeURIComponent(bucket) !== options.bucket)
    return s3Error(404, "NoSuchBucket", "The specified bucket does not exist");
  if (key.length === 0) return listing(options, url.searchParams);
  const body = options.objects[decodeURIComponent(key.join("/"))];
  return body === undefined ? s3Error(404, "NoSuchKey", "The specified key does not exist.") : { status: 200, body };
}

function listing(options: FakeS3Options, query: URLSearchParams): { status: number; body: string } {
  if (query.get("list-type") !== "2") return s3Error(400, "InvalidArgument", "only ListObjectsV2 here");
  const prefix = query.get("prefix") ?? "";
  const keys = Object.keys(options.objects)
    .filter((k) => k.startsWith(prefix))
    .sort();
  const token = query.get("continuation-token");
  const start = token === null ? 0 : Number(/^page\/(\d+)\+=$/.exec(token)?.[1] ?? NaN);
  if (Number.isNaN(start)) return s3Error(400, "InvalidArgument", `bad continuation token ${token}`);
  const size = options.pageSize ?? 1000;
  const page = keys.slice(start, start + size);
  const truncated = start + size < keys.length;
  const contents = page
    .map((k) => `<Contents><Key>${k.replace(/&/g, "&amp;")}</Key><Size>1</Size></Contents>`)
    .join("");
  const body =
    `<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">` +
    `<Name>${options.bucket}</Name><Prefix>${prefix}</Prefix><KeyCount>${page.length}</KeyCount>` +
    `<IsTruncated>${truncated}</IsTruncated>${contents}` +
    (truncated ? `<NextContinuationToken>page/${start + size}+=</NextContinuationToken>` : "") +
    `</ListBucketResult>`;
  return { status: 200, body };
}

function s3Error(status: number, code: string, message: string): { status: number; body: string } {
  return {
    status,
    body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
  };
}

const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/([0-9]{8})\/([^/]+)\/s3\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/;

/**
 * Checks a received request's SigV4 signature the way the store does, from what arrived on the
 * wire (written apart from the signer, so a request signed one way and sent another fails here).
 */
export function signatureValid(request: RecordedRequest, secretAccessKey: string): boolean {
  const auth = AUTHORIZATION.exec(String(request.headers.authorization));
  if (!auth) return false;
  const [, , day, region, signedHeaders, signature] = auth;
  const [path, query = ""] = request.url.split("?");
  const rfc3986 = (s: string) =>
    encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const canonicalQuery = query
    .split("&")
    .filter((pair) => pair !== "")
    .map((pair) =>
      pair
        .split("=")
        .map((part) => rfc3986(decodeURIComponent(part)))
        .join("="),
    )
    .sort()
    .join("&");
  const headerLines = signedHeaders
    .split(";")
    .map((name) => `${name}:${String(request.headers[name]).trim()}\n`)
    .join("");
  const payload = String(request.headers["x-amz-content-sha256"]);
  const canonical = [request.method, path, canonicalQuery, headerLines, signedHeaders, payload].join("\n");
  const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
  const scope = `${day}/${region}/s3/aws4_request`;
  const toSign = ["AWS4-HMAC-SHA256", String(request.headers["x-amz-date"]), scope, sha256(canonical)].join("\n");
  const hmac = (key: Buffer | string, data: string) => createHmac("sha256", key).update(data).digest();
  const key = [day, region, "s3", "aws4_request"].reduce<Buffer>(
    (k, part) => hmac(k, part),
    Buffer.from(`AWS4${secretAccessKey}`),
  );
  return hmac(key, toSign).toString("hex") === signature;
}
