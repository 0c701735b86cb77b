import { readLabels } from "../../../contract/labels";
import { at, AuditRule } from "../rule";

export const gradeCOutsideInternal: AuditRule = {
  id: "RCC-GRD-001",
  level: "error",
  title: "Grade-C systems run only in the internal zone",
  rationale: "Grade C (기밀) data must never sit on a network with an internet path.",
  fix: "Move the system to zone internal; publish what the internet needs through a linkage flow.",
  check: ({ stacks }) =>
    stacks.flatMap((stack) =>
      stack.blocks
        .filter((block) => block.mode === "resource")
        .flatMap((block) => {
          const { grade, zone } = readLabels(block.body);
          return grade === "C" && zone === "external" ? [at(stack, block, "serves grade C in the external zone")] : [];
        }),
    ),
};
