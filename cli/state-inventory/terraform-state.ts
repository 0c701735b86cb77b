import { StateBackendError } from "./errors";

/**
 * Managed resources with at least one instance in a Terraform state (format version 4, written
 * by Terraform 0.12 and later and by OpenTofu): what a deploy created and a destroy would remove.
 * Data sources are only read, so they do not count.
 */
export function managedResourceCount(text: string, source: string): number {
  // An empty file is how a state looks before the first apply, or after Terraform truncated it.
  if (text.trim() === "") return 0;
  let state: unknown;
  try {
    state = JSON.parse(text);
  } catch {
    throw new StateBackendError(`${source}: not a Terraform state (not JSON)`);
  }
  if (!isRecord(state) || state.version !== 4) {
    throw new StateBackendError(`${source}: not a Terraform state of format version 4 (Terraform 0.12+ or OpenTofu)`);
  }
  const resources = Array.isArray(state.resources) ? state.resources : [];
  return resources.filter(
    (r) => isRecord(r) && r.mode === "managed" && Array.isArray(r.instances) && r.instances.length > 0,
  ).length;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
