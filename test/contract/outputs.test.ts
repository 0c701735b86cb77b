import * as path from "node:path";
import { stackFile, stackOfStateFile, stateFileName, stateObjectKey } from "../../contract/outputs";

describe("output and state file names", () => {
  it("puts a stack's JSON at <outdir>/stacks/<stack>/cdk.tf.json", () => {
    expect(stackFile("cdktf.out", "tenant-27110")).toBe(
      path.join("cdktf.out", "stacks", "tenant-27110", "cdk.tf.json"),
    );
  });

  it("reads a state file name back to its stack, and nothing else", () => {
    expect(stackOfStateFile(stateFileName("dr-systems-27170"))).toBe("dr-systems-27170");
    for (const name of [".tfstate", "tenant-27110.tfstate.backup", "a/b.tfstate", "tenant-27110.tflock"]) {
      expect(stackOfStateFile(name)).toBeUndefined();
    }
  });

  it("keys S3 states under the prefix", () => {
    expect(stateObjectKey("rcc/daegu", "core")).toBe("rcc/daegu/core.tfstate");
  });
});
