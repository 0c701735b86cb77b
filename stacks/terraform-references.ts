// `openstack_networking_port_v2.name` or `data.openstack_networking_network_v2.name` inside `${...}`.
const REFERENCE = /\b(data\.)?(openstack_[a-z0-9_]+)\.([A-Za-z0-9_-]+)/g;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Every resource or data-source address a synthesized body refers to: inside `${...}`
 * expressions, and in `depends_on` (plain addresses). The `//` comments are not looked at.
 */
export function referencesIn(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === "string") {
    if (value.includes("${")) {
      for (const [, data, type, name] of value.matchAll(REFERENCE)) found.add(`${data ?? ""}${type}.${name}`);
    }
  } else if (Array.isArray(value)) {
    for (const item of value) referencesIn(item, found);
  } else if (isRecord(value)) {
    for (const key in value) {
      if (key === "depends_on" && Array.isArray(value[key])) {
        for (const address of value[key] as unknown[]) if (typeof address === "string") found.add(address);
      } else if (key !== "//") referencesIn(value[key], found);
    }
  }
  return found;
}
