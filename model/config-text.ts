import * as fs from "node:fs";
import { describeBytes, LIMITS } from "./limits";
import { ConfigProblem, displayPath } from "./problems";
import { cut } from "./shown";
import { decodeUtf8 } from "./utf8";

export type ConfigText = { text: string; problem?: undefined } | { text?: undefined; problem: ConfigProblem };

const { O_RDONLY, O_NONBLOCK } = fs.constants;
// Never blocks on a FIFO, never becomes the controlling terminal of a device: only regular files are read.
const OPEN_FLAGS = O_RDONLY | (O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);

/**
 * A config file's text, or why it cannot be one: only a regular file (after following links) of
 * at most LIMITS.fileBytes bytes of UTF-8 is read. Everything else is a problem at the file, so
 * a directory, a pipe, a link loop or a binary file is reported like any other mistake.
 */
export function readConfigText(file: string): ConfigText {
  const at = (message: string, line = 1): ConfigText => ({
    problem: { file: displayPath(file), line, field: "", message },
  });
  const wrong = notRegularFile(file);
  if (wrong) return at(wrong);
  let bytes: Buffer;
  try {
    const fd = fs.openSync(file, OPEN_FLAGS);
    try {
      const stat = fs.fstatSync(fd);
      // Checked again on what was opened: the path may have changed since.
      if (!stat.isFile()) return at(notAFile(stat));
      if (stat.size > LIMITS.fileBytes) return at(tooLarge(stat.size));
      bytes = readAtMost(fd, LIMITS.fileBytes + 1);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    return at(unreadable(error));
  }
  if (bytes.length > LIMITS.fileBytes) return at(tooLarge(bytes.length));
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return at("is UTF-16 (it starts with a UTF-16 byte order mark): save it as UTF-8");
  }
  const decoded = decodeUtf8(bytes);
  if ("error" in decoded) {
    const { line, column, byte } = decoded.error;
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    return at(
      `is not valid UTF-8: byte ${hex} at byte ${column} of this line starts no character; save the file as UTF-8`,
      line,
    );
  }
  return { text: decoded.text };
}

/** What is wrong with a path that should be a regular file (links followed); undefined when it is one. */
export function notRegularFile(file: string): string | undefined {
  const stat = statOf(file);
  if (typeof stat === "string") return stat;
  return stat.isFile() ? undefined : notAFile(stat);
}

/** What is wrong with a path that should be a directory (links followed); undefined when it is one. */
export function notDirectory(dir: string, layout: string): string | undefined {
  const stat = statOf(dir);
  if (typeof stat === "string") return stat;
  if (stat.isDirectory()) return undefined;
  return stat.isFile() ? `is a file, not a directory: ${layout}` : notAFile(stat);
}

/** Whether anything is at the path, a dangling link included (reading it then says what is wrong). */
export function exists(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

function statOf(file: string): fs.Stats | string {
  try {
    return fs.statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" && isLink(file)) {
      return `is a symbolic link to ${cut(fs.readlinkSync(file))}, which does not exist: point it at what belongs here, or remove it`;
    }
    return unreadable(error);
  }
}

function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function notAFile(stat: fs.Stats): string {
  if (stat.isDirectory())
    return "is a directory, not a file: rcc reads a YAML file here; remove or rename the directory";
  const what = stat.isFIFO()
    ? "a named pipe (FIFO)"
    : stat.isSocket()
      ? "a socket"
      : stat.isCharacterDevice() || stat.isBlockDevice()
        ? "a device"
        : "not a regular file";
  return `is ${what}, not a regular file: rcc reads config only from regular files; put the YAML file here`;
}

function tooLarge(size: number): string {
  return (
    `is ${size} bytes, more than the ${describeBytes(LIMITS.fileBytes)} a config file may have ` +
    "(a municipality file is a few KB): remove what does not belong in it"
  );
}

/** What a failed stat, open or read says, for the user to act on. */
export function unreadable(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  switch (code) {
    case "ENOENT":
      return "file not found";
    case "ELOOP":
      return "is a symbolic link that loops back on itself: point it at what belongs here, or remove it";
    case "EACCES":
    case "EPERM":
      return "cannot be read: permission denied; let the user running rcc read it (chmod a+r)";
    case "ENOTDIR":
      return "cannot be read: a part of its path is not a directory";
    default:
      return `cannot be read (${code ?? "error"}): ${cut(String(message))}`;
  }
}

function readAtMost(fd: number, limit: number): Buffer {
  // Unzeroed: only the bytes read are ever looked at.
  const buffer = Buffer.allocUnsafe(limit);
  let length = 0;
  for (;;) {
    const read = fs.readSync(fd, buffer, length, limit - length, null);
    if (read === 0) break;
    length += read;
    if (length === limit) break;
  }
  return buffer.subarray(0, length);
}
