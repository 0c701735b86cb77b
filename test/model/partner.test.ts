import * as fs from "node:fs";
import * as path from "node:path";
import { loadCenter } from "../../model/load";
import { formatProblem } from "../../model/problems";
import { edit, FINAL_BACKUP, REGION, REQUESTED, sampleConfig, SEO_GU, setLifecycle } from "../helpers/config";

/** Daegu's sample with `config: ../busan`, and Busan's config beside it with no tenants of its own yet. */
function partners(busanCapacity = "vcpus: 1536"): { daegu: string; busan: string } {
  const daegu = sampleConfig();
  edit(daegu, REGION, ["  cloud: busan-rcc\n", "  cloud: busan-rcc\n  config: ../busan\n"]);
  const busan = path.join(path.dirname(daegu), "busan");
  fs.mkdirSync(path.join(busan, "municipalities"), { recursive: true });
  const region = fs
    .readFileSync(path.join(daegu, REGION), "utf8")
    .replace('code: "27"', 'code: "26"')
    .replace("name: daegu", "name: busan")
    .replace(
      /^drPartner:[\s\S]*$/m,
      "drPartner: { name: daegu, cloud: daegu-rcc, region: RegionOne, config: ../config }\n",
    )
    .replace("vcpus: 1536", busanCapacity);
  fs.writeFileSync(path.join(busan, REGION), region);
  return { daegu, busan };
}

const problemsOf = (dir: string) => loadCenter(dir).problems.map((p) => formatProblem(p).replace(`${dir}/`, ""));
const DR_VCPUS = () => loadCenter(sampleConfig()).center!.municipalities.reduce((n, m) => n + m.quotas.vcpus, 0);

describe("the DR partner (상호백업), when its config is given", () => {
  it("passes when the partner is that center and has room, even when each names the other", () => {
    const { daegu, busan } = partners();
    expect(problemsOf(daegu)).toEqual([]);
    expect(problemsOf(busan)).toEqual([]);
  });

  it("must exist and be a valid config", () => {
    const { daegu, busan } = partners();
    fs.rmSync(busan, { recursive: true });
    expect(problemsOf(daegu)).toEqual([
      `${REGION}:68: drPartner.config: ${busan} is not a valid center config (1 problem(s); run rcc validate --config ${busan})`,
    ]);
  });

  it("must be the center it is named as", () => {
    const { daegu, busan } = partners();
    edit(busan, REGION, ["name: busan", "name: ulsan"]);
    expect(problemsOf(daegu)).toEqual([
      `${REGION}:66: drPartner.name: the config at ${busan} is center "ulsan", not "busan"`,
    ]);
  });

  it("is read as upgraded when its files are in an older format: each center migrates at its own pace", () => {
    const { daegu, busan } = partners();
    edit(busan, REGION, ["schemaVersion: 3", "schemaVersion: 1"]);
    expect(problemsOf(daegu)).toEqual([]);
    expect(fs.readFileSync(path.join(busan, REGION), "utf8")).toMatch(/^schemaVersion: 1$/m);
  });

  it("written for a newer rcc, is refused as invalid", () => {
    const { daegu, busan } = partners();
    edit(busan, REGION, ["schemaVersion: 3", "schemaVersion: 4"]);
    expect(problemsOf(daegu)).toEqual([
      `${REGION}:68: drPartner.config: ${busan} is not a valid center config (1 problem(s); run rcc validate --config ${busan})`,
    ]);
  });

  it("must have capacity for its own tenants plus ours under DR", () => {
    const { daegu } = partners("vcpus: 100");
    const needed = DR_VCPUS();
    expect(problemsOf(daegu)).toEqual([
      `${REGION}:66: drPartner.name: busan lacks capacity for our DR: ${needed} vCPU needed (its tenants 0 + ours under DR ${needed}), ` +
        "more than its capacity 100 x overcommit 4 = 400",
    ]);
  });

  it("counts a retired municipality of ours as the center's own check does: not at all", () => {
    const { daegu } = partners("vcpus: 100");
    const all = DR_VCPUS();
    const seoGu = loadCenter(sampleConfig()).center!.municipalities.find((m) => m.code === "27170")!.quotas.vcpus;
    const retired = {
      state: "retired",
      decommissioning: REQUESTED,
      finalBackup: FINAL_BACKUP,
      retiredOn: "2026-12-01",
    };
    setLifecycle(daegu, SEO_GU, retired);
    const needed = all - seoGu;
    expect(problemsOf(daegu)).toEqual([
      `${REGION}:66: drPartner.name: busan lacks capacity for our DR: ${needed} vCPU needed (its tenants 0 + ours under DR ${needed}), ` +
        "more than its capacity 100 x overcommit 4 = 400",
    ]);
  });
});
