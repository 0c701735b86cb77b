/** Port ranges of security-group rules, and which ones an administrator uses. */
import { Block, stringArg } from "../separation/terraform";

/** Remote administration and management: SSH, Telnet, SMB/RPC, SNMP, RDP, VNC, WinRM. */
export const ADMIN_PORTS: ReadonlyArray<{ port: number; service: string }> = [
  { port: 22, service: "SSH" },
  { port: 23, service: "Telnet" },
  { port: 135, service: "MS RPC" },
  { port: 161, service: "SNMP" },
  { port: 445, service: "SMB" },
  { port: 3389, service: "RDP" },
  { port: 5900, service: "VNC" },
  { port: 5985, service: "WinRM" },
  { port: 5986, service: "WinRM over TLS" },
];

/** The admin ports a security-group rule opens; a rule with no protocol or no port range opens them all. */
export function adminPortsOpenedBy(rule: Block): string[] {
  const protocol = stringArg(rule.body, "protocol") ?? "";
  if (protocol !== "" && protocol !== "tcp" && protocol !== "udp" && protocol !== "any") return [];
  const min = Number(rule.body.port_range_min ?? 1);
  const max = Number(rule.body.port_range_max ?? (rule.body.port_range_min === undefined ? 65535 : min));
  return ADMIN_PORTS.filter(({ port }) => port >= min && port <= max).map(
    ({ port, service }) => `${service} (${port})`,
  );
}
