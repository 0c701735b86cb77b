/**
 * The sample's own audit page, as `rcc audit` writes it, in headless Debian Chromium: every
 * municipality's diagram and the tables render without errors, offline. The fixture-based test
 * beside this one checks the page's layout in detail.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { chromium } from "playwright-core";
import { tempDir } from "../helpers/config";
import { rcc } from "../helpers/rcc";

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");

describe("the sample's audit page in a browser", () => {
  jest.setTimeout(60_000);

  it("renders the nine municipalities' diagrams and the tables, offline and without errors", async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/install-chromium.sh`);
    const out = path.join(tempDir(), "audit");
    expect((await rcc(["audit", "--out", out])).code).toBe(0);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const problems: string[] = [];
      const requests: string[] = [];
      page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
      page.on("pageerror", (error) => problems.push(error.message));
      await page.route("**/*", (route) => {
        if (route.request().url().startsWith("file:")) return route.continue();
        requests.push(route.request().url());
        return route.abort();
      });
      await page.goto(`file://${path.join(out, "index.html")}`);
      const diagrams = await page
        .locator("svg.topology")
        .evaluateAll((svgs) =>
          svgs.map((svg) => ({ width: svg.getBoundingClientRect().width, texts: svg.querySelectorAll("text").length })),
        );
      expect(diagrams).toHaveLength(9);
      for (const diagram of diagrams) {
        expect(diagram.width).toBeGreaterThan(600);
        expect(diagram.texts).toBeGreaterThan(10);
      }
      const rows = (id: string) => page.locator(`table[data-table="${id}"] tbody tr`).count();
      expect(await rows("rules")).toBeGreaterThanOrEqual(25);
      expect(await rows("exposure-27170")).toBe(4);
      expect(await rows("coverage-27170")).toBe(5);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, "audit-report-sample.png"), fullPage: true });
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
