/**
 * One municipality's network as an inline SVG: the internet on the left, the administrative
 * backbone on the right, the external, linkage and internal zones between them, each with its
 * subnet, router and gateway and its systems; linkage flows cross the linkage zone, exposed
 * services get an arrow from the internet. The layout is computed from the data alone.
 */
import { escapeHtml } from "./escape";
import { MunicipalityReport, TopologyZone } from "./types";

const ZONE_WIDTH = 290;
const GAP = 40;
const EDGE = 150;
const HEADER = 100;
const ROW = 34;
const COLOURS: Record<TopologyZone, { fill: string; stroke: string }> = {
  external: { fill: "#fff4e5", stroke: "#d9822b" },
  linkage: { fill: "#f3f0ff", stroke: "#7048e8" },
  internal: { fill: "#e7f5ff", stroke: "#1c7ed6" },
};

export function topologySvg(m: MunicipalityReport): string {
  const { zones, flows } = m.topology;
  const rows = Math.max(1, ...zones.map((z) => z.systems.length));
  const height = HEADER + rows * ROW + 70;
  const width = EDGE * 2 + zones.length * ZONE_WIDTH + (zones.length + 1) * GAP;
  const zoneX = (i: number) => EDGE + GAP + i * (ZONE_WIDTH + GAP);
  const where = new Map<string, { x: number; y: number; zone: number }>();
  const parts: string[] = [];

  parts.push(edgeBox(8, height, "Internet", "#fa5252"), edgeBox(width - EDGE + 8, height, "Admin backbone", "#1c7ed6"));
  zones.forEach((zone, i) => {
    const x = zoneX(i);
    const { fill, stroke } = COLOURS[zone.zone];
    const router = zone.router ? `router ${zone.router.name}` : "no router";
    const gateway = zone.router ? `gateway: ${zone.router.gateway ?? "none"}` : "";
    parts.push(
      `<rect x="${x}" y="10" width="${ZONE_WIDTH}" height="${height - 20}" rx="8" fill="${fill}" stroke="${stroke}" stroke-width="2"/>`,
      text(x + 10, 32, `${zone.zone} zone`, "zone-title"),
      text(x + 10, 50, `${zone.network} · ${zone.cidr}`, "small"),
      text(x + 10, 66, router, "small"),
      text(x + 10, 82, gateway, "small"),
    );
    zone.systems.forEach((system, row) => {
      const y = HEADER + row * ROW;
      const ports = m.exposure.filter((e) => e.system === system.name).map((e) => `${e.protocol}/${e.ports}`);
      where.set(system.name, { x, y: y + 12, zone: i });
      parts.push(
        `<rect x="${x + 12}" y="${y}" width="${ZONE_WIDTH - 24}" height="24" rx="4" fill="#fff" stroke="${system.exposed ? "#e03131" : stroke}"${system.exposed ? ' stroke-width="2"' : ""}/>`,
        text(x + 20, y + 16, `${system.name} (${system.grade})${ports.length ? ` · open ${ports.join(", ")}` : ""}`, "small"),
      );
    });
  });

  for (const exposed of new Set(m.exposure.map((e) => e.system))) {
    const target = where.get(exposed);
    if (target) parts.push(arrow(EDGE - 4, target.y, zoneX(target.zone) + 12, target.y, m.code));
  }
  flows.forEach((flow, i) => {
    const from = where.get(flow.from);
    const to = where.get(flow.to);
    if (!from || !to) return;
    const linkage = zones.findIndex((z) => z.zone === "linkage");
    const mid = zoneX(linkage) + ZONE_WIDTH / 2;
    const y = height - 40 - i * 14;
    const label = `${flow.from} → ${flow.to} ${flow.protocol}/${flow.ports}`;
    parts.push(
      `<polyline points="${edgeOf(from, zoneX)},${from.y} ${mid},${y} ${edgeOf(to, zoneX)},${to.y}" fill="none" stroke="#7048e8" stroke-width="2" marker-end="url(#arrow-${m.code})"/>`,
      text(mid - ZONE_WIDTH / 2 + 10, y - 4, label, "small"),
    );
  });

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="topology" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="topology-${m.code}">`,
    `<title id="topology-${m.code}">Network topology of ${escapeHtml(m.displayName)} (${m.code})</title>`,
    `<defs><marker id="arrow-${m.code}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#495057"/></marker></defs>`,
    ...parts,
    "</svg>",
  ].join("\n");
}

/** The side of a system's box facing the linkage zone. */
function edgeOf(at: { x: number; zone: number }, zoneX: (i: number) => number): number {
  return at.zone === 0 ? zoneX(0) + ZONE_WIDTH - 12 : zoneX(at.zone) + 12;
}

function edgeBox(x: number, height: number, label: string, colour: string): string {
  return [
    `<rect x="${x}" y="${height / 2 - 30}" width="${EDGE - 24}" height="60" rx="30" fill="#fff" stroke="${colour}" stroke-width="2"/>`,
    `<text x="${x + (EDGE - 24) / 2}" y="${height / 2 + 5}" text-anchor="middle" class="edge">${escapeHtml(label)}</text>`,
  ].join("\n");
}

function arrow(x1: number, y1: number, x2: number, y2: number, code: string): string {
  return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#e03131" stroke-width="2" marker-end="url(#arrow-${code})"/>`;
}

function text(x: number, y: number, content: string, cls: string): string {
  return `<text x="${x}" y="${y}" class="${cls}">${escapeHtml(content)}</text>`;
}
