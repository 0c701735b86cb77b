/**
 * The labels on every resource rcc makes, and their format: OpenStack tags `key=value` where the
 * resource type has tags, else an `rcc_labels` object in the resource's `//` comment. Written by
 * constructs/labels.ts (LabelAspect); read by policy/audit (TAG-001, GRD-001) and policy/separation
 * (a block's zone).
 */
import { COMMENT_KEY } from "./terraform-addresses";

/** What an operator or auditor reads off any resource: which center, municipality, zone and grade. */
export const LABEL_KEYS = ["region", "municipality", "zone", "grade"] as const;
export type LabelKey = (typeof LABEL_KEYS)[number];

/** The label that marks a resource as rcc's own, beside the four above. */
export const MANAGED_BY = { key: "managed-by", value: "rcc" } as const;

/** Every label key a resource carries. */
export const WRITTEN_LABEL_KEYS = [...LABEL_KEYS, MANAGED_BY.key] as const;
export type WrittenLabelKey = (typeof WRITTEN_LABEL_KEYS)[number];

/**
 * The system a resource belongs to, on every resource of a system the center builds (instances,
 * ports, VIPs, server groups, volumes, load balancers), so the backup service and operators find
 * a system's instances and volumes in the cloud. Volumes have no tags: their labels are also
 * written as Cinder metadata, where backup tools select volumes.
 */
export const SYSTEM_LABEL = "system";

/** Types without tags whose labels are also written as their `metadata`, in the cloud: Cinder volumes. */
export const LABELS_AS_METADATA: ReadonlySet<string> = new Set(["openstack_blockstorage_volume_v3"]);

/** The `municipality` label of the center's own resources (shared services), and of region-wide findings. */
export const CENTER = "center";

/** The `grade` label of a resource that serves no system yet. */
export const NO_GRADE = "none";

/** Key of the labels object in a resource's `//` comment, for types without tags. */
export const LABELS_COMMENT_KEY = "rcc_labels";

/** Where LabelAspect writes the comment labels, as a cdktf override path. */
export const LABELS_COMMENT_PATH = `${COMMENT_KEY}.${LABELS_COMMENT_KEY}`;

/** The labels of one resource: the four every resource has, and its system when it belongs to one. */
export type ResourceLabels = Readonly<Record<LabelKey, string>> & { readonly [SYSTEM_LABEL]?: string };

/** The labels as OpenStack tags, sorted, `managed-by=rcc` included. */
export function labelTags(labels: ResourceLabels): string[] {
  const system = labels[SYSTEM_LABEL] === undefined ? [] : [`${SYSTEM_LABEL}=${labels[SYSTEM_LABEL]}`];
  return [
    ...LABEL_KEYS.map((key) => `${key}=${labels[key]}`),
    ...system,
    `${MANAGED_BY.key}=${MANAGED_BY.value}`,
  ].sort();
}

/** `key=value` tags as an object (the first tag of a key wins): the inverse of labelTags. */
export function labelsFromTags(tags: readonly string[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const tag of tags) {
    const at = tag.indexOf("=");
    if (at < 0) continue;
    const key = tag.slice(0, at);
    if (!(key in labels)) labels[key] = tag.slice(at + 1);
  }
  return labels;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const READ_KEYS: readonly string[] = [...WRITTEN_LABEL_KEYS, SYSTEM_LABEL];

/** A resource body's labels as written: its tags, else its comment labels. */
export function readLabels(
  body: Readonly<Record<string, unknown>>,
): Partial<Record<WrittenLabelKey | typeof SYSTEM_LABEL, string>> {
  const tags = Array.isArray(body.tags) ? body.tags.filter((t): t is string => typeof t === "string") : [];
  const comment = body[COMMENT_KEY];
  const written = isRecord(comment) && isRecord(comment[LABELS_COMMENT_KEY]) ? comment[LABELS_COMMENT_KEY] : {};
  const labels: Partial<Record<WrittenLabelKey | typeof SYSTEM_LABEL, string>> = {};
  for (const [key, value] of Object.entries({ ...stringsOf(written), ...labelsFromTags(tags) })) {
    if (READ_KEYS.includes(key)) labels[key as WrittenLabelKey] = value;
  }
  return labels;
}

function stringsOf(record: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}
