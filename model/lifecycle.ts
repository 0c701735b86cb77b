import { MunicipalityFile } from "./schema/municipality";
import { LifecycleState } from "./schema/lifecycle";

export type { LifecycleState };

export function lifecycleState(m: MunicipalityFile): LifecycleState {
  return m.lifecycle?.state ?? "active";
}

/** In service: its systems run, are backed up and recovered. Leaving municipalities are not. */
export function inService(m: MunicipalityFile): boolean {
  return lifecycleState(m) === "active";
}

/**
 * What a municipality's stacks keep. Everything while active. While decommissioning, only what
 * holds data (projects, volumes, backup containers, and the identities that reach them), so the
 * next deploy destroys the services and nothing that holds data; once the final backup is
 * recorded, nothing, so the next deploy destroys the rest.
 */
export type Retention = "everything" | "data" | "nothing";

export function retention(m: MunicipalityFile): Retention {
  if (lifecycleState(m) === "active") return "everything";
  return m.lifecycle?.finalBackup ? "nothing" : "data";
}
