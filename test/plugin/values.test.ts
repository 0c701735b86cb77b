import { JsonBlock } from "../../plugin/schema";
import { decodeValue, encodeValue, planCreate, placeholderRead, UNKNOWN } from "../../plugin/values";

const router: JsonBlock = {
  attributes: {
    name: { type: "string", optional: true },
    id: { type: "string", optional: true, computed: true },
    enable_snat: { type: "bool", optional: true, computed: true },
    tags: { type: ["set", "string"], optional: true },
  },
  block_types: {
    external_fixed_ip: {
      nesting_mode: "list",
      block: { attributes: { ip_address: { type: "string", optional: true, computed: true } } },
    },
  },
};

describe("offline provider values", () => {
  it("round-trips unknown values through msgpack as extension 0", () => {
    const bytes = encodeValue({ id: UNKNOWN, name: "r" });
    expect(Buffer.from(bytes).includes(Buffer.from([0xd4, 0x00]))).toBe(true);
    expect(decodeValue(bytes)).toEqual({ id: UNKNOWN, name: "r" });
  });

  it("treats refined unknowns (extension 12) as unknown", () => {
    // {"id": <unknown, refined as not null>}: ext8 of 3 bytes, code 12, payload {1: false}
    const refined = Buffer.from([0x81, 0xa2, 0x69, 0x64, 0xc7, 0x03, 0x0c, 0x81, 0x01, 0xc2]);
    expect(decodeValue(refined)).toEqual({ id: UNKNOWN });
  });

  it("plans a create with unset computed attributes unknown, nested blocks included, config kept", () => {
    const proposed = {
      name: "r1",
      id: null,
      enable_snat: false,
      tags: null,
      external_fixed_ip: [{ ip_address: null }],
    };
    expect(planCreate(router, proposed)).toEqual({
      name: "r1",
      id: UNKNOWN,
      enable_snat: false,
      tags: null,
      external_fixed_ip: [{ ip_address: UNKNOWN }],
    });
  });

  it("reads data sources as typed placeholders that say so", () => {
    const network: JsonBlock = {
      attributes: {
        name: { type: "string", optional: true },
        id: { type: "string", computed: true },
        mtu: { type: "number", computed: true },
        shared: { type: "bool", computed: true },
        subnets: { type: ["list", "string"], computed: true },
        segments: { type: ["set", ["object", { network_type: "string" }]], computed: true },
      },
    };
    expect(placeholderRead("openstack_networking_network_v2", network, { name: "public-internet" })).toEqual({
      name: "public-internet",
      id: "offline-placeholder:openstack_networking_network_v2.id",
      mtu: 0,
      shared: false,
      subnets: [],
      segments: [],
    });
  });
});
