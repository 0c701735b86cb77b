// Records the sample config's resource addresses in docs/address-inventory.json (npm run addresses).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { synthesizeForReview } from "../synthesis/synthesize";
import { AddressInventory, addressInventory } from "../policy/addresses";

export const INVENTORY_FILE = path.resolve(__dirname, "../docs/address-inventory.json");
const SAMPLE_CONFIG = path.resolve(__dirname, "../config");

/** Every stack's managed addresses as a synthesis of the config gives them now. */
export function synthesizedInventory(configDir = SAMPLE_CONFIG): AddressInventory {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "rcc-addresses-"));
  try {
    const synthesis = synthesizeForReview({ configDir, outdir, projectDir: outdir });
    if ("problems" in synthesis) throw new Error(`${configDir} is not valid: run npx rcc validate`);
    return addressInventory(
      synthesis.stacks.map((s) => ({
        name: s.name,
        addresses: s.blocks.filter((b) => b.mode === "resource").map((b) => b.address),
      })),
    );
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const inventory = synthesizedInventory();
  fs.writeFileSync(INVENTORY_FILE, `${JSON.stringify(inventory, null, 2)}\n`);
  const count = Object.values(inventory).reduce((n, a) => n + a.length, 0);
  console.log(
    `wrote ${path.relative(process.cwd(), INVENTORY_FILE)}: ${count} addresses in ${Object.keys(inventory).length} stacks`,
  );
}
