import Ajv, { ErrorObject, ValidateFunction } from "ajv";
import { TSchema } from "@sinclair/typebox";
import { parseCidr, parseIpv4 } from "../ip";
import { parsePeer, PEER_SYNTAX } from "../peer";
import { ConfigProblem, fieldPath } from "../problems";
import { cut, shown } from "../shown";
import { YamlSource } from "../yaml-source";

const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
ajv.addFormat("ipv4-cidr", (text: string) => parseCidr(text) !== undefined);
ajv.addFormat("ipv4", (text: string) => parseIpv4(text) !== undefined);
ajv.addFormat("email", (text: string) => isEmail(text));
ajv.addFormat("peer", (text: string) => parsePeer(text) !== undefined);
ajv.addFormat("date", (text: string) => isCalendarDate(text));

/**
 * `name@host.domain`: one @, no spaces, a dot inside the domain. Checked by hand, since the
 * pattern it replaces (/^[^\s@]+@[^\s@]+\.[^\s@]+$/) backtracks in time quadratic in the length.
 */
function isEmail(text: string): boolean {
  const at = text.indexOf("@");
  if (at < 1 || at !== text.lastIndexOf("@") || /\s/.test(text)) return false;
  return text.slice(at + 2, -1).includes(".");
}

/** `2026-11-22`, and a day that exists. */
function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

const FORMAT_HINTS: Record<string, string> = {
  "ipv4-cidr": "an IPv4 CIDR with no host bits set, e.g. 10.27.0.0/16",
  ipv4: "an IPv4 address, e.g. 10.27.255.53",
  email: "an e-mail address",
  peer: PEER_SYNTAX,
  date: "a calendar date as YYYY-MM-DD, e.g. 2026-11-22",
};

const compiled = new WeakMap<TSchema, ValidateFunction>();

/** Checks `source.data` against a schema; every violation becomes a located problem. */
export function checkSchema(schema: TSchema, source: YamlSource): ConfigProblem[] {
  let validate = compiled.get(schema);
  if (!validate) compiled.set(schema, (validate = ajv.compile(schema)));
  if (validate(source.data)) return [];
  return (validate.errors ?? []).map((error) => toProblem(error, source));
}

function toProblem(error: ErrorObject, source: YamlSource): ConfigProblem {
  const segments = pointerSegments(error.instancePath);
  const { segments: at, message } = describe(error, segments);
  return { file: source.file, line: source.lineOf(at), field: fieldPath(at), message };
}

function describe(error: ErrorObject, segments: Array<string | number>): { segments: Array<string | number>; message: string } {
  const expected = typeof error.parentSchema?.description === "string" ? error.parentSchema.description : undefined;
  const got = `got ${shown(error.data)}`;
  switch (error.keyword) {
    case "required": {
      const missing = String(error.params.missingProperty);
      const description = error.parentSchema?.properties?.[missing]?.description;
      return { segments: [...segments, missing], message: `required field is missing${description ? ` (${description})` : ""}` };
    }
    case "additionalProperties": {
      const unknown = String(error.params.additionalProperty);
      const allowed = Object.keys(error.parentSchema?.properties ?? {});
      const suggestion = closest(unknown, allowed);
      return {
        segments: [...segments, unknown],
        message: `unknown field${suggestion ? ` (did you mean "${cut(suggestion)}"?)` : ""}; allowed: ${allowed.join(", ")}`,
      };
    }
    case "enum":
      return { segments, message: `must be one of ${error.params.allowedValues.join(", ")}; ${got}` };
    case "const":
      return { segments, message: `must be ${shown(error.params.allowedValue)}; ${got}` };
    case "type":
      return { segments, message: `must be ${article(String(error.params.type))}; ${got}` };
    case "format":
      return { segments, message: `must be ${FORMAT_HINTS[String(error.params.format)] ?? error.params.format}; ${got}` };
    case "pattern":
      return { segments, message: `${got}, expected ${expected ?? `a match for ${error.params.pattern}`}` };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { segments, message: `must be ${error.params.comparison} ${error.params.limit}; ${got}` };
    case "minLength":
      return { segments, message: `must have at least ${error.params.limit} characters; ${got}` };
    case "maxLength":
      return { segments, message: `must have at most ${error.params.limit} characters; ${got}` };
    case "minItems":
      return { segments, message: `must list at least ${error.params.limit} item(s)` };
    case "uniqueItems":
      return { segments, message: `items ${error.params.j + 1} and ${error.params.i + 1} are the same; list each once` };
    default:
      return { segments, message: error.message ?? "is not valid" };
  }
}

function pointerSegments(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^[0-9]+$/.test(s) ? Number(s) : s));
}

function article(type: string): string {
  const names: Record<string, string> = {
    integer: "a whole number",
    number: "a number",
    string: "a string (quote numbers that are codes, e.g. \"27110\")",
    object: "a mapping of fields",
    array: "a list",
    boolean: "true or false",
  };
  return names[type] ?? type;
}

/**
 * The allowed name a typo most likely meant, if any is within two edits. Only candidates within
 * two characters of the word's length can be, so the work stays bounded for a key of any length.
 */
function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
