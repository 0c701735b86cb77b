/** A Terraform state holding `resources` managed resources (and a data source, which never counts). */
export function terraformState(resources: number): string {
  const managed = Array.from({ length: resources }, (_, i) => ({
    mode: "managed",
    type: "openstack_networking_network_v2",
    name: `network_${i}`,
    instances: [{ schema_version: 0, attributes: { id: `n-${i}` } }],
  }));
  const data = { mode: "data", type: "openstack_networking_network_v2", name: "external", instances: [{}] };
  return JSON.stringify({ version: 4, terraform_version: "1.11.4", serial: 3, resources: [...managed, data] });
}
