/** One page of a ListObjectsV2 answer: the keys, and the token for the next page when there is one. */
export interface ListingPage {
  readonly keys: string[];
  readonly nextToken?: string;
}

/**
 * Reads only what the listing needs. S3 answers in a small, fixed XML shape in which <Key> appears
 * only inside <Contents>, so a few patterns do, and rcc takes no XML dependency for them.
 */
export function parseListing(xml: string): ListingPage {
  if (!/<ListBucketResult[\s>]/.test(xml)) throw new Error("not a ListObjectsV2 answer (no ListBucketResult)");
  const keys = [...xml.matchAll(/<Key>([^<]*)<\/Key>/g)].map((m) => unescapeXml(m[1]));
  const truncated = element(xml, "IsTruncated") === "true";
  const nextToken = element(xml, "NextContinuationToken");
  if (truncated && !nextToken) throw new Error("listing is truncated but gives no NextContinuationToken");
  return truncated ? { keys, nextToken } : { keys };
}

/** The <Code> and <Message> of an S3 error answer, when it has them. */
export function parseError(xml: string): { code?: string; message?: string } {
  const code = element(xml, "Code");
  const message = element(xml, "Message");
  return { ...(code ? { code } : {}), ...(message ? { message } : {}) };
}

function element(xml: string, name: string): string | undefined {
  const found = new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml);
  return found ? unescapeXml(found[1]) : undefined;
}

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[entity]!;
  });
}
