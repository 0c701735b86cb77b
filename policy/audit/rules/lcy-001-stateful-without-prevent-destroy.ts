import { DATA_HOLDER_TYPES } from "../../../contract/resource-types";
import { isRecord, isTrue, resources, stringArg } from "../../separation/terraform";
import { at, AuditRule } from "../rule";

export const statefulWithoutPreventDestroy: AuditRule = {
  id: "RCC-LCY-001",
  level: "error",
  title: "Stateful resources carry prevent_destroy",
  rationale: "A rename or a removed file must never plan the loss of a project, a volume or backups.",
  fix: "Set lifecycle.prevent_destroy on projects, volumes and backup containers; retire them deliberately.",
  check: ({ stacks }) =>
    stacks.flatMap((stack) =>
      DATA_HOLDER_TYPES.flatMap((type) => resources(stack, type))
        .filter((block) => !(isRecord(block.body.lifecycle) && isTrue(block.body.lifecycle.prevent_destroy)))
        .map((block) => at(stack, block, `${stringArg(block.body, "name") ?? block.name} can be destroyed by a plan`)),
    ),
};
