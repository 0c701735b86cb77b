import { brokenFlows, stackNameOf } from "../../reach";
import { declaredAt } from "../../reach/declared-at";
import { AuditRule, municipalityOf } from "../rule";
import { intentOf } from "../reachability";

/** Every flow the config declares gets through the synthesized network, hop by hop (issue "Intent and effect"). */
export const declaredFlowsDelivered: AuditRule = {
  id: "RCC-RCH-001",
  level: "error",
  title: "Every declared flow is delivered",
  rationale:
    "A rule the config declares but a router, firewall or security group drops is an outage on the day of migration, and validation alone never sees it.",
  fix: "Make the hop named in the finding carry the flow (rcc builds it from the config), or correct the declaration.",
  check(input) {
    return brokenFlows(intentOf(input)).map(({ flow, verdict, unresolved }) => {
      const where = declaredAt(input.center, flow);
      if (!verdict) {
        return {
          stack: "config",
          address: where,
          municipality: flow.municipality,
          message: `${flow.name}: cannot be traced: ${unresolved}`,
        };
      }
      const hop = verdict.blocked!;
      const stack = stackNameOf(hop.stack) || "config";
      return {
        stack,
        address: hop.address,
        municipality: stack === "config" ? flow.municipality : municipalityOf(stack),
        message: `${flow.name}, declared at ${where}, is not delivered: ${hop.text}`,
      };
    });
  },
};
