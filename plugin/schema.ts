/**
 * The provider schema as `terraform providers schema -json` prints it, and its translation into
 * the protocol's Schema messages (which Terraform uses to check names, types, required arguments
 * and block counts).
 */
export type CtyType = string | [string, unknown];

export interface JsonAttribute {
  type?: CtyType;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  deprecated?: boolean;
  write_only?: boolean;
}

export interface JsonBlock {
  attributes?: Record<string, JsonAttribute>;
  block_types?: Record<string, JsonNestedBlock>;
  deprecated?: boolean;
}

export interface JsonNestedBlock {
  nesting_mode: "single" | "list" | "set" | "map" | "group";
  block: JsonBlock;
  min_items?: number;
  max_items?: number;
}

export interface JsonSchema {
  version?: number;
  block: JsonBlock;
}

export interface ProviderSchema {
  provider: JsonSchema;
  resource_schemas: Record<string, JsonSchema>;
  data_source_schemas: Record<string, JsonSchema>;
}

/** Picks the one provider out of a `terraform providers schema -json` document. */
export function providerSchemaFrom(document: unknown, source: string): ProviderSchema {
  const schemas = (document as { provider_schemas?: Record<string, ProviderSchema> }).provider_schemas;
  const entries = Object.entries(schemas ?? {}).filter(([address]) => address.endsWith("/openstack"));
  if (entries.length !== 1) {
    throw new Error(`${source}: expected the schema of one openstack provider (terraform providers schema -json)`);
  }
  return entries[0][1];
}

const NESTING = { single: "SINGLE", list: "LIST", set: "SET", map: "MAP", group: "GROUP" } as const;

export function toProtoSchema(schema: JsonSchema) {
  return { version: schema.version ?? 0, block: toProtoBlock(schema.block) };
}

function toProtoBlock(block: JsonBlock): Record<string, unknown> {
  return {
    version: 0,
    deprecated: block.deprecated ?? false,
    attributes: Object.entries(block.attributes ?? {}).map(([name, a]) => ({
      name,
      type: Buffer.from(JSON.stringify(a.type ?? "dynamic")),
      required: a.required ?? false,
      optional: a.optional ?? false,
      computed: a.computed ?? false,
      sensitive: a.sensitive ?? false,
      deprecated: a.deprecated ?? false,
      write_only: a.write_only ?? false,
    })),
    block_types: Object.entries(block.block_types ?? {}).map(([typeName, nested]) => ({
      type_name: typeName,
      block: toProtoBlock(nested.block),
      nesting: NESTING[nested.nesting_mode],
      min_items: nested.min_items ?? 0,
      max_items: nested.max_items ?? 0,
    })),
  };
}
