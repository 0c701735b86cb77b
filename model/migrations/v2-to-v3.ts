import { Document, isMap, isScalar, isSeq, Pair, YAMLSeq } from "yaml";
import { Migration } from "./migration";

/** The zone lists format 3 added beside each `availabilityZones`, in region files. */
const SPLIT_ZONES = ["networkAvailabilityZones", "volumeAvailabilityZones"] as const;

/**
 * Format 2 gave routers the compute zones as availability_zone_hints and put each volume in the
 * Cinder zone named like its instance's. Format 3 names Neutron's and Cinder's zones apart,
 * since real clouds seldom share Nova's names, and gives no hint when none are named. A format-2
 * region file keeps what it deployed, as changing either replaces routers and volumes: the new
 * lists are set to the compute zones, at the center and at the DR partner.
 *
 * Format 2's `systemsCloud` entries are dropped: the provider ignores a project given beside a
 * clouds.yaml entry, so the systems stacks, scoped to a tenant's project, authenticate from the
 * deploying shell's OS_* environment instead (docs/operations.md).
 */
export const v2ToV3: Migration = {
  from: 2,
  to: 3,
  summary: (kind) =>
    kind === "region"
      ? "set schemaVersion: 3, network and volume zones as the compute zones, systemsCloud dropped"
      : "set schemaVersion: 3",
  migrate(doc, kind) {
    doc.set("schemaVersion", 3);
    if (kind !== "region") return;
    copyComputeZones(doc, []);
    copyComputeZones(doc, ["drPartner", "standby"]);
    for (const at of [["openstack"], ["drPartner", "standby"]]) {
      if (doc.hasIn([...at, "systemsCloud"])) doc.deleteIn([...at, "systemsCloud"]);
    }
  },
};

/** Inserts the lists right after the compute zones, so the three read together. */
function copyComputeZones(doc: Document, at: string[]): void {
  const map = at.length === 0 ? doc.contents : doc.getIn(at, true);
  if (!isMap(map)) return;
  const index = map.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === "availabilityZones");
  const zones = index >= 0 ? map.items[index].value : undefined;
  if (!isSeq(zones)) return;
  const added = SPLIT_ZONES.filter((field) => !map.has(field)).map((field) => {
    const copy = zones.clone() as YAMLSeq;
    copy.comment = undefined;
    return new Pair(doc.createNode(field), copy);
  });
  map.items.splice(index + 1, 0, ...added);
}
