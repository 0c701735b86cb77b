import { TerraformElement, TerraformOutput, TerraformStack } from "cdktf";
import { deepMerge } from "cdktf/lib/util";
import { resolveValues } from "./resolve-values";

/** The stack's Terraform elements in construct order, not entering nested stacks (as cdktf does). */
function terraformElements(scope: TerraformStack): TerraformElement[] {
  const found: TerraformElement[] = [];
  const visit = (node: TerraformStack | TerraformElement | { node: TerraformStack["node"] }) => {
    if (TerraformElement.isTerraformElement(node)) found.push(node);
    for (const child of node.node.children) if (!TerraformStack.isStack(child)) visit(child);
  };
  visit(scope);
  return found;
}

/**
 * The stack's Terraform JSON as cdktf's `toTerraform` builds it (metadata, then every element's
 * fragment merged in order), each fragment resolved with `resolveValues`. cdktf then resolves the
 * merged whole once more; that pass finds no token left in resolved fragments, so it is not made.
 * Undefined for what rcc's stacks never have, stack-level overrides and outputs, so those keep
 * cdktf's own path.
 */
export function stackJson(stack: TerraformStack, stackOverrides: object): object | undefined {
  const elements = terraformElements(stack);
  if (Object.keys(stackOverrides).length > 0 || elements.some(TerraformOutput.isTerraformOutput)) return undefined;
  const metadata = {
    version: stack.node.tryGetContext("cdktfVersion"),
    stackName: stack.node.id,
    backend: "local",
  };
  for (const element of elements) deepMerge(metadata, resolveValues(stack, element.toMetadata()));
  const tf = { "//": { metadata, outputs: {} } };
  for (const element of elements) deepMerge(tf, resolveValues(stack, element.toTerraform()));
  return tf;
}
