import { systemResourceName, volumeNamePrefix } from "../../../contract/resource-names";
import { drSystemsStackName, systemsStackName, tenantStackName } from "../../../contract/stack-names";
import { backupContainerName } from "../../../model/center";
import { Block, isTrue, nestedBlocks, resolve, resources, stringArg } from "../../separation/terraform";
import { at, AuditRule, AuditStack } from "../rule";
import { inService } from "../../../model/lifecycle";

export const statefulSystemBackedUp: AuditRule = {
  id: "RCC-BAK-001",
  level: "error",
  title: "Every stateful system is backed up",
  rationale:
    "A volume outside the backup plan, or a tenant without a versioned backup container, is lost with its disk; a container with Swift's object versioning sends nothing to the DR partner.",
  fix: "Keep each data volume inside a system of the config (it has a backup block) and the tenant's backup container versioned with a history container.",
  check: ({ center, stacks }) => {
    const byName = new Map(stacks.map((s) => [s.name, s]));
    return center.municipalities.filter(inService).flatMap((m) => {
      const tenant = byName.get(tenantStackName(m.code));
      if (!tenant) return [];
      const name = backupContainerName(center.region, m);
      const container = resources(tenant, "openstack_objectstorage_container_v1").find(
        (c) => stringArg(c.body, "name") === name,
      );
      const systems = m.systems.map((s) => volumeNamePrefix(systemResourceName(m.code, s.name)));
      const strays = [systemsStackName(m.code), drSystemsStackName(m.code)]
        .map((stackName) => byName.get(stackName))
        .filter((s): s is AuditStack => s !== undefined)
        .flatMap((stack) =>
          resources(stack, "openstack_blockstorage_volume_v3")
            .filter((volume) => !systems.some((prefix) => (stringArg(volume.body, "name") ?? "").startsWith(prefix)))
            .map((volume) =>
              at(
                stack,
                volume,
                `volume ${stringArg(volume.body, "name") ?? volume.name} belongs to no system with a backup plan`,
              ),
            ),
        );
      if (!container) {
        return [
          {
            stack: tenant.name,
            address: `backup container ${name}`,
            municipality: m.code,
            message: `no backup container ${name}`,
          },
          ...strays,
        ];
      }
      const copies = copiesProblem(tenant, container);
      return copies ? [at(tenant, container, `backup container ${name} ${copies}`), ...strays] : strays;
    });
  },
};

/**
 * Why a backup container would lose the previous copies, or send none to the partner: Swift's
 * container sync skips every object of a container with object versioning (`versioning`), so
 * only a history container (`versioning_legacy`) keeps copies and syncs.
 */
function copiesProblem(stack: AuditStack, container: Block): string | undefined {
  if (isTrue(container.body.versioning)) {
    return stringArg(container.body, "container_sync_to") === undefined
      ? undefined
      : "uses object versioning, whose objects container sync skips: nothing reaches the partner";
  }
  const [legacy] = nestedBlocks(container.body, "versioning_legacy");
  const location = legacy?.location;
  const containers = resources(stack, "openstack_objectstorage_container_v1");
  const history =
    resolve(stack, location) ??
    containers.find((c) => location !== undefined && stringArg(c.body, "name") === location);
  return history?.type === "openstack_objectstorage_container_v1" ? undefined : "is not versioned";
}
