import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { countProblems, formatProblem } from "../../model/problems";
import { PROTOCOLS } from "../../model/schema/traffic";
import { centerModel, Endpoints, Host, stackNameOf, trace } from "../../policy/reach";
import { END_SYNTAX, namedEnd } from "../../policy/reach/named-end";
import { UsageError, waveFrom } from "../../synthesis/settings";
import { synthesizeForReview } from "../../synthesis/synthesize";
import { Command, stringOption } from "./command";

export const reachCommand: Command = {
  name: "reach",
  summary: "Whether a packet gets from one end to another through the synthesized network, and its path hop by hop",
  usage: "rcc reach FROM TO [--protocol tcp|udp|icmp] [--port N] [--config DIR] [--wave N] [--json]",
  options: {
    protocol: { type: "string" },
    port: { type: "string" },
    config: { type: "string" },
    wave: { type: "string" },
    json: { type: "boolean" },
  },
  positionals: true,
  run(values, io, positionals) {
    if (positionals.length !== 2) throw new UsageError(`give FROM and TO, each one of ${END_SYNTAX}`);
    const packet = packetFrom(stringOption(values.protocol), stringOption(values.port));
    const configDir = io.configDir(stringOption(values.config));
    const wave = waveFrom(stringOption(values.wave), io.env);
    // Synthesized beside cdktf.out, as the audit is: asking a question never changes what deploys.
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "rcc-reach-"));
    try {
      const synthesis = synthesizeForReview({ configDir, outdir: scratch, wave });
      if ("problems" in synthesis) {
        io.err(synthesis.problems.map(formatProblem).join("\n"));
        io.err(`rcc: ${countProblems(synthesis.problems)} problem(s) in ${configDir}`);
        return 1;
      }
      const model = centerModel(synthesis.center.region, synthesis.stacks);
      const ends = new Endpoints(model, synthesis.center.region);
      const from = namedEnd(ends, synthesis.center.municipalities, positionals[0], { role: "from" });
      const to = namedEnd(ends, synthesis.center.municipalities, positionals[1], { role: "to", packet });
      for (const [text, end] of [
        [positionals[0], from],
        [positionals[1], to],
      ] as const) {
        if (typeof end === "string") throw new UsageError(`${text}: ${end}`);
      }
      const verdict = trace(model, from as Host, to as Host, packet);
      const hops = verdict.hops.map((hop) => ({ stack: stackNameOf(hop.stack), address: hop.address, text: hop.text }));
      const shown = `${positionals[0]} → ${positionals[1]} ${packet.protocol}${packet.port ? `/${packet.port}` : ""}`;
      if (values.json) {
        const assumed = [from as Host, to as Host].flatMap((end) => (end.assumed ? [end.assumed] : []));
        io.out(
          JSON.stringify(
            { from: positionals[0], to: positionals[1], packet, delivered: verdict.delivered, assumed, hops },
            null,
            2,
          ),
        );
      } else {
        io.out(`${verdict.delivered ? "delivered" : "NOT delivered"}: ${shown}`);
        for (const end of [from as Host, to as Host]) if (end.assumed) io.out(`  (assumed: ${end.assumed})`);
        hops.forEach((hop, i) =>
          io.out(`  ${i + 1}. ${hop.text}${hop.stack ? `  [${hop.stack} ${hop.address}]` : ""}`),
        );
      }
      return verdict.delivered ? 0 : 1;
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  },
};

function packetFrom(protocolText: string | undefined, portText: string | undefined) {
  const protocol = protocolText ?? "tcp";
  if (!(PROTOCOLS as readonly string[]).includes(protocol)) {
    throw new UsageError(`--protocol ${protocol}: use one of ${PROTOCOLS.join(", ")}`);
  }
  if (protocol === "icmp") {
    if (portText !== undefined) throw new UsageError("--port: icmp has no ports");
    return { protocol: "icmp" as const };
  }
  if (portText === undefined) throw new UsageError(`--port: ${protocol} needs a destination port, e.g. --port 443`);
  const port = Number(portText);
  if (!/^[0-9]+$/.test(portText) || port < 1 || port > 65535)
    throw new UsageError(`--port ${portText}: a port is 1 to 65535`);
  return { protocol: protocol as "tcp" | "udp", port };
}
