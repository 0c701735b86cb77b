import { validateAddresses } from "./address-validator";
import { validateCapacity } from "./capacity-validator";
import { Validator } from "./context";
import { validateFloatingIpQuota } from "./floating-ip-quota-validator";
import { validateIdentity } from "./identity-validator";
import { validateLifecycle } from "./lifecycle-validator";
import { validateNames } from "./name-validator";
import { validateResilience } from "./resilience-validator";
import { validateResolvers } from "./resolver-validator";
import { validateState } from "./state-validator";
import { validateSystems } from "./system-validator";
import { validateTraffic } from "./traffic-validator";
import { validateZones } from "./zone-validator";

/** Cross-file checks, run together after every file has passed its schema. */
export const VALIDATORS: readonly Validator[] = [
  validateState,
  validateIdentity,
  validateLifecycle,
  validateAddresses,
  validateResolvers,
  validateCapacity,
  validateSystems,
  validateNames,
  validateTraffic,
  validateFloatingIpQuota,
  validateResilience,
  validateZones,
];
