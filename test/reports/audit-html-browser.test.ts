/**
 * The audit page as an auditor opens it: Debian's Chromium, headless and offline, from a file.
 * It must render every diagram and table without an error and fetch nothing. A full-page
 * screenshot is kept in test-artifacts/ for people to look at.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Browser, chromium, Page } from "playwright-core";
import { renderHtml } from "../../reports/audit/html";
import { topologySvg } from "../../reports/audit/svg";
import { auditFixture as report } from "./audit-fixture";

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");

// What the callbacks run in the page use of the browser (the project's tsconfig has no DOM library).
interface Rect {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly width: number;
}
interface Drawn {
  readonly textContent: string | null;
  getBoundingClientRect(): Rect;
}
declare const DOMParser: new () => {
  parseFromString(
    text: string,
    type: string,
  ): {
    readonly documentElement: { readonly nodeName: string };
    querySelector(selector: string): Drawn | null;
  };
};
declare function getComputedStyle(element: unknown): { backgroundColor: string; color: string; fontStyle: string };

/** Runs in the page: the diagram's labels that fall outside it or over another label. */
function misplacedLabels(root: Drawn & { querySelectorAll(selector: string): ArrayLike<Drawn> }): string[] {
  const frame = root.getBoundingClientRect();
  const texts = Array.from(root.querySelectorAll("text"), (t) => ({
    text: t.textContent,
    r: t.getBoundingClientRect(),
  }));
  const inside = (r: Rect) =>
    r.width > 0 && r.left >= frame.left && r.right <= frame.right && r.top >= frame.top && r.bottom <= frame.bottom;
  // A pixel of slack: neighbouring lines may touch.
  const apart = (a: Rect, b: Rect) =>
    a.right - 1 <= b.left || b.right - 1 <= a.left || a.bottom - 1 <= b.top || b.bottom - 1 <= a.top;
  return texts.flatMap((a, i) => [
    ...(inside(a.r) ? [] : [`outside: ${a.text}`]),
    ...texts
      .slice(i + 1)
      .filter((b) => !apart(a.r, b.r))
      .map((b) => `${a.text} over ${b.text}`),
  ]);
}

describe("the audit page in a browser", () => {
  jest.setTimeout(30_000);
  let browser: Browser;
  let page: Page;
  let url: string;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    // Never skipped: without the browser the page is untested, so every test here fails.
    if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/install-chromium.sh`);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rcc-audit-")), "index.html");
    fs.writeFileSync(file, renderHtml(report));
    url = `file://${file}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on("console", (message) => message.type() === "error" && problems.push(`console: ${message.text()}`));
    page.on("pageerror", (error) => problems.push(`page: ${error.message}`));
    page.on("request", (request) => requests.push(request.url()));
    await page.route("**/*", (route) =>
      route.request().url().startsWith("file:") ? route.continue() : route.abort("blockedbyclient"),
    );
    await page.goto(url, { waitUntil: "load" });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("loads offline, without errors, requesting nothing but the page itself", async () => {
    expect(await page.title()).toBe(`Audit: ${report.region.displayName}`);
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
  });

  it("renders each municipality's diagram, its labels inside it and none over another", async () => {
    for (const m of report.municipalities) {
      const svg = page.locator(`#m-${m.code} svg.topology`);
      const box = (await svg.boundingBox())!;
      expect(box.width).toBeGreaterThan(600);
      expect(box.height).toBeGreaterThan(200);
      const misplaced = await svg.evaluate(misplacedLabels);
      expect(misplaced).toEqual([]);
    }
  });

  it("gets each diagram as well-formed standalone SVG", async () => {
    const errors = await page.evaluate(
      (svgs) =>
        svgs.map((svg) => {
          const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
          return doc.querySelector("parsererror")?.textContent ?? doc.documentElement.nodeName;
        }),
      report.municipalities.map(topologySvg),
    );
    expect(errors).toEqual(report.municipalities.map(() => "svg"));
  });

  it("shows the findings, exposure and coverage tables with a row each", async () => {
    const count = (id: string) => page.locator(`table[data-table="${id}"] tbody tr`).count();
    expect(await count("findings")).toBe(report.findings.length);
    for (const m of report.municipalities) {
      expect(await count(`coverage-${m.code}`)).toBe(m.resilience.length);
      expect(await count(`exposure-${m.code}`)).toBe(m.exposure.length);
    }
    expect(await page.locator("#m-27110").innerText()).toContain("Nothing is reachable from the internet.");
  });

  it("sets a suppressed finding visibly apart from an open one", async () => {
    const rows = page.locator('table[data-table="findings"] tbody tr');
    const look = (i: number) =>
      rows
        .nth(i)
        .locator("td")
        .nth(4)
        .evaluate((td) => {
          const style = getComputedStyle(td);
          return { background: style.backgroundColor, colour: style.color, font: style.fontStyle };
        });
    const [suppressed, open] = [await look(0), await look(1)];
    expect(suppressed.background).not.toBe(open.background);
    expect(suppressed.colour).not.toBe(open.colour);
    expect(await rows.nth(0).innerText()).toContain("approved by CISO Kim");
  });

  it("saves a full-page screenshot for people to look at", async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, "audit-report.png");
    fs.rmSync(file, { force: true });
    await page.screenshot({ path: file, fullPage: true });
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
  });
});
