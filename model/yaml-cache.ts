/**
 * Parsed YAML by content: a config file that has not changed since the last run is read back as
 * JSON instead of parsed again, which is most of loading a large center (226 municipalities: 1.3 s
 * of YAML parsing). Keyed by a hash of the text and of this file's format version, so an edit
 * or an rcc upgrade never reads a stale entry. Entries hold only files that parsed cleanly.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const FORMAT = "rcc-yaml-cache-1";

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.RCC_CACHE === "0") return undefined;
  return env.RCC_CACHE_DIR ?? path.join(os.tmpdir(), `rcc-cache-${os.userInfo().uid}`);
}

export function cacheKey(text: string): string {
  return createHash("sha256").update(FORMAT).update("\0").update(text).digest("hex");
}

export function readCached(key: string): { data: unknown } | undefined {
  const dir = cacheDir();
  if (!dir) return undefined;
  try {
    return { data: JSON.parse(fs.readFileSync(path.join(dir, `${key}.json`), "utf8")) };
  } catch {
    return undefined;
  }
}

/** Best effort: a cache that cannot be written only costs speed. Written via rename, so a reader never sees half a file. */
export function writeCached(key: string, data: unknown): void {
  const dir = cacheDir();
  if (!dir || !isJson(data)) return;
  try {
    fs.mkdirSync(dir, { recursive: true });
    const temporary = path.join(dir, `${key}.${process.pid}.tmp`);
    fs.writeFileSync(temporary, JSON.stringify(data));
    fs.renameSync(temporary, path.join(dir, `${key}.json`));
  } catch {
    // Read-only or full disk: parse every time.
  }
}

/** Only what JSON gives back unchanged is cached (YAML's .inf or .nan would come back as null). */
function isJson(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJson);
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value as object).every(isJson);
  }
  return false;
}
