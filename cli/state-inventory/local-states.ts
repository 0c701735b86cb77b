import * as fs from "node:fs";
import * as path from "node:path";
import { stateFileName } from "../../stacks/state-backend";
import { StateBackendError } from "./errors";
import { StateInventory } from "./state-inventory";
import { managedResourceCount } from "./terraform-state";

/** `<stack>.tfstate`; not `*.tfstate.backup`, nor lock files, nor hidden files Terraform writes beside. */
const STATE_FILE = /^([^.].*)\.tfstate$/;

/** The states in a local state directory, one file per stack. A directory not made yet holds no states. */
export function localStateInventory(dir: string, location: string): StateInventory {
  return {
    backend: "local",
    location,
    async stacks() {
      if (!fs.existsSync(dir)) return [];
      return readDir(dir, location)
        .filter((entry) => entry.isFile() && STATE_FILE.test(entry.name))
        .map((entry) => STATE_FILE.exec(entry.name)![1])
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
