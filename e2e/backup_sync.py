"""Proves on the test cloud that a tenant's backups reach the DR partner, then removes what it wrote.

Run with Debian's python3, OS_CLIENT_CONFIG_FILE naming the test cloud's clouds.yaml:
    /usr/bin/python3 e2e/backup_sync.py CONTAINER HISTORY CENTER PARTNER BACKUP TIMEOUT
HISTORY is the container's history container (contract/resource-names.ts names it). CENTER and PARTNER are the admin entries whose accounts hold the container at each site; BACKUP
is the backup identity's entry. As the backup identity (the container's write ACL), it writes an
object and overwrites it; the previous copy must be in the history container at the center, and
the new one must arrive at the partner within TIMEOUT seconds (Swift's container-sync daemon).
Then it deletes the object, waits for the partner to drop it too, and empties the four
containers, so that Terraform can destroy them. Prints one JSON object: what it saw.
"""
import json
import logging
import sys
import time

import openstack
import requests

# Swift has no version document to discover; keystoneauth says so on every call.
logging.disable(logging.WARNING)
OBJECT = "e2e-backup-sync-proof"


class Site:
    """One site's account, seen by the admin that owns it."""

    def __init__(self, cloud):
        self.conn = openstack.connect(cloud=cloud)
        self.account = self.conn.object_store.get_endpoint().rstrip("/")

    def get(self, path):
        return requests.get(f"{self.account}/{path}", headers={"X-Auth-Token": self.conn.auth_token}, timeout=30)

    def listing(self, container):
        response = self.get(container)
        return response.text.split() if response.status_code == 200 else []

    def empty(self, container):
        """Deletes what the listing shows until it stays empty: Swift updates listings after the write."""
        quiet = 0
        end = time.monotonic() + 60
        while quiet < 3:
            names = self.listing(container)
            for name in names:
                self.conn.object_store.delete_object(name, container=container, ignore_missing=True)
            quiet = 0 if names else quiet + 1
            if time.monotonic() > end:
                raise SystemExit(f"backup sync: {container} still lists objects after 60 s")
            time.sleep(2)


def until(what, timeout, check):
    """Polls a check of something Swift does in the background, within a bound."""
    end = time.monotonic() + timeout
    while not check():
        if time.monotonic() > end:
            raise SystemExit(f"backup sync: {what} within {timeout} s")
        time.sleep(2)
    return round(timeout - (end - time.monotonic()), 1)


def main(container, history, center_cloud, partner_cloud, backup_cloud, timeout):
    center, partner = Site(center_cloud), Site(partner_cloud)
    writer = openstack.connect(cloud=backup_cloud)
    url = f"{center.account}/{container}/{OBJECT}"
    seen = {}
    for body in ("first copy", "second copy"):
        response = requests.put(url, data=body, headers={"X-Auth-Token": writer.auth_token}, timeout=30)
        if response.status_code != 201:
            raise SystemExit(f"backup sync: the backup identity's PUT of {container}/{OBJECT}: {response.status_code} {response.text}")
    seen["previousCopiesAtCenter"] = len(center.listing(history))
    if seen["previousCopiesAtCenter"] < 1:
        raise SystemExit(f"backup sync: the overwrite left no previous copy in {history}")
    seen["secondsToReachPartner"] = until(
        f"the second copy did not reach {container} at the partner", timeout,
        lambda: partner.get(f"{container}/{OBJECT}").text == "second copy",
    )
    center.conn.object_store.delete_object(OBJECT, container=container)
    seen["secondsToDeleteAtPartner"] = until(
        f"the delete did not reach {container} at the partner", timeout,
        lambda: partner.get(f"{container}/{OBJECT}").status_code == 404,
    )
    seen["previousCopiesAtPartner"] = len(partner.listing(history))
    # The history containers last: a delete elsewhere may still add to them.
    for site, name in ((center, container), (partner, container), (center, history), (partner, history)):
        site.empty(name)
    json.dump(seen, sys.stdout)


if __name__ == "__main__":
    main(*sys.argv[1:6], float(sys.argv[6]))
