import { referencesIn } from "../../../contract/terraform-addresses";
import { at, AuditRule } from "../rule";

export const referencesWithinStack: AuditRule = {
  id: "RCC-REF-001",
  level: "error",
  title: "Every reference names a resource of its own stack",
  rationale: "Stacks deploy on their own and find each other's objects by name; a reference across stacks dangles.",
  fix: "Look the object up by name with a data source in the referring stack, as rcc's stacks do.",
  check: ({ stacks }) =>
    stacks.flatMap((stack) =>
      stack.blocks.flatMap((block) => {
        const missing = [...referencesIn(block.body)].filter((address) => !stack.byAddress.has(address));
        return missing.length > 0
          ? [at(stack, block, `refers to ${missing.join(", ")}, which is not in this stack`)]
          : [];
      }),
    ),
};
