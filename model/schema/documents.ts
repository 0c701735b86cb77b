import { TSchema } from "@sinclair/typebox";
import { MunicipalitySchema } from "./municipality";
import { RegionSchema } from "./region";

/**
 * Files generated from the schema and committed: the JSON Schema that editors use for
 * completion (named in each YAML file's first line) and the config reference. A test fails
 * when they drift from the schema; `npm run schema` rewrites them.
 */
export function schemaDocuments(): Record<string, string> {
  return {
    "schema/region.schema.json": jsonSchema(RegionSchema),
    "schema/municipality.schema.json": jsonSchema(MunicipalitySchema),
    "docs/config-reference.md": reference(),
  };
}

function jsonSchema(schema: TSchema): string {
  return `${JSON.stringify({ $schema: "http://json-schema.org/draft-07/schema#", ...schema }, null, 2)}\n`;
}

function reference(): string {
  const section = (file: string, schema: TSchema) => [
    `## ${file}`,
    "",
    `${schema.title}. Fields marked * are required.`,
    "",
    "| field | type | description |",
    "| --- | --- | --- |",
    ...rows(schema, "", true),
    "",
  ];
  return [
    "# Config reference",
    "",
    "Generated from `model/schema/` by `npm run schema`; do not edit by hand.",
    "",
    ...section("config/region.yaml", RegionSchema),
    ...section("config/municipalities/<code>-<name>.yaml", MunicipalitySchema),
  ].join("\n");
}

function rows(schema: TSchema, prefix: string, required: boolean): string[] {
  const lines: string[] = [];
  if (prefix) lines.push(`| \`${prefix}\`${required ? " *" : ""} | ${typeOf(schema)} | ${cell(schema.description ?? "")} |`);
  const object = schema.type === "array" ? schema.items : schema;
  if (object?.type === "object" && object.properties) {
    const base = schema.type === "array" ? `${prefix}[]` : prefix;
    for (const [key, child] of Object.entries<TSchema>(object.properties)) {
      lines.push(...rows(child, base ? `${base}.${key}` : key, (object.required ?? []).includes(key)));
    }
  }
  return lines;
}

function typeOf(schema: TSchema): string {
  if (schema.enum) return schema.enum.map((v: string) => `\`${v}\``).join(" \\| ");
  if (schema.const !== undefined) return `\`${schema.const}\``;
  if (schema.type === "array") return `list of ${schema.items?.type === "object" ? "objects" : typeOf(schema.items)}`;
  const range = [
    schema.minimum !== undefined ? `>= ${schema.minimum}` : "",
    schema.exclusiveMinimum !== undefined ? `> ${schema.exclusiveMinimum}` : "",
    schema.maximum !== undefined ? `<= ${schema.maximum}` : "",
  ].filter(Boolean);
  return `${schema.format ?? schema.type}${range.length ? ` (${range.join(", ")})` : ""}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}
