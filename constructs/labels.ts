import { IConstruct } from "constructs";
import { IAspect, TerraformResource } from "cdktf";
import { LABEL_KEYS, LABELS_COMMENT_PATH, labelTags, NO_GRADE } from "../contract/labels";
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
  /** The strictest grade of the systems the resource serves; `none` when it serves none yet. */
  readonly grade: SecurityGrade | typeof NO_GRADE;
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
 * otherwise (quotas, role assignments) as an `rcc_labels` entry in the resource's `//` comment,
 * which Terraform ignores and auditors' tools can read. A resource left unlabelled is a bug in
 * our constructs, so it fails synthesis.
 */
export class LabelAspect implements IAspect {
  visit(node: IConstruct): void {
    if (!(node instanceof TerraformResource)) return;
    const labels = labelsOf(node);
    const missing = LABEL_KEYS.filter((key) => labels[key] === undefined);
    if (missing.length > 0) throw new Error(`${node.node.path} has no label for ${missing.join(", ")}`);
    const tags = labelTags(labels as Labels);
    if ("tags" in node) node.addOverride("tags", tags);
    else node.addOverride(LABELS_COMMENT_PATH, Object.fromEntries(tags.map((t) => t.split("="))));
  }
}
