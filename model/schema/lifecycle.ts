import { Static, Type } from "@sinclair/typebox";
import { CalendarDate, OneOf } from "./common";

const strict = { additionalProperties: false } as const;
const Person = (description: string) => Type.String({ maxLength: 255, minLength: 1, description });

export const LIFECYCLE_STATES = ["active", "decommissioning", "retired"] as const;

/**
 * How a municipality leaves the center: never by deleting its file. `decommissioning` stops its
 * services and keeps its data holders; once the final backup is declared done and approved, the
 * next deploy destroys the rest; `retired` keeps the record for the audit.
 */
export const LifecycleSchema = Type.Object(
  {
    state: OneOf(
      LIFECYCLE_STATES,
      "active: in service. decommissioning: leaving; services removed, data kept until the final backup is approved. " +
        "retired: gone; the file is the record",
    ),
    decommissioning: Type.Optional(
      Type.Object(
        {
          requestedOn: CalendarDate("Day the municipality asked to leave"),
          requestedBy: Person("Who asked (name and role, or a ticket)"),
          reason: Type.String({ maxLength: 1000, minLength: 10, description: "Why it leaves (at least 10 characters)" }),
        },
        { ...strict, description: "The request to leave; required from state decommissioning on" },
      ),
    ),
    finalBackup: Type.Optional(
      Type.Object(
        {
          completedOn: CalendarDate("Day the export of every volume and backup container was complete"),
          location: Type.String({ maxLength: 1024,
            minLength: 1,
            description: "Where the export is kept (archive name or path; never credentials)",
          }),
          approvedBy: Person("Who checked the export and approves destroying the data (not the requester)"),
        },
        {
          ...strict,
          description: "The final export of the tenant's data; once recorded, the next deploy destroys the data holders",
        },
      ),
    ),
    retiredOn: Type.Optional(CalendarDate("Day the last of its infrastructure was destroyed; state retired only")),
  },
  { ...strict, description: "Where the municipality is in its life in the center; absent means active" },
);

export type Lifecycle = Static<typeof LifecycleSchema>;
export type LifecycleState = Lifecycle["state"];
