import { inService } from "../lifecycle";
import { ConfigProblem } from "../problems";
import { floatingIpsOf } from "../published";
import { problemAt, Validator } from "./context";

/**
 * The floating IPs rcc gives the built systems published to the internet come out of the
 * tenant's own quota (the standby project at the partner has the same quotas and runs no more
 * of them), so a quota too low for them fails the deploy half-way: say so before anything runs.
 */
export const validateFloatingIpQuota: Validator = ({ municipalities }) =>
  municipalities.flatMap((m): ConfigProblem[] => {
    if (!inService(m.value)) return [];
    const takers = m.value.systems
      .map((system) => ({ system, count: floatingIpsOf(system) }))
      .filter(({ count }) => count > 0);
    const needed = takers.reduce((sum, { count }) => sum + count, 0);
    const quota = m.value.quotas.floatingIps;
    if (needed <= quota) return [];
    const who = takers.map(({ system, count }) => (count > 1 ? `${system.name} (${count} instances)` : system.name));
    const message =
      `${quota} is too low: the built systems published to the internet (${who.join(", ")}) ` +
      `need ${needed} floating IP(s)`;
    return [problemAt(m, ["quotas", "floatingIps"], message)];
  });
