import { resources, stringArg } from "../../separation/terraform";
import { at, AuditRule } from "../rule";

export const publicContainer: AuditRule = {
  id: "RCC-OBJ-001",
  level: "error",
  title: "No object-storage container is public",
  rationale: "A referrer ACL (.r:) or listing ACL (.rlistings) lets anyone read, without a token.",
  fix: "Grant read to projects or users (project-id:*), never .r:* or .rlistings.",
  check: ({ stacks }) =>
    stacks.flatMap((stack) =>
      resources(stack, "openstack_objectstorage_container_v1").flatMap((container) => {
        const read = stringArg(container.body, "container_read") ?? "";
        const grants = read
          .split(",")
          .filter((grant) => grant.trim().startsWith(".r:") || grant.trim() === ".rlistings");
        if (grants.length === 0) return [];
        const name = stringArg(container.body, "name") ?? container.name;
        return [at(stack, container, `container ${name} is readable by anyone (${grants.join(", ")})`)];
      }),
    ),
};
