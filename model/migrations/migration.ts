import { Document } from "yaml";
import { ConfigKind } from "../config-files";

/**
 * One step between config formats. It edits the parsed document rather than plain data, so the
 * comments and layout users wrote survive the upgrade; it also sets `schemaVersion` to `to`.
 */
export interface Migration {
  readonly from: number;
  readonly to: number;
  /** What it changes in a file of this kind, as `rcc migrate-config` reports it: `set schemaVersion: 2`. */
  summary(kind: ConfigKind): string;
  migrate(doc: Document, kind: ConfigKind): void;
}
