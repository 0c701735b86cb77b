import * as fs from "node:fs";
import * as path from "node:path";
import { localStateInventory } from "../../../cli/state-inventory/local-states";
import { s3StateInventory } from "../../../cli/state-inventory/s3-states";
import { stateInventory } from "../../../cli/state-inventory/state-inventory";
import { loadCenter } from "../../../model/load";
import { useAwsEnv } from "../../helpers/aws-env";
import { edit, REGION, sampleConfig, tempDir } from "../../helpers/config";
import { fakeS3 } from "../../helpers/fake-s3";
import { synth } from "../../helpers/synth";

const CREDENTIALS = { credentials: { accessKeyId: "k", secretAccessKey: "s" }, source: "a test" };

describe("state inventory", () => {
  it("lists <stack>.tfstate files only: not backups, lock files or hidden files", async () => {
    const dir = tempDir();
    for (const file of [
      "core.tfstate",
      "tenant-27110.tfstate",
      "tenant-27110.tfstate.backup",
      ".tenant-27110.tfstate.lock.info",
    ]) {
      fs.writeFileSync(path.join(dir, file), "");
    }
    fs.mkdirSync(path.join(dir, "old.tfstate"));
    expect(await localStateInventory(dir, "state").stacks()).toEqual(["core", "tenant-27110"]);
  });

  it("a directory not made yet holds no states", async () => {
    expect(await localStateInventory(path.join(tempDir(), "state"), "state").stacks()).toEqual([]);
  });

  it("looks where the synthesized local backend keeps each stack's state", async () => {
    const project = tempDir();
    const { stack } = synth(undefined, { outdir: path.join(project, "cdktf.out") });
    const backendPath = stack("core").terraform.backend.local.path as string;
    const stateFile = path.resolve(project, "cdktf.out", "stacks", "core", backendPath);
    fs.mkdirSync(path.dirname(stateFile), { recursive: true });
    fs.writeFileSync(stateFile, "");
    const { center } = loadCenter(sampleConfig());
    const states = stateInventory(center!.region.state, { projectDir: project });
    expect(states.location).toBe("state");
    expect(await states.stacks()).toEqual(["core"]);
  });

  it("finds the objects the synthesized s3 backend writes", async () => {
    const config = sampleConfig();
    edit(config, REGION, [/^state:\n( {2}.*\n)+/m, S3_STATE]);
    const backend = synth(config).stack("tenant-27110").terraform.backend.s3;
    expect(backend).toMatchObject({ bucket: "daegu-tfstate", region: "daegu-1", use_path_style: true });
    const server = await fakeS3({ bucket: "daegu-tfstate", objects: { [backend.key as string]: "" } });
    const restoreEnv = useAwsEnv();
    try {
      const store = loadCenter(config).center!.region.state.s3!;
      const states = s3StateInventory({ ...store, endpoint: server.endpoint }, { credentials: CREDENTIALS });
      expect(await states.stacks()).toEqual(["tenant-27110"]);
    } finally {
      restoreEnv();
      await server.close();
    }
  });
});

const S3_STATE = [
  "state:",
  "  backend: s3",
  "  s3: { bucket: daegu-tfstate, endpoint: https://rgw.daegu.example, region: daegu-1, keyPrefix: daegu, useLockfile: true }",
  "",
].join("\n");
