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
  /** Answer every request with a web page of this status instead, as a proxy or web server at the endpoint would. */
  readonly webPage?: number;
}

export interface FakeS3 {
  /** http(s)://127.0.0.1:<port> */
  readonly endpoint: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * Just enough of S3 for the state inventory, as the AWS SDK calls it: path-style ListObjectsV2
 * (paged, with a continuation token holding characters that must be percent-encoded) and
 * GetObject. It checks no signature; tests look at `requests`.
 */
export async function fakeS3(options: FakeS3Options): Promise<FakeS3> {
  const requests: RecordedRequest[] = [];
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
    if (options.webPage !== undefined) {
      res.writeHead(options.webPage, { "content-type": "text/html" }).end("<html><body>Welcome</body></html>");
      return;
    }
    const answer = respond(options, req.url ?? "/");
    res.writeHead(answer.status, { "content-type": "application/xml" }).end(answer.body);
  };
  const server = options.tls ? https.createServer(options.tls, handler) : http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `${options.tls ? "https" : "http"}://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
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
  // The SDK lists at `/<bucket>/?list-type=2...`.
  if (key.join("/") === "") return listing(options, url.searchParams);
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
