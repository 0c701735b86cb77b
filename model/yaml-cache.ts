/**
 * Parsed YAML by content: a config file that has not changed since the last run is read back as
 * JSON instead of parsed again (226 municipalities: about 1 s of parsing, 0.2 s warm). Entries
 * are keyed by a hash of the text, of the parser's version and of this cache's format and the
 * limits parsing enforces, so an edit, an upgrade or a new limit never reads a stale entry.
 * Only files that parsed cleanly are cached.
 *
 * The cache is the user's own: `$RCC_CACHE_DIR`, else `$XDG_CACHE_HOME/rcc`, else `~/.cache/rcc`,
 * created mode 0700. A folder that is a link, not owned by the user running rcc, or writable by
 * group or others is never used: whoever can write it could feed rcc a config it never read.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { version as jsYamlVersion } from "js-yaml/package.json";
import { LIMITS } from "./limits";

const FORMAT = "rcc-yaml-cache-2";
// The parser decides what a text means: another version's entries are never read.
const PARSER = `js-yaml@${jsYamlVersion}`;

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.RCC_CACHE === "0") return undefined;
  if (env.RCC_CACHE_DIR) return env.RCC_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache");
  return path.join(base, "rcc");
}

export function cacheKey(text: string, parser = PARSER): string {
  return createHash("sha256")
    .update(`${FORMAT}\0${parser}\0${JSON.stringify(LIMITS)}\0`)
    .update(text)
    .digest("hex");
}

/**
 * Why a cache folder may not be used, or undefined when it may: it must be a real folder (not a
 * link), owned by this user, and writable by no one else.
 */
export function untrustedBecause(dir: string): string | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(dir);
  } catch {
    return "it does not exist";
  }
  if (!stat.isDirectory()) return "it is not a directory";
  const uid = process.getuid?.();
  if (uid !== undefined && stat.uid !== uid) return `it is owned by uid ${stat.uid}, not ${uid}`;
  if (process.platform !== "win32" && (stat.mode & 0o022) !== 0) {
    return `its mode ${(stat.mode & 0o777).toString(8)} lets others write it`;
  }
  return undefined;
}

export function readCached(key: string): { data: unknown } | undefined {
  const dir = cacheDir();
  if (!dir || untrustedBecause(dir)) return undefined;
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
    // Only a folder rcc creates is given its mode; one that exists must already be private.
    if (!fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (untrustedBecause(dir)) return;
    const temporary = path.join(dir, `${key}.${process.pid}.tmp`);
    fs.writeFileSync(temporary, JSON.stringify(data), { mode: 0o600 });
    fs.renameSync(temporary, path.join(dir, `${key}.json`));
  } catch {
    // Read-only or full disk: parse every time.
  }
}

/** Only what JSON gives back unchanged is cached (YAML's .inf or .nan would come back as null). */
function isJson(value: unknown): boolean {
  // Iterative: the data is at most LIMITS.depth deep, but an alias may share a value many times.
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === null || typeof next === "string" || typeof next === "boolean") continue;
    if (typeof next === "number" && Number.isFinite(next)) continue;
    if (Array.isArray(next)) for (const item of next) pending.push(item);
    else if (typeof next === "object" && Object.getPrototypeOf(next) === Object.prototype) {
      for (const item of Object.values(next as object)) pending.push(item);
    } else return false;
  }
  return true;
}
