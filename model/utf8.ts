import { isUtf8 } from "node:buffer";

/** Where a config file's bytes stop being UTF-8, so the message can name the line. */
export interface Utf8Error {
  readonly line: number;
  /** 1-based byte position within the line. */
  readonly column: number;
  readonly byte: number;
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** The text of UTF-8 bytes (a leading byte order mark dropped), or where the first invalid sequence starts. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { error: Utf8Error } {
  if (isUtf8(bytes)) return { text: decoder.decode(bytes) };
  const offset = invalidOffset(bytes);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) [line, lineStart] = [line + 1, i + 1];
  }
  return { error: { line, column: offset - lineStart + 1, byte: bytes[offset] } };
}

/** The first byte that starts no well-formed UTF-8 sequence (overlong forms and surrogates included). */
function invalidOffset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const [length, lower, upper] = sequence(lead);
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [lower, upper] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return i;
    }
    i += length;
  }
  return i;
}

/** Length of the sequence a lead byte starts, and the range its second byte must be in (RFC 3629). */
function sequence(lead: number): [number, number, number] {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  return [0, 0, 0];
}
