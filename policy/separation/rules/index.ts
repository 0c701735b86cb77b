import { SeparationRule } from "../finding";
import { internalSubnetOnInternetRouter } from "./sep-001-internal-subnet-on-internet-router";
import { routerJoinsZones } from "./sep-002-router-joins-zones";
import { floatingIpOnInternal } from "./sep-003-floating-ip-on-internal";
import { internalPortOpened } from "./sep-004-internal-port-opened";
import { internalGroupOpenToInternet } from "./sep-005-internal-group-open-to-internet";
import { internalNetworkShared } from "./sep-006-internal-network-shared";
import { externalBalancerToInternal } from "./sep-007-external-balancer-to-internal";
import { crossingOutsideLinkage } from "./sep-008-crossing-outside-linkage";

/** The separation proof's rules, in id order. */
export const SEPARATION_RULES: readonly SeparationRule[] = [
  internalSubnetOnInternetRouter,
  routerJoinsZones,
  floatingIpOnInternal,
  internalPortOpened,
  internalGroupOpenToInternet,
  internalNetworkShared,
  externalBalancerToInternal,
  crossingOutsideLinkage,
];
