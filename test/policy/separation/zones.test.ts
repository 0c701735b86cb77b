import { isInternetAddress } from "../../../model/ip";
import { parseStack } from "../../../policy/separation";
import { resolve } from "../../../policy/separation/terraform";
import { inZone, zoneOf } from "../../../policy/separation/zones";

const stackOf = (resource: Record<string, Record<string, Record<string, unknown>>>) =>
  parseStack("t.json", { resource });
const block = (stack: ReturnType<typeof stackOf>, address: string) => stack.byAddress.get(address)!;

describe("zone membership, as an auditor reads it", () => {
  it("comes from a zone= tag first, then the // labels, then a zone word in the name", () => {
    const stack = stackOf({
      openstack_networking_network_v2: {
        tagged: { name: "x-external", tags: ["zone=internal"] },
        labelled: { name: "x-external", "//": { rcc_labels: { zone: "linkage" } } },
        named: { name: "27110-external-net" },
        word: { name: "internalize" },
        typo: { tags: ["zone=intrenal"], name: "x-internal" },
      },
    });
    expect(
      ["tagged", "labelled", "named", "word", "typo"].map((n) =>
        zoneOf(stack, block(stack, `openstack_networking_network_v2.${n}`)),
      ),
    ).toEqual(["internal", "linkage", "external", "unknown", "unknown"]);
  });

  it("is inherited through references, and a label can add a zone but never hide an inherited internal one", () => {
    const stack = stackOf({
      openstack_networking_network_v2: { net: { tags: ["zone=internal"] } },
      openstack_networking_port_v2: {
        plain: { network_id: "${openstack_networking_network_v2.net.id}" },
        disguised: { network_id: "${openstack_networking_network_v2.net.id}", tags: ["zone=external"] },
        literal: { network_id: "3f0c-literal-uuid" },
      },
    });
    const port = (n: string) => block(stack, `openstack_networking_port_v2.${n}`);
    expect(zoneOf(stack, port("plain"))).toBe("internal");
    expect(inZone(stack, port("disguised"), "internal")).toBe(true);
    expect(inZone(stack, port("disguised"), "external")).toBe(true);
    expect(zoneOf(stack, port("literal"))).toBe("unknown");
  });

  it("resolves references to resources and data sources, with attribute and index suffixes", () => {
    const stack = parseStack("t.json", {
      resource: { openstack_networking_network_v2: { n: {} } },
      data: { openstack_networking_network_v2: { d: {} } },
    });
    expect(resolve(stack, "${openstack_networking_network_v2.n.id}")?.address).toBe(
      "openstack_networking_network_v2.n",
    );
    expect(resolve(stack, "${data.openstack_networking_network_v2.d.id}")?.address).toBe(
      "data.openstack_networking_network_v2.d",
    );
    expect(resolve(stack, "${openstack_networking_network_v2.n[0].id}")?.address).toBe(
      "openstack_networking_network_v2.n",
    );
    expect(resolve(stack, "prefix-${openstack_networking_network_v2.n.id}")).toBeUndefined();
  });
});

describe("internet addresses", () => {
  it.each([
    ["0.0.0.0/0", true],
    ["8.8.8.8", true],
    ["::/0", true],
    ["2001:db8::/32", true],
    ["10.27.0.0/16", false],
    ["172.16.4.0/24", false],
    ["192.168.1.1", false],
    ["100.64.0.0/10", false],
    ["fd00::/8", false],
    ["fe80::1", false],
    ["${var.cidr}", false],
  ])("%s is internet: %s", (text, expected) => {
    expect(isInternetAddress(text)).toBe(expected);
  });
});
