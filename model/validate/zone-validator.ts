import { ConfigProblem } from "../problems";
import { RegionFile } from "../schema/region";
import { Loaded, problemAt, Validator } from "./context";

/**
 * Cinder's zones are listed only where one is named like a compute zone: a volume goes into the
 * one named like its instance's zone. A name that is no compute zone would never be used, which
 * is a typo or a zone mapping rcc does not do.
 */
export const validateZones: Validator = ({ region }) => [
  ...unusedVolumeZones(region, [], region.value.availabilityZones, region.value.volumeAvailabilityZones),
  ...unusedVolumeZones(
    region,
    ["drPartner", "standby"],
    region.value.drPartner?.standby?.availabilityZones ?? [],
    region.value.drPartner?.standby?.volumeAvailabilityZones,
  ),
];

function unusedVolumeZones(
  region: Loaded<RegionFile>,
  at: Array<string | number>,
  computeZones: readonly string[],
  volumeZones: readonly string[] | undefined,
): ConfigProblem[] {
  const compute = [...at, "availabilityZones"].join(".");
  return (volumeZones ?? []).flatMap((zone, i) =>
    computeZones.includes(zone)
      ? []
      : [
          problemAt(
            region,
            [...at, "volumeAvailabilityZones", i],
            `${zone} is not one of ${compute} (${computeZones.join(", ")}): list only Cinder zones named ` +
              "like a compute zone; volumes in any other go to Cinder's default zone",
          ),
        ],
  );
}
