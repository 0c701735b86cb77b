import { Construct } from "constructs";
import { DataOpenstackIdentityProjectV3 } from "../.gen/providers/openstack/data-openstack-identity-project-v3";
import { DataOpenstackIdentityUserV3 } from "../.gen/providers/openstack/data-openstack-identity-user-v3";
import { ObjectstorageContainerV1 } from "../.gen/providers/openstack/objectstorage-container-v1";

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
 * A tenant's backup container: versioned, so an overwrite or delete keeps the previous copy;
 * writable by the backup identity only and readable by the tenant; synced to the DR partner.
 * It holds the tenant's data, so Terraform refuses to destroy it.
 */
export class BackupContainer extends Construct {
  readonly name: string;

  constructor(scope: Construct, id: string, props: BackupContainerProps) {
    super(scope, id);
    new ObjectstorageContainerV1(this, "container", {
      name: props.name,
      versioning: true,
      forceDestroy: false,
      ...(props.writer ? { containerWrite: this.writerAcl(props.writer) } : {}),
      containerRead: `${props.readerProjectId}:*`,
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
