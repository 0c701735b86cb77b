/**
 * Bad-input fixtures (test/fixtures/invalid/README.md): each case is the small fixed base config
 * with the files of its `config/` folder laid over it and the steps of its `setup.json` done,
 * and `expected.txt` holds exactly what `rcc validate` prints for it.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { tempDir } from "./config";

export const FIXTURES = path.resolve(__dirname, "../fixtures");
export const BASE_CONFIG = path.join(FIXTURES, "base");
export const INVALID = path.join(FIXTURES, "invalid");

/** One step on the laid-out config; every path is relative to the config directory. */
export type SetupStep =
  | { remove: string }
  | { mkdir: string }
  | { symlink: string; to: string }
  | { fifo: string }
  | { write: string; text: string }
  /** Replaces `marker` in the file by `text`, or by the bytes of `hex`, `times` times over (default once). */
  | { replace: string; marker: string; text?: string; hex?: string; times?: number }
  /** Sets the mode; a mode that takes read access away binds only without root, so the case then runs as nobody. */
  | { chmod: string; mode: string };

export interface InvalidCase {
  /** `<class>/<case>`. */
  readonly id: string;
  readonly dir: string;
  /** The lines `rcc validate --config <config>` prints on stderr, the config directory as `<config>`. */
  readonly expected: string[];
  readonly setup: readonly SetupStep[];
  /** Whether the case takes read access away, which only a user other than root feels. */
  readonly unprivileged: boolean;
}

/** Every case folder (one holding expected.txt) under test/fixtures/invalid/<class>/<case>/. */
export function invalidCases(root = INVALID): InvalidCase[] {
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((c) => c.isDirectory())
    .flatMap((c) =>
      fs
        .readdirSync(path.join(root, c.name), { withFileTypes: true })
        .filter((k) => k.isDirectory() && fs.existsSync(path.join(root, c.name, k.name, "expected.txt")))
        .map((k) => readCase(path.join(root, c.name, k.name), `${c.name}/${k.name}`)),
    )
    .sort((a, b) => a.id.localeCompare(b.id));
}

function readCase(dir: string, id: string): InvalidCase {
  const setupFile = path.join(dir, "setup.json");
  const setup: SetupStep[] = fs.existsSync(setupFile) ? JSON.parse(fs.readFileSync(setupFile, "utf8")) : [];
  const expected = fs.readFileSync(path.join(dir, "expected.txt"), "utf8").replace(/\n+$/, "").split("\n");
  const unprivileged = setup.some((step) => "chmod" in step && (parseInt(step.mode, 8) & 0o444) !== 0o444);
  return { id, dir, expected, setup, unprivileged };
}

/** Lays a case out in a scratch directory and returns its config directory. */
export function layOut(c: InvalidCase): string {
  const root = tempDir("rcc-fixture-");
  // Readable by all, so a case may run as another user.
  fs.chmodSync(root, 0o755);
  const config = path.join(root, "config");
  fs.cpSync(BASE_CONFIG, config, { recursive: true });
  const overlay = path.join(c.dir, "config");
  if (fs.existsSync(overlay)) fs.cpSync(overlay, config, { recursive: true, verbatimSymlinks: true });
  for (const step of c.setup) apply(config, step);
  return config;
}

function apply(config: string, step: SetupStep): void {
  const at = (relative: string) => path.join(config, relative);
  if ("remove" in step) fs.rmSync(at(step.remove), { recursive: true });
  else if ("mkdir" in step) fs.mkdirSync(at(step.mkdir), { recursive: true });
  else if ("symlink" in step) fs.symlinkSync(step.to, at(step.symlink));
  else if ("fifo" in step) execFileSync("mkfifo", [at(step.fifo)]);
  else if ("write" in step) fs.writeFileSync(at(step.write), step.text);
  else if ("chmod" in step) fs.chmodSync(at(step.chmod), parseInt(step.mode, 8));
  else if ("replace" in step) {
    const file = at(step.replace);
    const piece = step.hex !== undefined ? Buffer.from(step.hex, "hex") : Buffer.from(step.text ?? "", "utf8");
    const parts = splitBytes(fs.readFileSync(file), Buffer.from(step.marker, "utf8"));
    if (parts.length < 2) throw new Error(`${step.replace}: marker ${step.marker} not found`);
    const filler = Buffer.concat(Array.from({ length: step.times ?? 1 }, () => piece));
    fs.writeFileSync(file, Buffer.concat(parts.flatMap((part, i) => (i === 0 ? [part] : [filler, part]))));
  } else throw new Error(`unknown setup step ${JSON.stringify(step)}`);
}

function splitBytes(bytes: Buffer, marker: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = bytes.indexOf(marker); at !== -1; at = bytes.indexOf(marker, from)) {
    parts.push(bytes.subarray(from, at));
    from = at + marker.length;
  }
  parts.push(bytes.subarray(from));
  return parts;
}
