import { decode, encode, ExtensionCodec } from "@msgpack/msgpack";
import { CtyType, JsonBlock } from "./schema";

/** A value known only after apply; on the wire, a msgpack extension (code 0 when unrefined). */
export const UNKNOWN: unique symbol = Symbol("unknown");
export type Value = typeof UNKNOWN | null | boolean | number | string | Value[] | { [key: string]: Value };

const codec = new ExtensionCodec();
codec.register({ type: 0, encode: (input) => (input === UNKNOWN ? new Uint8Array([0]) : null), decode: () => UNKNOWN });
// Refined unknowns (code 12): the refinements are safe to drop, the value stays unknown.
codec.register({ type: 12, encode: () => null, decode: () => UNKNOWN });

export function decodeValue(bytes: Uint8Array | undefined): Value {
  return bytes && bytes.length > 0 ? (decode(bytes, { extensionCodec: codec }) as Value) : null;
}

export function encodeValue(value: Value): Uint8Array {
  return encode(value, { extensionCodec: codec, ignoreUndefined: true });
}

/**
 * The planned state of a create: the proposed value with every computed attribute that the
 * configuration left null made unknown, in nested blocks too, as a real provider would before
 * the cloud assigns ids, addresses and defaults.
 */
export function planCreate(block: JsonBlock, proposed: Value): Value {
  return walkBlock(block, proposed, (attribute, value) => (value === null && attribute.computed ? UNKNOWN : value));
}

/**
 * A data source's result without a cloud: the configuration with every computed attribute left
 * null filled with a value of its type, strings saying plainly that they are placeholders.
 */
export function placeholderRead(typeName: string, block: JsonBlock, config: Value): Value {
  return walkBlock(block, config, (attribute, value, name) =>
    value === null && attribute.computed ? placeholder(attribute.type ?? "string", `${typeName}.${name}`) : value,
  );
}

export const PLACEHOLDER_PREFIX = "offline-placeholder:";

function placeholder(type: CtyType, name: string): Value {
  if (type === "string") return `${PLACEHOLDER_PREFIX}${name}`;
  if (type === "number") return 0;
  if (type === "bool") return false;
  if (Array.isArray(type) && (type[0] === "list" || type[0] === "set" || type[0] === "tuple")) return [];
  if (Array.isArray(type) && type[0] === "map") return {};
  if (Array.isArray(type) && type[0] === "object") {
    const attrs = type[1] as Record<string, CtyType>;
    return Object.fromEntries(Object.entries(attrs).map(([key, t]) => [key, placeholder(t, `${name}.${key}`)]));
  }
  return null;
}

type AttributeRule = (attribute: { computed?: boolean; type?: CtyType }, value: Value, name: string) => Value;

function walkBlock(block: JsonBlock, value: Value, rule: AttributeRule): Value {
  if (value === null || value === UNKNOWN || typeof value !== "object" || Array.isArray(value)) return value;
  const out: { [key: string]: Value } = { ...value };
  for (const [name, attribute] of Object.entries(block.attributes ?? {}))
    out[name] = rule(attribute, value[name] ?? null, name);
  for (const [name, nested] of Object.entries(block.block_types ?? {})) {
    const blocks = value[name] ?? null;
    if (blocks === null || blocks === UNKNOWN) continue;
    if (nested.nesting_mode === "single" || nested.nesting_mode === "group")
      out[name] = walkBlock(nested.block, blocks, rule);
    else if (Array.isArray(blocks)) out[name] = blocks.map((b) => walkBlock(nested.block, b, rule));
    else if (typeof blocks === "object") {
      out[name] = Object.fromEntries(Object.entries(blocks).map(([k, b]) => [k, walkBlock(nested.block, b, rule)]));
    }
  }
  return out;
}
