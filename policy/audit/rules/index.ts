import { AuditRule } from "../rule";
import { statefulSystemBackedUp } from "./bak-001-stateful-system-backed-up";
import { quotasWithinCapacity } from "./cap-001-quotas-within-capacity";
import { instanceAdminPassword } from "./cmp-001-instance-admin-password";
import { gradedSystemsHaveDr, gradedWithoutStandby } from "./dr-001-graded-systems-have-dr";
import { gradeCOutsideInternal } from "./grd-001-grade-c-outside-internal";
import { redundancySpread } from "./ha-001-redundancy-spread";
import { providerCredentials } from "./iam-001-provider-credentials";
import { statefulWithoutPreventDestroy } from "./lcy-001-stateful-without-prevent-destroy";
import { adminPortsFromInternet } from "./net-001-admin-ports-from-internet";
import { groupWithoutDescription } from "./net-002-group-without-description";
import { floatingIpOutsideExternal } from "./net-003-floating-ip-outside-external";
import { internalEgressOpen } from "./net-004-internal-egress-open";
import { publicContainer } from "./obj-001-public-container";
import { declaredFlowsDelivered } from "./rch-001-declared-flows-delivered";
import { isolationRules } from "./rch-isolation";
import { referencesWithinStack } from "./ref-001-references-within-stack";
import { separationProof } from "./sep-separation-proof";
import { resourceLabels } from "./tag-001-labels";

/** The rule pack, in id order. Ids are stable: suppressions and reports refer to them. */
export const AUDIT_RULES: readonly AuditRule[] = [
  statefulSystemBackedUp,
  quotasWithinCapacity,
  instanceAdminPassword,
  gradedSystemsHaveDr,
  gradedWithoutStandby,
  gradeCOutsideInternal,
  redundancySpread,
  providerCredentials,
  statefulWithoutPreventDestroy,
  adminPortsFromInternet,
  groupWithoutDescription,
  floatingIpOutsideExternal,
  internalEgressOpen,
  publicContainer,
  declaredFlowsDelivered,
  ...isolationRules,
  referencesWithinStack,
  ...separationProof,
  resourceLabels,
];
