import { resources, stringArg } from "../../separation/terraform";
import { at, AuditRule } from "../rule";

export const instanceAdminPassword: AuditRule = {
  id: "RCC-CMP-001",
  level: "error",
  title: "No instance has an admin password in the plan",
  rationale: "admin_pass is stored in plain text in Terraform state and plans that auditors and CI read.",
  fix: "Remove admin_pass; log in with keys through the bastion, or set secrets with the image's own tooling.",
  check: ({ stacks }) =>
    stacks.flatMap((stack) =>
      resources(stack, "openstack_compute_instance_v2")
        .filter((instance) => instance.body.admin_pass !== undefined)
        .map((instance) =>
          at(stack, instance, `instance ${stringArg(instance.body, "name") ?? instance.name} sets admin_pass`),
        ),
    ),
};
