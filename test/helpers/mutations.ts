/**
 * Random damage to a config file's text, for the property test of bad input: what a slip of the
 * editor, a truncated copy, a wrong encoding or an attacker would make of it. Seeded, so a failing
 * seed reproduces the same damage.
 */
import { pick, Rng } from "./synthetic-config";

export type Mutation = (text: string, rng: Rng) => string;

const int = (rng: Rng, max: number) => Math.floor(rng() * max);
const lines = (text: string) => text.split("\n");
const VALUE_LINE = /^(\s*(?:- )?[A-Za-z][\w-]*:)( .*)$/;

/** A field's value replaced by a value of another kind. */
const swapType: Mutation = (text, rng) => {
  const all = lines(text);
  const candidates = all.map((l, i) => (VALUE_LINE.test(l) ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) return text;
  const i = pick(rng, candidates);
  const value = pick(rng, ["[]", "{}", "42", "-1", "3.5", '"text"', "true", "~", ".inf", "[1, 2]", "{ a: 1 }", "''"]);
  all[i] = all[i].replace(VALUE_LINE, `$1 ${value}`);
  return all.join("\n");
};

const dropLine: Mutation = (text, rng) => {
  const all = lines(text);
  all.splice(int(rng, all.length), 1);
  return all.join("\n");
};

const duplicateLine: Mutation = (text, rng) => {
  const all = lines(text);
  const i = int(rng, all.length);
  all.splice(i, 0, all[i]);
  return all.join("\n");
};

/** Random bytes, as latin-1 code points so any byte value can land (the file is written as bytes). */
const insertBytes: Mutation = (text, rng) => {
  const at = int(rng, text.length + 1);
  const bytes = Array.from({ length: 1 + int(rng, 8) }, () => String.fromCharCode(int(rng, 256))).join("");
  return `${text.slice(0, at)}\uE000RAW${bytes}RAW\uE000${text.slice(at)}`;
};

const truncate: Mutation = (text, rng) => text.slice(0, int(rng, text.length));

const hugeValue: Mutation = (text, rng) => {
  const all = lines(text);
  const candidates = all.map((l, i) => (VALUE_LINE.test(l) ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) return text;
  const i = pick(rng, candidates);
  const unit = pick(rng, ["a", "a.", "@", "1.", "-", "가", "x@y.", " "]);
  all[i] = all[i].replace(VALUE_LINE, `$1 ${JSON.stringify(unit.repeat(50_000 + int(rng, 400_000)))}`);
  return all.join("\n");
};

const deepNesting: Mutation = (text, rng) => {
  const depth = 20 + int(rng, 5000);
  const nest = pick(rng, [
    `extra: ${"[".repeat(depth)}`,
    `extra:\n  ${"- ".repeat(depth)}x`,
    `extra: ${"{a: ".repeat(depth)}`,
  ]);
  return `${text}\n${nest}\n`;
};

const aliases: Mutation = (text, rng) => {
  const width = 2 + int(rng, 10);
  const levels = 2 + int(rng, 8);
  const rows = [`  l0: &l0 [${Array(width).fill("x").join(", ")}]`];
  for (let l = 1; l < levels; l++)
    rows.push(
      `  l${l}: &l${l} [${Array(width)
        .fill(`*l${l - 1}`)
        .join(", ")}]`,
    );
  return `${text}\nlaughs:\n${rows.join("\n")}\n`;
};

const keyTypo: Mutation = (text, rng) => {
  const all = lines(text);
  const candidates = all.map((l, i) => (VALUE_LINE.test(l) ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) return text;
  const i = pick(rng, candidates);
  all[i] = all[i].replace(
    /([A-Za-z])([\w-]*):/,
    (_, first: string, rest: string) => `${first}${rest}${"x".repeat(1 + int(rng, 3))}:`,
  );
  return all.join("\n");
};

export const MUTATIONS: Record<string, Mutation> = {
  swapType,
  dropLine,
  duplicateLine,
  insertBytes,
  truncate,
  hugeValue,
  deepNesting,
  aliases,
  keyTypo,
};

/** The text as bytes: the raw stretches insertBytes marked become the bytes they stand for. */
export function toBytes(text: string): Buffer {
  const parts = text.split(/\uE000RAW([\s\S]*?)RAW\uE000/);
  return Buffer.concat(parts.map((part, i) => Buffer.from(part, i % 2 === 1 ? "latin1" : "utf8")));
}
