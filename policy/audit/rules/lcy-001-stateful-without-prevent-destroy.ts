import { isRecord, isTrue, resources, stringArg } from "../../separation/terraform";
import { at, AuditRule } from "../rule";

/** What holds data or owns everything else: destroying one loses what no re-apply brings back. */
export const STATEFUL_TYPES = [
  "openstack_identity_project_v3",
  "openstack_blockstorage_volume_v3",
  "openstack_objectstorage_container_v1",
];

export const statefulWithoutPreventDestroy: AuditRule = {
  id: "RCC-LCY-001",
  level: "error",
  title: "Stateful resources carry prevent_destroy",
  rationale: "A rename or a removed file must never plan the loss of a project, a volume or backups.",
  fix: "Set lifecycle.prevent_destroy on projects, volumes and backup containers; retire them deliberately.",
  check: ({ stacks }) =>
    stacks.flatMap((stack) =>
      STATEFUL_TYPES.flatMap((type) => resources(stack, type))
        .filter((block) => !(isRecord(block.body.lifecycle) && isTrue(block.body.lifecycle.prevent_destroy)))
        .map((block) => at(stack, block, `${stringArg(block.body, "name") ?? block.name} can be destroyed by a plan`)),
    ),
};
