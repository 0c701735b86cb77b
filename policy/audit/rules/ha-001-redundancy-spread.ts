import { isMemberName, systemResourceName } from "../../../contract/resource-names";
import { codeOfStack, parseStackName } from "../../../contract/stack-names";
import { builtSystems } from "../../../model/center";
import { Block, nestedBlocks, resolve, resources, stringArg } from "../../separation/terraform";
import { at, AuditRule, AuditStack } from "../rule";
import { inService } from "../../../model/lifecycle";

const ANTI_AFFINITY = ["anti-affinity", "soft-anti-affinity"];

/** The stacks that build systems: at the center and at the DR partner. */
const BUILDING: ReadonlySet<string | undefined> = new Set(["systems", "dr-systems"]);

export const redundancySpread: AuditRule = {
  id: "RCC-HA-001",
  level: "error",
  title: "Redundant systems sit on anti-affinity server groups across availability zones",
  rationale: "Two instances on one host or in one zone fail together: 이중화 in name only.",
  fix: "Build the system with instances > 1 (rcc adds the server group) and at least two availability zones.",
  check: ({ center, stacks }) =>
    stacks
      .filter((stack) => BUILDING.has(parseStackName(stack.name)?.kind))
      .flatMap((stack) => {
        const m = center.municipalities.find((candidate) => candidate.code === codeOfStack(stack.name));
        if (!m || !inService(m)) return [];
        return builtSystems(m)
          .filter((s) => s.availability.mode !== "single")
          .flatMap((s) => spreadProblems(stack, instancesOf(stack, systemResourceName(m.code, s.name))));
      }),
};

function instancesOf(stack: AuditStack, system: string): Block[] {
  return resources(stack, "openstack_compute_instance_v2").filter((i) =>
    isMemberName(system, stringArg(i.body, "name") ?? ""),
  );
}

function spreadProblems(stack: AuditStack, instances: Block[]) {
  if (instances.length < 2) return [];
  const unguarded = instances.filter((instance) => {
    const group = nestedBlocks(instance.body, "scheduler_hints")
      .map((hint) => resolve(stack, hint.group))
      .find((block) => block?.type === "openstack_compute_servergroup_v2");
    const policies = Array.isArray(group?.body.policies) ? group.body.policies : [];
    return !policies.some((p) => ANTI_AFFINITY.includes(String(p)));
  });
  const zones = new Set(instances.map((i) => stringArg(i.body, "availability_zone") ?? "(default)"));
  return [
    ...unguarded.map((instance) => at(stack, instance, "is on no anti-affinity server group")),
    ...(zones.size < 2 ? [at(stack, instances[0], `and its peers all run in ${[...zones].join(", ")}`)] : []),
  ];
}
