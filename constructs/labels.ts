import { IConstruct } from "constructs";
import { IAspect, TerraformResource } from "cdktf";
import {
  LABEL_KEYS,
  LABELS_AS_METADATA,
  LABELS_COMMENT_PATH,
  labelTags,
  NO_GRADE,
  SYSTEM_LABEL,
} from "../contract/labels";
import { Zone } from "../contract/zones";
import { SecurityGrade } from "../model/center";

/** Zones a resource can belong to: the two separated tenant zones, the linkage crossing, and the center's own. */
export type LabelZone = Zone;

/**
 * What an operator or auditor must be able to read off any resource: which center, which
 * municipality (its code, or `center` for shared services), which zone and which grade.
 */
export interface Labels {
  readonly region: string;
  readonly municipality: string;
  readonly zone: LabelZone;
  /**
   * A system's resources carry its grade; what a zone or tenant shares carries the zone's clearance
   * (model/center.ts CLEARANCE); a stack of built systems, the strictest of its systems (`none`
   * for none).
   */
  readonly grade: SecurityGrade | typeof NO_GRADE;
  /** The system the resource belongs to, for the resources of a system the center builds. */
  readonly [SYSTEM_LABEL]?: string;
}

const assigned = new WeakMap<IConstruct, Partial<Labels>>();

/** Labels `scope` and everything beneath it; inner scopes override outer ones. */
export function label(scope: IConstruct, labels: Partial<Labels>): void {
  assigned.set(scope, { ...assigned.get(scope), ...labels });
}

export function labelsOf(construct: IConstruct): Partial<Labels> {
  return construct.node.scopes.reduce<Partial<Labels>>((acc, scope) => ({ ...acc, ...assigned.get(scope) }), {});
}

/**
 * Writes every resource's labels at synthesis: as `tags` where the resource type has them, and
 * otherwise (quotas, role assignments, volumes) as an `rcc_labels` entry in the resource's `//`
 * comment, which Terraform ignores and auditors' tools can read. Volumes also get them as Cinder
 * metadata, so they are in the cloud. A resource left
 * unlabelled is a bug in our constructs, so it fails synthesis.
 */
export class LabelAspect implements IAspect {
  visit(node: IConstruct): void {
    if (!(node instanceof TerraformResource)) return;
    const labels = labelsOf(node);
    const missing = LABEL_KEYS.filter((key) => labels[key] === undefined);
    if (missing.length > 0) throw new Error(`${node.node.path} has no label for ${missing.join(", ")}`);
    const tags = labelTags(labels as Labels);
    if ("tags" in node) return node.addOverride("tags", tags);
    const byKey = Object.fromEntries(tags.map((t) => t.split("=")));
    node.addOverride(LABELS_COMMENT_PATH, byKey);
    if (LABELS_AS_METADATA.has(node.terraformResourceType)) node.addOverride("metadata", byKey);
  }
}
