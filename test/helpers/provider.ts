import * as path from "node:path";
import { PROVIDER_VERSION } from "../../plan/mirror";

/** The schema rcc's offline provider serves in tests: RCC_PROVIDER_SCHEMA, else ../shared's. */
export const PROVIDER_SCHEMA =
  process.env.RCC_PROVIDER_SCHEMA ?? path.resolve(__dirname, "../../../shared/provider-schemas/openstack-3.4.0.json");

/** A hand-written config's `terraform` block: the OpenStack provider as the stacks require it. */
export const REQUIRES_OPENSTACK = {
  required_providers: { openstack: { source: "terraform-provider-openstack/openstack", version: PROVIDER_VERSION } },
};
