import {
  constructId,
  coreStackIds,
  roleLookupId,
  securityGroupsIds,
  systemGroupLookupId,
  systemGroupLookupScope,
  systemsStackIds,
} from "../../contract/construct-ids";
import { ConfigProblem } from "../problems";
import { MunicipalityFile } from "../schema/municipality";
import { RegionFile } from "../schema/region";
import { Loaded, problemAt, Validator } from "./context";

/**
 * Users' names become construct ids beside the ids rcc gives its own constructs (contract/
 * construct-ids.ts); two equal ids in one scope would fail synthesis with an engine error, so a
 * name that would make one is refused here, naming what rcc uses it for. A system's name is
 * refused whether or not it is built today, so building it later cannot start failing.
 */
export const validateNames: Validator = ({ region, municipalities }) => [
  ...sharedServiceNames(region),
  ...roleNames(region),
  ...municipalities.flatMap((m) => [...systemNames(m), ...volumeNames(m)]),
];

function reservedList(reserved: ReadonlyMap<string, string>): string {
  return [...reserved.keys()].sort().join(", ");
}

function systemNames(m: Loaded<MunicipalityFile>): ConfigProblem[] {
  const { code, systems } = m.value;
  const reserved = new Map([...systemsStackIds(code), ...securityGroupsIds(code)]);
  const lookups = new Map(systems.map((s, i) => [systemGroupLookupId(s.name), i]));
  return systems.flatMap((system, i) => {
    const at = ["systems", i, "name"];
    const what = reserved.get(system.name);
    if (what !== undefined) {
      const message =
        `"${system.name}" is a name rcc gives its own construct (${what}); ` +
        `system names must not be ${reservedList(reserved)}`;
      return [problemAt(m, at, message)];
    }
    const owner = lookups.get(system.name);
    if (owner === undefined) return [];
    const other = systems[owner].name;
    const message =
      `"${system.name}" is the name rcc gives the lookup of system ${other}'s security group (systems[${owner}]) ` +
      `in ${systemGroupLookupScope(code)}; rename one of them: no system may be named <another system>${systemGroupLookupId("")}`;
    return [problemAt(m, at, message)];
  });
}

function volumeNames(m: Loaded<MunicipalityFile>): ConfigProblem[] {
  return m.value.systems.flatMap((system, i) => {
    const first = new Map<string, number>();
    return (system.build?.volumes ?? []).flatMap((volume, k) => {
      const earlier = first.get(volume.name);
      if (earlier === undefined) {
        first.set(volume.name, k);
        return [];
      }
      const message =
        `"${volume.name}" is listed twice in system ${system.name} (first at volumes[${earlier}]); ` +
        "volume names must be unique within a system";
      return [problemAt(m, ["systems", i, "build", "volumes", k, "name"], message)];
    });
  });
}

function sharedServiceNames(region: Loaded<RegionFile>): ConfigProblem[] {
  const reserved = coreStackIds();
  return region.value.sharedServices.services.flatMap((service, i) => {
    const what = reserved.get(service.name);
    if (what === undefined) return [];
    const message =
      `"${service.name}" is a name rcc gives its own construct in the core stack (${what}); ` +
      `shared service names must not be ${reservedList(reserved)}`;
    return [problemAt(region, ["sharedServices", "services", i, "name"], message)];
  });
}

/** Each role gets a lookup, one per role name: two names must not make one construct id. */
function roleNames(region: Loaded<RegionFile>): ConfigProblem[] {
  const { adminRole, readonlyRole } = region.value.identity;
  const id = constructId(roleLookupId(adminRole));
  if (adminRole === readonlyRole || constructId(roleLookupId(readonlyRole)) !== id) return [];
  const message =
    `"${readonlyRole}" and identity.adminRole "${adminRole}" give rcc one construct id (${id}: ` +
    `construct ids read "/" as "--"); name the roles so they differ in more than that`;
  return [problemAt(region, ["identity", "readonlyRole"], message)];
}
