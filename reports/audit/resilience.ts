/** Backup and DR coverage per system: the targets the config promises and what meets them. */
import { Region, standingAtPartner, System } from "../../model/center";
import { SystemResilience } from "./types";

export function resilienceOf(region: Region, system: System): SystemResilience {
  const { backup, dr, availability } = system;
  const replication = backup.replication ?? [];
  return {
    system: system.name,
    grade: system.grade,
    zone: system.zone,
    availability: `${availability.mode} x${availability.instances}`,
    built: system.build !== undefined,
    backup: { schedule: backup.schedule, retentionDays: backup.retentionDays, rpoHours: backup.rpoHours, replication },
    dr: { tier: dr.tier, rtoHours: dr.rtoHours, rpoHours: dr.rpoHours },
    recoveryOrder: system.recoveryOrder,
    dependsOn: system.dependsOn,
    mechanism: [`${backup.schedule} backup`, ...replication.map((r) => `${r} replication`), standbyOf(region, system)]
      .filter(Boolean)
      .join("; "),
  };
}

function standbyOf(region: Region, system: System): string {
  if (system.dr.tier === "none") return "no DR";
  if (!region.drPartner?.standby) return `${system.dr.tier}: restore from backup (no standby partner)`;
  const running = standingAtPartner(system);
  const at = region.drPartner.name;
  if (running === 0) return `${system.dr.tier} standby tenant at ${at}, restore from backup`;
  return `${system.dr.tier} standby at ${at}: ${running} of ${system.availability.instances} instance(s) running`;
}
