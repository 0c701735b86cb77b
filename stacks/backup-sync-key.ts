import { TerraformVariable } from "cdktf";
import { Construct } from "constructs";

export const BACKUP_SYNC_KEY = "backup_sync_key";

/** The Swift container-sync key both ends share: a sensitive variable, set as TF_VAR_backup_sync_key at deploy time. */
export function backupSyncKey(stack: Construct): string {
  return new TerraformVariable(stack, BACKUP_SYNC_KEY, {
    type: "string",
    sensitive: true,
    description: "Swift container-sync key shared with the DR partner; set TF_VAR_backup_sync_key at deploy time",
  }).stringValue;
}
