/**
 * The packet check: the reachability model's verdicts against real packets on the test cloud.
 * Declared flows must connect, the undeclared sample must not, and for every probe the model,
 * traced again with the addresses the packets used, must say what the packets did.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseIpv4 } from "../../model/ip";
import { loadCenter } from "../../model/load";
import { formatProblem } from "../../model/problems";
import { PROJECT_DIR } from "../../plan/project-dir";
import { centerModel, trace, Verdict } from "../../policy/reach";
import { readSynthOutput } from "../../policy/separation";
import { E2E_OUTDIR, E2E_PACKETS_DIR } from "../paths";
import { deployedResources } from "../verify/state";
import { Probe, selectProbes } from "./plan";
import { stateIndex, wire } from "./wiring";

/** What e2e/packets.py reports of a run. */
interface Sent {
  readonly wiredSeconds: number;
  readonly sentSeconds: number;
  readonly probes: ReadonlyArray<{ from: string; to: string; fixed: string; connected: boolean }>;
}

export interface PacketCheck {
  readonly lines: string[];
  readonly problems: string[];
}

/** The fewest probes a run may send: fewer means the sample lost what the check is about. */
const AT_LEAST = { declared: 20, undeclared: 5 };

/** The check of the deployed `stacks`, synthesized in E2E_OUTDIR from the config in `configDir`. */
export function checkPackets(configDir: string, stacks: readonly string[], env: NodeJS.ProcessEnv): PacketCheck {
  const { center, problems: invalid } = loadCenter(configDir);
  if (!center) return { lines: [], problems: invalid.map(formatProblem) };
  const model = centerModel(center.region, readSynthOutput(E2E_OUTDIR));
  const { probes, leftOut } = selectProbes(center, model);
  const wiring = wire(probes, model, stateIndex(deployedResources(stacks)));
  fs.mkdirSync(E2E_PACKETS_DIR, { recursive: true });
  const wiringFile = path.join(E2E_PACKETS_DIR, "wiring.json");
  const resultFile = path.join(E2E_PACKETS_DIR, "result.json");
  fs.writeFileSync(wiringFile, `${JSON.stringify(wiring, null, 2)}\n`);
  fs.rmSync(resultFile, { force: true });
  const script = path.join(PROJECT_DIR, "e2e", "packets.py");
  execFileSync("/usr/bin/python3", [script, "run", wiringFile, resultFile], { env, stdio: "inherit" });
  const sent = JSON.parse(fs.readFileSync(resultFile, "utf8")) as Sent;

  const problems: string[] = [];
  const lines = probes.map((probe, i) => {
    const packets = sent.probes[i];
    const source = { ...probe.source, ip: parseIpv4(packets.from)! };
    const destination = {
      ...probe.destination,
      ip: parseIpv4(wiring.probes[i].floating ? packets.fixed : packets.to)!,
    };
    const verdict = trace(model, source, destination, probe.packet);
    const agree = verdict.delivered === packets.connected;
    const asDeclared = packets.connected === probe.declared;
    const line = describe(probe, packets, verdict);
    if (!agree) problems.push(`the model is wrong: ${line}`);
    else if (!asDeclared)
      problems.push(`${probe.declared ? "a declared flow is dropped" : "an undeclared path is open"}: ${line}`);
    return `${agree && asDeclared ? "ok  " : "FAIL"} ${line}`;
  });
  const declared = probes.filter((p) => p.declared).length;
  if (declared < AT_LEAST.declared || probes.length - declared < AT_LEAST.undeclared) {
    problems.push(
      `only ${declared} declared and ${probes.length - declared} undeclared probes: the sample lost what the check sends`,
    );
  }
  lines.push(
    `${probes.length} probes (${declared} declared, ${probes.length - declared} undeclared) between ` +
      `${wiring.hosts.length + wiring.outside.length} test hosts: wired in ${sent.wiredSeconds} s, sent in ${sent.sentSeconds} s`,
    `declared flows of the probed municipalities not sent: ${
      [...leftOut].map(([why, n]) => `${n} ${why}`).join(", ") || "none"
    }`,
  );
  return { lines, problems };
}

function describe(probe: Probe, packets: Sent["probes"][number], verdict: Verdict): string {
  const what = `${probe.packet.protocol}/${probe.packet.port} ${packets.from} -> ${packets.to}`;
  const real = packets.connected ? "connected" : "no answer";
  const model = verdict.delivered ? "delivered" : `dropped at ${verdict.blocked!.address}: ${verdict.blocked!.text}`;
  return `${probe.declared ? "declared  " : "undeclared"} ${probe.name} (${what}): packets ${real}; model ${model}`;
}
