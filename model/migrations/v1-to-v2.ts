import { Migration } from "./migration";

/**
 * Format 2 added the optional `lifecycle` block to municipality files, and a file without one is
 * an active municipality: every format-1 file means the same in format 2 once its version says so.
 */
export const v1ToV2: Migration = {
  from: 1,
  to: 2,
  summary: () => "set schemaVersion: 2",
  migrate(doc) {
    doc.set("schemaVersion", 2);
  },
};
