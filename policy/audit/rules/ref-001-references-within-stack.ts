import { isRecord } from "../../separation/terraform";
import { at, AuditRule } from "../rule";

// `openstack_networking_port_v2.name` or `data.openstack_networking_network_v2.name` inside `${...}`.
const REFERENCE = /\b(data\.)?(openstack_[a-z0-9_]+)\.([A-Za-z0-9_-]+)/g;

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

/** Every resource or data-source address named inside `${...}` anywhere in a body. */
function referencesIn(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === "string") {
    if (value.includes("${")) {
      for (const [, data, type, name] of value.matchAll(REFERENCE)) found.add(`${data ?? ""}${type}.${name}`);
    }
  } else if (Array.isArray(value)) {
    for (const item of value) referencesIn(item, found);
  } else if (isRecord(value)) {
    for (const key in value) if (key !== "//") referencesIn(value[key], found);
  }
  return found;
}
