import {
  codeOfStack,
  MUNICIPALITY_STACK_KINDS,
  municipalityStackNames,
  parseStackName,
  stackKindsText,
  stackName,
} from "../../contract/stack-names";

describe("stack names", () => {
  it("parses every name it makes back to its kind and code", () => {
    for (const kind of MUNICIPALITY_STACK_KINDS) {
      expect(parseStackName(stackName(kind, "27110"))).toEqual({ kind, code: "27110" });
    }
    expect(parseStackName("core")).toEqual({ kind: "core" });
  });

  it("reads dr-systems-<code> as dr-systems, never as dr- with code systems-<code>", () => {
    expect(parseStackName("dr-systems-27170")).toEqual({ kind: "dr-systems", code: "27170" });
    expect(codeOfStack("dr-systems-27170")).toBe("27170");
  });

  it("gives no kind or code for names rcc does not make", () => {
    for (const name of [
      "tenant-",
      "tenant-2711",
      "tenant-271100",
      "legacy-27110",
      "config",
      "core-27110",
      "TENANT-27110",
    ]) {
      expect(parseStackName(name)).toBeUndefined();
      expect(codeOfStack(name)).toBeUndefined();
    }
    expect(codeOfStack("core")).toBeUndefined();
  });

  it("lists a municipality's stacks in planning order", () => {
    expect(municipalityStackNames("27110")).toEqual(["tenant-27110", "systems-27110", "dr-27110", "dr-systems-27110"]);
  });

  it("describes the kinds for messages", () => {
    expect(stackKindsText()).toBe("core and tenant-, systems-, dr-, dr-systems-<code>");
  });
});
