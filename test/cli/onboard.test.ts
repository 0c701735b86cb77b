import * as fs from "node:fs";
import * as path from "node:path";
import { loadCenter } from "../../model/load";
import { edit, FINAL_BACKUP, REGION, REQUESTED, sampleConfig, SEO_GU, setLifecycle } from "../helpers/config";
import { rcc as rccWith } from "../helpers/rcc";

const rcc = (args: string[], configDir: string) => rccWith(args, { RCC_CONFIG_DIR: configDir });

/** Every file of a config dir, name -> content. */
function files(dir: string): Record<string, string> {
  const names = [REGION, ...fs.readdirSync(path.join(dir, "municipalities")).map((f) => `municipalities/${f}`)];
  return Object.fromEntries(names.map((n) => [n, fs.readFileSync(path.join(dir, n), "utf8")]));
}

const ONBOARD = ["onboard", "--code", "27999", "--name", "new-gu", "--display", "대구광역시 신구"];

describe("rcc onboard", () => {
  it("writes a valid municipality file with the next free address ranges, leaving every other file as it was", async () => {
    const dir = sampleConfig();
    const before = files(dir);
    const result = await rcc([...ONBOARD, "--wave", "2"], dir);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toBe(
      `wrote ${dir}/municipalities/27999-new-gu.yaml: internal 10.27.144.0/20, external 10.127.9.0/24, ` +
        "linkage 10.227.1.32/27, wave 2; " +
        "fill in its contacts, quotas and systems, then run rcc validate",
    );
    const { center, problems } = loadCenter(dir);
    expect(problems).toEqual([]);
    expect(center!.municipalities.find((m) => m.code === "27999")).toMatchObject({
      name: "new-gu",
      displayName: "대구광역시 신구",
      wave: 2,
      addressing: { internal: "10.27.144.0/20", external: "10.127.9.0/24", linkage: "10.227.1.32/27" },
      systems: [],
    });
    const after = files(dir);
    delete after["municipalities/27999-new-gu.yaml"];
    expect(after).toEqual(before);
  });

  it("refuses a code or a name that is already onboarded, writing nothing", async () => {
    const dir = sampleConfig();
    const before = files(dir);
    expect(await rcc(["onboard", "--code", "27110", "--name", "other-gu", "--display", "x"], dir)).toEqual({
      code: 1,
      out: "",
      err: "rcc onboard: --code: 27110 is already onboarded as 27110-jung-gu; nothing was written",
    });
    expect((await rcc(["onboard", "--code", "27998", "--name", "jung-gu", "--display", "x"], dir)).err).toBe(
      "rcc onboard: --name: jung-gu is already onboarded as 27110-jung-gu; nothing was written",
    );
    expect(files(dir)).toEqual(before);
  });

  it("never gives out a retired municipality's code, name or address ranges again", async () => {
    const dir = sampleConfig();
    const retired = {
      state: "retired",
      decommissioning: REQUESTED,
      finalBackup: FINAL_BACKUP,
      retiredOn: "2026-12-01",
    };
    setLifecycle(dir, SEO_GU, retired);
    expect((await rcc(["onboard", "--code", "27170", "--name", "other-gu", "--display", "x"], dir)).err).toBe(
      "rcc onboard: --code: 27170 is already onboarded as 27170-seo-gu; nothing was written",
    );
    expect((await rcc(ONBOARD, dir)).code).toBe(0);
    const { center } = loadCenter(dir);
    const [fresh, seoGu] = ["27999", "27170"].map((code) =>
      [...center!.municipalities, ...center!.retired].find((m) => m.code === code)!,
    );
    for (const zone of ["internal", "external", "linkage"] as const) {
      expect(fresh.addressing[zone]).not.toBe(seoGu.addressing[zone]);
    }
  });

  it("refuses codes of another region and malformed names", async () => {
    const dir = sampleConfig();
    expect((await rcc(["onboard", "--code", "26110", "--name", "busan-gu", "--display", "x"], dir)).err).toMatch(
      /^rcc onboard: --code: "26110" is not in region daegu: codes here start with "27"/,
    );
    expect((await rcc(["onboard", "--code", "27998", "--name", "Bad Name", "--display", "x"], dir)).err).toMatch(
      /^rcc onboard: --name: "Bad Name" must be lowercase letters, digits and hyphens/,
    );
  });

  it("takes the file back when the center would no longer validate, naming why", async () => {
    const dir = sampleConfig();
    edit(dir, REGION, ["  ramGiB: 12288", "  ramGiB: 4200"]);
    const result = await rcc(ONBOARD, dir);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/capacity\.ramGiB: tenant quotas total 4320 GiB RAM, more than the capacity 4200/);
    expect(result.err).toMatch(
      /rcc onboard: the center would not validate with 27999-new-gu\.yaml; nothing was written$/,
    );
    expect(fs.existsSync(path.join(dir, "municipalities/27999-new-gu.yaml"))).toBe(false);
  });

  it("needs --code, --name and --display", async () => {
    const result = await rcc(["onboard", "--code", "27999"], sampleConfig());
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^rcc onboard: --code, --name and --display are required\nusage: rcc onboard/);
  });
});
