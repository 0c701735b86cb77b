/**
 * One municipality's network as an inline SVG: the internet on the left, the administrative
 * backbone on the right, and between them the external, linkage and internal zones, always in
 * that order, so a line from the internal zone to the internet has to cross the picture. The
 * layout is computed from the data alone: the same report gives the same bytes.
 */
import { escapeHtml } from "./escape";
import { Box, connector, label, legend, LegendItem, marker, middleY, rect, sideNode, svgDocument } from "./svg-layout";
import { MunicipalityReport, Topology, TopologyZone } from "./types";

type Zone = Topology["zones"][number];

const ORDER: readonly TopologyZone[] = ["external", "linkage", "internal"];
const ZONES: Record<TopologyZone, { width: number; fill: string; stroke: string; legend: string }> = {
  external: { width: 280, fill: "#fff4e6", stroke: "#e8590c", legend: "external zone (internet)" },
  linkage: { width: 270, fill: "#f3f0ff", stroke: "#7048e8", legend: "linkage zone" },
  internal: { width: 280, fill: "#e7f5ff", stroke: "#1971c2", legend: "internal zone (administrative)" },
};
const INTERNET = { fill: "#fff5f5", stroke: "#c92a2a" };
const BACKBONE = { fill: "#edf2ff", stroke: "#364fc7" };
const EXPOSED = "#e03131";
const FLOW = "#7048e8";
const TEXT_MUTED = "#495057";

const PAD = 16;
/** Room above the zones for a gateway line that must pass over them. */
const TOP = 32;
const SIDE = 130;
/** Between the side nodes and the zones: room for the exposed ports' labels. */
const OUTER = 96;
const GAP = 44;
const HEADER = 128;
const ROW = 52;
const BOX_H = 40;
const INSET = 12;

export function topologySvg(m: MunicipalityReport): string {
  const id = `topology-${m.code.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  const zones = ORDER.map((kind) => m.topology.zones.find((z) => z.zone === kind));
  const linkage = ORDER.indexOf("linkage");
  const flows = m.topology.flows;
  const rows = Math.max(1, ...zones.map((z, i) => (z?.systems.length ?? 0) + (i === linkage ? flows.length : 0)));
  const height = HEADER + rows * ROW + 4;

  const columns: Box[] = [];
  let x = PAD + SIDE + OUTER;
  for (const kind of ORDER) {
    columns.push({ x, y: TOP, w: ZONES[kind].width, h: height });
    x += ZONES[kind].width + GAP;
  }
  const internet: Box = { x: PAD, y: TOP, w: SIDE, h: height };
  const backbone: Box = { x: x - GAP + OUTER, y: TOP, w: SIDE, h: height };
  const width = backbone.x + SIDE + PAD;
  const slot = (column: number, row: number): Box => ({
    x: columns[column].x + INSET,
    y: TOP + HEADER + row * ROW,
    w: columns[column].w - 2 * INSET,
    h: BOX_H,
  });

  const boxes = new Map<string, Box>();
  zones.forEach((z, i) => z?.systems.forEach((s, row) => boxes.set(s.name, slot(i, row))));
  const background = zones.map((z, i) => zoneBackground(ORDER[i], z, columns[i]));
  const links = zones.map((z, i) => gatewayLink(z, i, columns[i], internet, backbone));
  const arrows = exposureArrows(m, boxes, columns, internet, `${id}-exposed`);
  const systems = zones.flatMap((z, i) => {
    const placed = (z?.systems ?? []).map((s) => systemBox(s, boxes.get(s.name)!));
    if (!z || placed.length > 0 || (i === linkage && flows.length > 0)) return placed;
    const empty = i === linkage ? "no flows: the zones do not meet" : "no systems";
    return [label(columns[i].x + INSET, slot(i, 0).y + 24, empty, { fill: TEXT_MUTED })];
  });
  const relays = flows.map((flow, i) => {
    const relay = slot(linkage, (zones[linkage]?.systems.length ?? 0) + i);
    const from = boxes.get(flow.from);
    const to = boxes.get(flow.to);
    const leg = `data-flow-arrow="${escapeHtml(`${flow.from} → ${flow.to}`)}"`;
    const curve = (a: Box, b: Box) =>
      `<path ${leg} d="${connector(a, b)}" fill="none" stroke="${FLOW}" stroke-width="2" marker-end="url(#${id}-flow)"/>`;
    arrows.push(from ? curve(from, relay) : "", to ? curve(relay, to) : "");
    return relayBox(flow, relay);
  });
  const key = legend(legendItems(id), PAD, TOP + height + 28, width - PAD);

  const summary =
    `${boxes.size} system(s); ${m.exposure.length} service(s) reachable from the internet; ` +
    `${flows.length} linkage flow(s).`;
  const title = `Network topology of ${m.displayName} (${m.code})`;
  return svgDocument({ id, width, height: TOP + height + 28 + key.height, title, description: summary }, [
    `<defs>${marker(`${id}-exposed`, EXPOSED)}${marker(`${id}-flow`, FLOW)}</defs>`,
    sideNode(internet, ["Internet"], INTERNET),
    sideNode(backbone, ["Administrative", "backbone"], BACKBONE),
    ...background,
    ...links,
    ...arrows,
    ...systems,
    ...relays,
    key.svg,
  ]);
}

function zoneBackground(kind: TopologyZone, zone: Zone | undefined, box: Box): string {
  const { fill, stroke } = ZONES[kind];
  const title = `${kind[0].toUpperCase()}${kind.slice(1)} zone`;
  const max = box.w - 2 * INSET;
  const at = (line: number) => TOP + 24 + line * 18;
  const x = box.x + INSET;
  if (!zone) {
    return [
      rect(box, `rx="10" fill="#f8f9fa" stroke="${stroke}" stroke-width="2" stroke-dasharray="6 4"`),
      label(x, at(0), title, { size: 15, bold: true, max }),
      label(x, at(1), `no ${kind} zone`, { fill: TEXT_MUTED, max }),
    ].join("\n");
  }
  const small = { size: 12, fill: TEXT_MUTED, max };
  return [
    rect(box, `rx="10" fill="${fill}" stroke="${stroke}" stroke-width="2"`),
    label(x, at(0), title, { size: 15, bold: true, fill: stroke, max }),
    label(x, at(1), zone.cidr, { size: 13, bold: true, max }),
    label(x, at(2), `network ${zone.network}`, small),
    label(x, at(3), `subnet ${zone.subnet}`, small),
    label(x, at(4), zone.router ? `router ${zone.router.name}` : "no router", small),
    label(x, at(5), zone.router?.gateway ? `gateway ${zone.router.gateway}` : "no gateway", small),
  ].join("\n");
}

/**
 * A dashed line from a zone to the network its router's gateway is on: straight to a neighbour,
 * over the top of the picture to the far side (an internal zone on the internet shows at once).
 */
function gatewayLink(zone: Zone | undefined, column: number, box: Box, internet: Box, backbone: Box): string {
  const gateway = zone?.router?.gateway;
  if (!gateway) return "";
  const to = /internet/i.test(gateway) ? internet : /backbone/i.test(gateway) ? backbone : undefined;
  if (!to) return "";
  const colour = to === internet ? INTERNET.stroke : BACKBONE.stroke;
  const y = TOP + 24 + 5 * 18 - 4;
  let d: string;
  if (to === internet && column === 0) d = `M${box.x},${y} H${to.x + to.w}`;
  else if (to === backbone && column === ORDER.length - 1) d = `M${box.x + box.w},${y} H${to.x}`;
  else d = `M${box.x + box.w / 2},${TOP} V${TOP / 2} H${to.x + to.w / 2} V${TOP}`;
  const side = to === internet ? "internet" : "backbone";
  return `<path data-gateway="${side}" d="${d}" fill="none" stroke="${colour}" stroke-width="2" stroke-dasharray="6 4"/>`;
}

/** One arrow from the internet per exposed system, labelled with its open ports. */
function exposureArrows(
  m: MunicipalityReport,
  boxes: ReadonlyMap<string, Box>,
  columns: readonly Box[],
  internet: Box,
  arrowId: string,
): string[] {
  // `tcp/80,443`: one protocol's ports together, so the label fits the gap.
  const ports = new Map<string, Map<string, string[]>>();
  for (const e of m.exposure) {
    const byProtocol = ports.get(e.system) ?? new Map<string, string[]>();
    const seen = byProtocol.get(e.protocol) ?? [];
    byProtocol.set(e.protocol, seen.includes(e.ports) ? seen : [...seen, e.ports]);
    ports.set(e.system, byProtocol);
  }
  const x1 = internet.x + internet.w;
  return [...ports].flatMap(([system, byProtocol]) => {
    const open = [...byProtocol].map(([protocol, list]) => `${protocol}/${list.join(",")}`);
    const zone = m.exposure.find((e) => e.system === system)!.zone;
    // A system missing from the topology still gets its arrow, to its zone's header.
    const target = boxes.get(system) ?? { ...columns[ORDER.indexOf(zone)], h: HEADER };
    const y = middleY(target);
    const text = boxes.has(system) ? open.join(", ") : `${system}: ${open.join(", ")}`;
    return [
      `<line data-exposed="${escapeHtml(system)}" x1="${x1}" y1="${y}" x2="${target.x - 1}" y2="${y}" ` +
        `stroke="${EXPOSED}" stroke-width="2" marker-end="url(#${arrowId})"/>`,
      label(x1 + 6, y - 6, text, { size: 11, bold: true, fill: EXPOSED, max: OUTER - 10 }),
    ];
  });
}

function systemBox(system: Zone["systems"][number], box: Box): string {
  const stroke = system.exposed ? `stroke="${EXPOSED}" stroke-width="2.5"` : `stroke="#868e96" stroke-width="1"`;
  const max = box.w - 16;
  return [
    rect(box, `rx="5" fill="#fff" ${stroke}`),
    label(box.x + 8, box.y + 16, system.name, { size: 13, bold: true, max }),
    label(box.x + 8, box.y + 32, `grade ${system.grade}`, { size: 11, fill: TEXT_MUTED }),
    system.exposed
      ? label(box.x + box.w - 8, box.y + 32, "EXPOSED", { size: 11, bold: true, fill: EXPOSED, anchor: "end" })
      : "",
  ].join("\n");
}

function relayBox(flow: Topology["flows"][number], box: Box): string {
  const centre = box.x + box.w / 2;
  const what = `${flow.from} → ${flow.to}`;
  return [
    `<g data-flow="${escapeHtml(what)}"><title>${escapeHtml(`linkage flow ${what} ${flow.protocol}/${flow.ports}`)}</title>`,
    rect(box, `rx="18" fill="#fff" stroke="${FLOW}" stroke-width="1.5" stroke-dasharray="4 3"`),
    label(centre, box.y + 16, `${flow.protocol}/${flow.ports}`, { size: 12, bold: true, fill: FLOW, anchor: "middle" }),
    label(centre, box.y + 31, what, { size: 11, anchor: "middle", max: box.w - 16 }),
    "</g>",
  ].join("\n");
}

function legendItems(id: string): LegendItem[] {
  return [
    ...ORDER.map((k) => ({ text: ZONES[k].legend, swatch: ZONES[k] })),
    { text: "exposed system", swatch: { fill: "#fff", stroke: EXPOSED } },
    { text: "reachable from the internet", line: { stroke: EXPOSED, marker: `${id}-exposed` } },
    { text: "linkage flow (the only crossing)", line: { stroke: FLOW, marker: `${id}-flow` } },
    { text: "router gateway", line: { stroke: TEXT_MUTED, dashed: true } },
  ];
}
