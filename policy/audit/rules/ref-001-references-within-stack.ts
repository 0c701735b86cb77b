import { Body, isRecord } from "../../separation/terraform";
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
        const missing = [...new Set(referencesIn(block.body))].filter((address) => !stack.byAddress.has(address));
        return missing.length > 0
          ? [at(stack, block, `refers to ${missing.join(", ")}, which is not in this stack`)]
          : [];
      }),
    ),
};

/** Every resource or data-source address named inside `${...}` anywhere in a body. */
function referencesIn(value: unknown): string[] {
  if (typeof value === "string") {
    if (!value.includes("${")) return [];
    return [...value.matchAll(REFERENCE)].map(([, data, type, name]) => `${data ?? ""}${type}.${name}`);
  }
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (isRecord(value))
    return Object.entries(value as Body).flatMap(([key, v]) => (key === "//" ? [] : referencesIn(v)));
  return [];
}
