import { systemResourceName } from "../../../contract/resource-names";
import { drStackName, tenantStackName } from "../../../contract/stack-names";
import { resources, stringArg } from "../../separation/terraform";
import { AuditRule } from "../rule";
import { inService } from "../../../model/lifecycle";

export const gradedSystemsHaveDr: AuditRule = {
  id: "RCC-DR-001",
  level: "error",
  title: "Grade-C and grade-S systems have a standby at the DR partner",
  rationale: "A center that fails takes every tenant with it; graded systems must be recoverable elsewhere.",
  fix: "Give the system a DR tier and the region a drPartner with standby, so dr-<code> provisions it.",
  check: ({ center, stacks }) => {
    const byName = new Map(stacks.map((s) => [s.name, s]));
    return center.municipalities.filter(inService).flatMap((m) => {
      const stack = drStackName(m.code);
      const standby = byName.get(stack);
      const groups = new Set(
        standby ? resources(standby, "openstack_networking_secgroup_v2").map((g) => stringArg(g.body, "name")) : [],
      );
      return m.systems
        .filter((s) => s.grade !== "O")
        .flatMap((s) => {
          const finding = (message: string) => [
            {
              stack,
              address: `systems.${s.name}`,
              municipality: m.code,
              message: `grade-${s.grade} ${s.name} ${message}`,
            },
          ];
          if (s.dr.tier === "none") return finding("has DR tier none");
          // Without a partner's standby, gradedWithoutStandby (a warning) says so once per municipality.
          if (!byName.has(stack)) return [];
          return groups.has(systemResourceName(m.code, s.name)) ? [] : finding(`has no security group in ${stack}`);
        });
    });
  },
};

export const gradedWithoutStandby: AuditRule = {
  id: "RCC-DR-002",
  level: "warning",
  title: "Graded systems have a standby tenant at a DR partner",
  rationale: "Without a partner, graded systems can only be restored from backups into the same center.",
  fix: "Name the partner's standby settings (drPartner.standby) so dr-<code> stacks provision the standby tenants.",
  check: ({ center, stacks }) => {
    if (center.region.drPartner?.standby) return [];
    const names = new Set(stacks.map((s) => s.name));
    return center.municipalities
      .filter((m) => inService(m) && names.has(tenantStackName(m.code)))
      .flatMap((m) => {
        const graded = m.systems.filter((s) => s.grade !== "O" && s.dr.tier !== "none").map((s) => s.name);
        if (graded.length === 0) return [];
        const stack = drStackName(m.code);
        const message = `no standby tenant (${stack}) for ${graded.join(", ")}: the region has no drPartner.standby`;
        return [{ stack, address: "standby", municipality: m.code, message }];
      });
  },
};
