/**
 * The audit page as an auditor opens it: headless Debian Chromium, offline, from a file. It must
 * render the diagrams and tables without errors and fetch nothing. A screenshot is kept in
 * test-artifacts/ for people to look at.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { chromium } from "playwright-core";
import { rcc } from "../helpers/rcc";
import { edit, JUNG_GU, sampleConfig, tempDir } from "../helpers/config";

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");

async function openReport(configDir: string) {
  const out = path.join(tempDir(), "audit");
  await rcc(["audit", "--config", configDir, "--out", out]);
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/install-chromium.sh`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
  page.on("pageerror", (error) => problems.push(error.message));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    requests.push(url);
    return route.abort();
  });
  await page.goto(`file://${path.join(out, "index.html")}`);
  return { browser, page, problems, requests };
}

describe("the audit page in a browser", () => {
  jest.setTimeout(60_000);

  it("renders every municipality's topology and the tables, offline and without errors", async () => {
    const { browser, page, problems, requests } = await openReport(sampleConfig());
    try {
      const diagrams = await page.locator("svg.topology").evaluateAll((svgs) =>
        svgs.map((svg) => {
          const box = svg.getBoundingClientRect();
          return { width: box.width, height: box.height, texts: svg.querySelectorAll("text").length };
        }),
      );
      expect(diagrams).toHaveLength(9);
      for (const diagram of diagrams) {
        expect(diagram.width).toBeGreaterThan(400);
        expect(diagram.height).toBeGreaterThan(100);
        expect(diagram.texts).toBeGreaterThan(8);
      }
      expect(await page.locator('table[data-table="rules"] tbody tr').count()).toBeGreaterThanOrEqual(24);
      expect(await page.locator('table[data-table="exposure-27170"] tbody tr').count()).toBe(3);
      expect(await page.locator('table[data-table="resilience-27170"] tbody tr').count()).toBe(5);
      expect(await page.locator('table[data-table="costs"] tbody tr').count()).toBe(9);
      expect(await page.locator("#verdict").innerText()).toMatch(/^PASSED: 0 error\(s\)/);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, "audit-report.png"), fullPage: true });
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("shows an open finding and a suppressed one, marked apart", async () => {
    const dir = sampleConfig();
    edit(
      dir,
      JUNG_GU,
      ["ports: [80, 443], purpose: 구청 홈페이지 공개", "ports: [22, 443], purpose: 구청 홈페이지 공개"],
      [
        /\ncontacts:/,
        "\nsuppressions:\n  - rule: RCC-NET-001\n    stack: dr-27110\n" +
          '    reason: "standby copy stays dark until failover"\n    approvedBy: CISO Kim\ncontacts:',
      ],
    );
    const { browser, page, problems } = await openReport(dir);
    try {
      const rows = page.locator('table[data-table="findings"] tbody tr');
      expect(await rows.count()).toBe(2);
      expect(await rows.nth(0).getAttribute("class")).toBe("muted");
      expect(await rows.nth(0).innerText()).toMatch(
        /^RCC-NET-001\terror\tdr-27110\t.*SSH \(22\)\tstandby copy stays dark until failover \(approved by CISO Kim, municipalities\/27110-jung-gu.yaml\)$/,
      );
      expect(await rows.nth(1).getAttribute("class")).toBeNull();
      expect(await rows.nth(1).innerText()).toMatch(/^RCC-NET-001\terror\ttenant-27110\t.*SSH \(22\)\t?$/);
      expect(await page.locator("header.failed").count()).toBe(1);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, "audit-report-failed.png") });
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
