import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { RegionFile } from "../../model/schema/region";
import { writeMunicipalities } from "./synthetic-config";
import { sampleConfig } from "./config";

/**
 * A config dir with the sample region and `count` random municipalities (1 to 6 systems each):
 * every zone, grade and traffic form the schema allows, drawn so the result is valid (the caller
 * checks that it is).
 */
export function randomConfig(seed: number, count: number): string {
  const dir = sampleConfig();
  const region = parse(fs.readFileSync(path.join(dir, "region.yaml"), "utf8")) as RegionFile;
  writeMunicipalities(dir, region, count, {
    seed,
    systems: (rng) => 1 + Math.floor(rng() * 6),
    code: (i) => `27${String(100 + i * 7).padStart(3, "0")}`,
  });
  return dir;
}
