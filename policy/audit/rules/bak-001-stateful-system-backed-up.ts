import { systemResourceName, volumeNamePrefix } from "../../../contract/resource-names";
import { drSystemsStackName, systemsStackName, tenantStackName } from "../../../contract/stack-names";
import { backupContainerName } from "../../../model/center";
import { isTrue, resources, stringArg } from "../../separation/terraform";
import { at, AuditRule, AuditStack } from "../rule";
import { inService } from "../../../model/lifecycle";

export const statefulSystemBackedUp: AuditRule = {
  id: "RCC-BAK-001",
  level: "error",
  title: "Every stateful system is backed up",
  rationale:
    "A volume outside the backup plan, or a tenant without a versioned backup container, is lost with its disk.",
  fix: "Keep each data volume inside a system of the config (it has a backup block) and the tenant's backup container versioned.",
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
      if (!isTrue(container.body.versioning)) {
        return [at(tenant, container, `backup container ${name} is not versioned`), ...strays];
      }
      return strays;
    });
  },
};
