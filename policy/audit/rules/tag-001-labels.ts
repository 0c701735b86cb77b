import { readLabels, WRITTEN_LABEL_KEYS } from "../../../contract/labels";
import { at, AuditRule, municipalityOf } from "../rule";

export const resourceLabels: AuditRule = {
  id: "RCC-TAG-001",
  level: "error",
  title: "Every resource carries region, municipality, zone, grade and managed-by",
  rationale: "Operators, cost sharing and this audit read ownership and zone off the labels.",
  fix: "Create resources inside rcc's stacks (the label aspect writes them) or label site extensions.",
  check: ({ center, stacks }) =>
    stacks.flatMap((stack) => {
      const municipality = municipalityOf(stack.name);
      return stack.blocks
        .filter((block) => block.mode === "resource")
        .flatMap((block) => {
          const labels = readLabels(block.body);
          const missing = WRITTEN_LABEL_KEYS.filter((key) => labels[key] === undefined);
          if (missing.length > 0) return [at(stack, block, `no label ${missing.join(", ")}`)];
          const wrong = [
            labels.region !== center.region.name ? `region=${labels.region} (expected ${center.region.name})` : "",
            labels.municipality !== municipality
              ? `municipality=${labels.municipality} (expected ${municipality})`
              : "",
          ].filter(Boolean);
          return wrong.length > 0 ? [at(stack, block, `labelled ${wrong.join(", ")}`)] : [];
        });
    }),
};
