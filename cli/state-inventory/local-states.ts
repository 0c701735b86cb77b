import * as fs from "node:fs";
import * as path from "node:path";
import { stackOfStateFile, stateFileName } from "../../contract/outputs";
import { StateBackendError } from "./errors";
import { StateInventory } from "./state-inventory";
import { managedResourceCount } from "./terraform-state";

/** The states in a local state directory, one file per stack. A directory not made yet holds no states. */
export function localStateInventory(dir: string, location: string): StateInventory {
  return {
    backend: "local",
    location,
    async stacks() {
      if (!fs.existsSync(dir)) return [];
      // Not `*.tfstate.backup`, nor lock files, nor the hidden files Terraform writes beside.
      return readDir(dir, location)
        .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
        .map((entry) => stackOfStateFile(entry.name))
        .filter((stack): stack is string => stack !== undefined)
        .sort();
    },
    async resourceCount(stack) {
      const file = path.join(dir, stateFileName(stack));
      const source = path.join(location, stateFileName(stack));
      try {
        return managedResourceCount(fs.readFileSync(file, "utf8"), source);
      } catch (error) {
        if (error instanceof StateBackendError) throw error;
        throw new StateBackendError(`cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? error}`);
      }
    },
  };
}

function readDir(dir: string, location: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new StateBackendError(
      `cannot read the state directory ${location}: ${(error as NodeJS.ErrnoException).code}`,
    );
  }
}
