import { Construct } from "constructs";
import { DataOpenstackIdentityProjectV3 } from "../.gen/providers/openstack/data-openstack-identity-project-v3";
import { DataOpenstackIdentityUserV3 } from "../.gen/providers/openstack/data-openstack-identity-user-v3";
import { ObjectstorageContainerV1 } from "../.gen/providers/openstack/objectstorage-container-v1";
import { backupHistoryContainerName } from "../contract/resource-names";

export interface BackupContainerProps {
  readonly name: string;
  /** The only identity that may write: the center's backup service (looked up by name); none where only container sync writes. */
  readonly writer?: { readonly project: string; readonly user: string; readonly domainId: string };
  /** Project whose users may read (restore from) the backups: the tenant's. */
  readonly readerProjectId: string;
  /** Swift container-sync target at the DR site, `//realm/cluster/account/container`; none without a partner. */
  readonly syncTo?: string;
  /** The sync key (on both ends), as a reference to a sensitive variable: never a literal in config or output. */
  readonly syncKey?: string;
}

/**
 * A tenant's backup container: writable by the backup identity only, readable by the tenant, and
 * synced to the DR partner. An overwrite or a delete moves the previous copy into a history
 * container beside it (Swift's `X-History-Location`): Swift's newer object versioning would keep
 * the copies too, but container sync skips every object of a container that uses it, and the DR
 * copy would stay empty. Both hold the tenant's data, so Terraform refuses to destroy them.
 */
export class BackupContainer extends Construct {
  readonly name: string;

  constructor(scope: Construct, id: string, props: BackupContainerProps) {
    super(scope, id);
    // Swift writes the previous copies as the writer, so the history takes the same ACLs.
    const acls = {
      ...(props.writer ? { containerWrite: this.writerAcl(props.writer) } : {}),
      containerRead: `${props.readerProjectId}:*`,
    };
    const history = new ObjectstorageContainerV1(this, "history", {
      name: backupHistoryContainerName(props.name),
      forceDestroy: false,
      ...acls,
      lifecycle: { preventDestroy: true },
    });
    new ObjectstorageContainerV1(this, "container", {
      name: props.name,
      versioningLegacy: { type: "history", location: history.name },
      forceDestroy: false,
      ...acls,
      ...(props.syncTo ? { containerSyncTo: props.syncTo } : {}),
      ...(props.syncKey ? { containerSyncKey: props.syncKey } : {}),
      lifecycle: { preventDestroy: true },
    });
    this.name = props.name;
  }

  /** Swift keystoneauth ACL `<project id>:<user id>`, both looked up by name. */
  private writerAcl(writer: NonNullable<BackupContainerProps["writer"]>): string {
    const project = new DataOpenstackIdentityProjectV3(this, "writer-project", {
      name: writer.project,
      domainId: writer.domainId,
    });
    const user = new DataOpenstackIdentityUserV3(this, "writer-user", { name: writer.user, domainId: writer.domainId });
    return `${project.id}:${user.id}`;
  }
}
