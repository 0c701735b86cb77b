import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { backupHistoryContainerName } from "../../contract/resource-names";
import { PROJECT_DIR } from "../../plan/project-dir";

/** What e2e/backup_sync.py saw: the previous copies kept at each site and Swift's sync delays. */
export interface BackupSyncProof {
  readonly previousCopiesAtCenter: number;
  readonly secondsToReachPartner: number;
  readonly secondsToDeleteAtPartner: number;
  readonly previousCopiesAtPartner: number;
}

/** Swift's container-sync daemon runs every 10 s on the test cloud; a pass may take a few. */
const SYNC_TIMEOUT_S = 120;

/**
 * Writes and overwrites one object in a tenant's backup container as the backup identity, and
 * proves the previous copy stays at the center and the new one reaches the partner; then
 * removes it everywhere, so the containers can be destroyed. Throws with the script's message.
 */
export function proveBackupSync(
  container: string,
  clouds: { center: string; partner: string; backup: string },
  env: NodeJS.ProcessEnv,
): BackupSyncProof {
  const script = path.join(PROJECT_DIR, "e2e", "backup_sync.py");
  const history = backupHistoryContainerName(container);
  const args = [script, container, history, clouds.center, clouds.partner, clouds.backup, String(SYNC_TIMEOUT_S)];
  try {
    return JSON.parse(execFileSync("/usr/bin/python3", args, { env, encoding: "utf8" })) as BackupSyncProof;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(stderr || (error as Error).message, { cause: error });
  }
}
