import { ConfigProblem } from "../problems";
import { BACKUP_INTERVAL_HOURS, MunicipalityFile, SystemConfig } from "../schema/municipality";
import { Loaded, problemAt, Validator } from "./context";

/**
 * The promises a system makes about surviving a failure must add up (operations standards):
 * recovery points the backup scheme can meet, DR for graded systems, redundancy the region can
 * host, and a recovery order that brings dependencies back first.
 */
export const validateResilience: Validator = ({ region, municipalities }) =>
  municipalities.flatMap((m) => {
    const byName = new Map(m.value.systems.map((s) => [s.name, s]));
    return m.value.systems.flatMap((system, i) => [
      ...recoveryPoints(m, system, i),
      ...drForGradedSystems(m, system, i),
      ...recoveryOrder(m, byName, system, i),
      ...redundancy(m, region.value.availabilityZones, system, i),
      ...hotAtPartner(m, region.value.drPartner?.standby?.availabilityZones, system, i),
    ]);
  });

function recoveryPoints(m: Loaded<MunicipalityFile>, system: SystemConfig, i: number): ConfigProblem[] {
  const { schedule, replication = [] } = system.backup;
  const interval = BACKUP_INTERVAL_HOURS[schedule];
  const targets = [
    { at: ["systems", i, "backup", "rpoHours"], hours: system.backup.rpoHours },
    { at: ["systems", i, "dr", "rpoHours"], hours: system.dr.rpoHours },
  ];
  if (replication.length > 0) return [];
  return targets.flatMap(({ at, hours }) => {
    if (hours < 1) {
      return [
        problemAt(
          m,
          at,
          `an RPO under an hour (${hours} h) needs replication: add backup.replication: [volume] or [container-sync]`,
        ),
      ];
    }
    if (hours < interval) {
      return [
        problemAt(
          m,
          at,
          `an RPO of ${hours} h is shorter than the ${schedule} backup interval (${interval} h): ` +
            "back up more often or add backup.replication (volume, container-sync)",
        ),
      ];
    }
    return [];
  });
}

function drForGradedSystems(m: Loaded<MunicipalityFile>, system: SystemConfig, i: number): ConfigProblem[] {
  if (system.dr.tier !== "none" || system.grade === "O") return [];
  return [
    problemAt(
      m,
      ["systems", i, "dr", "tier"],
      `a grade-${system.grade} system needs disaster recovery: choose hot, warm or cold`,
    ),
  ];
}

function recoveryOrder(
  m: Loaded<MunicipalityFile>,
  byName: ReadonlyMap<string, SystemConfig>,
  system: SystemConfig,
  i: number,
): ConfigProblem[] {
  return system.dependsOn.flatMap((name) => {
    const dependency = byName.get(name);
    if (!dependency || dependency === system || dependency.recoveryOrder < system.recoveryOrder) return [];
    return [
      problemAt(
        m,
        ["systems", i, "recoveryOrder"],
        `${system.name} (order ${system.recoveryOrder}) depends on ${name} (order ${dependency.recoveryOrder}), ` +
          `which must be recovered first: give ${system.name} an order after ${dependency.recoveryOrder}`,
      ),
    ];
  });
}

function redundancy(
  m: Loaded<MunicipalityFile>,
  availabilityZones: readonly string[],
  system: SystemConfig,
  i: number,
): ConfigProblem[] {
  const { mode, instances } = system.availability;
  const problems: ConfigProblem[] = [];
  if (mode === "active-active" && availabilityZones.length < 2) {
    problems.push(
      problemAt(
        m,
        ["systems", i, "availability", "mode"],
        `active-active needs at least 2 availability zones; the region has ${availabilityZones.join(", ")}`,
      ),
    );
  }
  if (mode !== "single" && instances < 2) {
    problems.push(
      problemAt(m, ["systems", i, "availability", "instances"], `${mode} needs at least 2 instances; got ${instances}`),
    );
  }
  if (mode === "active-active" && system.build && !system.build.service) {
    problems.push(
      problemAt(
        m,
        ["systems", i, "build"],
        "an active-active system the center builds needs service: { protocol, port } for its load balancer",
      ),
    );
  }
  return problems;
}

/** A hot system runs in full at the partner (dr-systems-<code>), so its redundancy must fit there too. */
function hotAtPartner(
  m: Loaded<MunicipalityFile>,
  standbyZones: readonly string[] | undefined,
  system: SystemConfig,
  i: number,
): ConfigProblem[] {
  if (!standbyZones || !system.build || system.dr.tier !== "hot") return [];
  if (system.availability.mode !== "active-active" || standbyZones.length >= 2) return [];
  return [
    problemAt(
      m,
      ["systems", i, "dr", "tier"],
      `a hot active-active system runs in full at the DR partner, which needs at least 2 availability zones; ` +
        `drPartner.standby.availabilityZones has ${standbyZones.join(", ")}: choose warm, or add a zone there`,
    ),
  ];
}
