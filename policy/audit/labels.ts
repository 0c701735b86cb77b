/** The labels rcc writes on every resource (tags, or `rcc_labels` in the `//` comment), read back from the JSON. */
import { Block, isRecord } from "../separation/terraform";

export const LABEL_KEYS = ["region", "municipality", "zone", "grade", "managed-by"] as const;
export type LabelKey = (typeof LABEL_KEYS)[number];

export function labelsOf(block: Block): Partial<Record<LabelKey, string>> {
  const labels: Partial<Record<LabelKey, string>> = {};
  const comment = block.body["//"];
  const written = isRecord(comment) && isRecord(comment.rcc_labels) ? comment.rcc_labels : {};
  for (const [key, value] of Object.entries(written)) {
    if (typeof value === "string") labels[key as LabelKey] = value;
  }
  const tags = Array.isArray(block.body.tags) ? block.body.tags : [];
  for (const tag of tags) {
    if (typeof tag !== "string" || !tag.includes("=")) continue;
    const [key, ...rest] = tag.split("=");
    labels[key as LabelKey] = rest.join("=");
  }
  return labels;
}
