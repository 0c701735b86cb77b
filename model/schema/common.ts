import { Type } from "@sinclair/typebox";

/** The config format version these schemas describe; each bump comes with a migration (model/migrations). */
export const SCHEMA_VERSION = 3;

export const SchemaVersion = Type.Literal(SCHEMA_VERSION, {
  description:
    `Config format version. This release of rcc reads version ${SCHEMA_VERSION}; ` +
    "`npx rcc migrate-config` upgrades a file of an older version in place",
});

/** `2026-11-22`; checked by the `date` format registered in model/schema/validator.ts. */
export const CalendarDate = (description: string) =>
  Type.String({ format: "date", description: `${description} (YYYY-MM-DD)` });

/** Checked by the `ipv4-cidr` format registered in model/schema/validator.ts. */
export const Cidr = (description: string) =>
  Type.String({ format: "ipv4-cidr", description: `${description} (IPv4 CIDR, e.g. 10.27.0.0/16)` });

/** OpenStack and DNS friendly names: lowercase letters, digits and inner hyphens. */
export const Slug = (description: string) =>
  Type.String({ pattern: "^[a-z][a-z0-9-]{0,30}[a-z0-9]$", description: `${description} (lowercase letters, digits and hyphens, 2-32 characters)` });

export const Count = (description: string, minimum = 0) =>
  Type.Integer({ minimum, description });

/** Names of OpenStack objects that already exist in the cloud (networks, roles, groups). */
export const OpenStackName = (description: string) =>
  Type.String({ minLength: 1, maxLength: 255, description });

/** A string enum as plain JSON Schema `enum` (clear errors, editor completion) with a literal union type. */
export const OneOf = <const T extends readonly string[]>(values: T, description: string) =>
  Type.Unsafe<T[number]>({ type: "string", enum: [...values], description });

/**
 * An accepted audit finding: which rule, where (the whole file's scope, one stack, or one
 * resource), why and who approved it. Suppressed findings stay in the audit report.
 */
export const SuppressionSchema = Type.Object(
  {
    rule: Type.String({ pattern: "^RCC-[A-Z]+-[0-9]{3}$", description: "Rule id, e.g. RCC-NET-002" }),
    stack: Type.Optional(Type.String({ maxLength: 255, minLength: 1, description: "Only findings in this stack, e.g. tenant-27110" })),
    resource: Type.Optional(
      Type.String({ maxLength: 1024, minLength: 1, description: "Only findings at this Terraform address, as the audit report prints it" }),
    ),
    reason: Type.String({ maxLength: 1000, minLength: 10, description: "Why the finding is accepted (at least 10 characters)" }),
    approvedBy: Type.String({ maxLength: 255, minLength: 1, description: "Who approved it (name, role or ticket)" }),
  },
  { additionalProperties: false, description: "An accepted audit finding" },
);

export const Suppressions = (scope: string) =>
  Type.Optional(
    Type.Array(SuppressionSchema, {
      description: `Accepted audit findings of ${scope}; each must still fire, or the audit warns`,
    }),
  );
