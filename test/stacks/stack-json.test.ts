import * as path from "node:path";
import {
  App,
  DefaultTokenResolver,
  Fn,
  Lazy,
  StringConcat,
  TerraformOutput,
  TerraformStack,
  Token,
  Tokenization,
} from "cdktf";
import { NetworkingNetworkV2 } from "../../.gen/providers/openstack/networking-network-v2";
import { loadCenter } from "../../model/load";
import { addStacks } from "../../stacks/app";
import { resolveValues } from "../../stacks/engine/resolve-values";
import { stackJson } from "../../stacks/engine/stack-json";
import { SAMPLE_CONFIG, tempDir } from "../helpers/config";
import { randomConfig } from "../helpers/random-config";

/** cdktf's own answer, for comparison. */
function cdktfResolve(stack: TerraformStack, value: unknown): unknown {
  return Tokenization.resolve(value, {
    scope: stack,
    preparing: false,
    resolver: new DefaultTokenResolver(new StringConcat()),
  });
}

/** Every stack of a config, synthesized (so aspects have run) and ready to render again. */
function synthesizedStacks(configDir: string): TerraformStack[] {
  const { center } = loadCenter(configDir);
  if (!center) throw new Error(`${configDir} is invalid`);
  const outdir = path.join(tempDir("rcc-json-"), "cdktf.out");
  const app = new App({ outdir });
  addStacks(app, center, { outdir, projectDir: path.dirname(outdir) });
  app.synth();
  return app.node.children.filter(TerraformStack.isStack);
}

describe("stack JSON without cdktf's resolver pass", () => {
  it.each([
    ["the sample", SAMPLE_CONFIG],
    ["a random config with every zone, grade and traffic form", randomConfig(11, 6)],
  ])("is byte-identical to cdktf's toTerraform for every stack of %s", (_, configDir) => {
    const stacks = synthesizedStacks(configDir);
    expect(stacks.length).toBeGreaterThan(10);
    for (const stack of stacks) {
      const ours = JSON.stringify(stack.toTerraform(), null, 2);
      expect(ours).toBe(JSON.stringify(TerraformStack.prototype.toTerraform.call(stack), null, 2));
    }
  });

  describe("resolves each kind of value as cdktf does", () => {
    const stack = new TerraformStack(new App({ outdir: tempDir() }), "s");
    const network = new NetworkingNetworkV2(stack, "net", { name: "n" });
    const values: Array<[string, unknown]> = [
      [
        "plain data, with undefined dropped and empty objects kept",
        { a: "x", b: [1, "y", undefined], c: {}, d: undefined, e: null, f: true },
      ],
      ["a reference", { id: network.id }],
      ["a reference inside a string", { name: `net-${network.name}-a` }],
      ["a list token", { ids: Token.asList(network.id) }],
      ["a number token in a list", { mtus: [network.mtu, 1500] }],
      ["a number token concatenated into a string", { label: `mtu ${network.mtu}` }],
      ["a map token", { tags: Token.asStringMap(network.id) }],
      ["a Terraform function", { joined: Fn.join(",", [network.id, "b"]) }],
      ["a lazy value", { lazy: Lazy.stringValue({ produce: () => "later" }) }],
      ["a literal Terraform expression", { expr: "${var.region}", nested: ["${a.b}", "{json}"] }],
      ["strings that look like encoded numbers", { sci: "1e5", range: "10.0.0.0-10e3", keyed: { "2e4": "v" } }],
      ["a non-integer number", { ratio: 1.5 }],
      ["a date", { at: new Date(0) }],
    ];
    it.each(values)("%s", (_, value) => {
      expect(resolveValues(stack, value)).toEqual(cdktfResolve(stack, value));
    });

    it("refuses a function, as cdktf does", () => {
      expect(() => resolveValues(stack, { f: () => 1 })).toThrow(/function/i);
    });
  });

  it("leaves a stack with outputs or stack-level overrides to cdktf", () => {
    const app = new App({ outdir: tempDir() });
    const withOutput = new TerraformStack(app, "out");
    new TerraformOutput(withOutput, "o", { value: "v" });
    expect(stackJson(withOutput, {})).toBeUndefined();
    expect(stackJson(new TerraformStack(app, "over"), { terraform: {} })).toBeUndefined();
    const plain = new TerraformStack(app, "plain");
    expect(stackJson(plain, {})).toEqual(TerraformStack.prototype.toTerraform.call(plain));
  });
});
