/**
 * Bounds on what rcc reads, so that no input can exhaust time or memory. Each is generous for a
 * real config (a municipality file is a few KB, 6 levels deep, with no aliases) and each is
 * named, with its number, in the message that enforces it.
 */
export const LIMITS = {
  /** Bytes of one config file: the largest real ones (hundreds of systems) are about 100 KB. */
  fileBytes: 1024 * 1024,
  /** Nesting of mappings and lists; the schema needs 6. */
  depth: 32,
  /** YAML values (scalars, mappings, lists) in one file. */
  nodes: 100_000,
  /** Values that aliases (`*name`) copy, counted over the whole file: what stops a "billion laughs". */
  aliasNodes: 10_000,
  /** Characters of a user's value quoted back in a message. */
  shownChars: 60,
  /** Problems printed per file; the rest are counted. */
  problemsPerFile: 100,
} as const;

/** `1 MiB (1048576 bytes)` */
export function describeBytes(bytes: number): string {
  return `${bytes / (1024 * 1024)} MiB (${bytes} bytes)`;
}
