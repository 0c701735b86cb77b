import { loadCenter } from "../../model/load";
import { edit, JUNG_GU, sampleConfig } from "../helpers/config";

// Refused traffic has its fixtures under test/fixtures/invalid/{traffic,linkage,shared-services,quotas}/.
const HOMEPAGE_INGRESS = "{ from: internet, protocol: tcp, ports: [80, 443], purpose: 구청 홈페이지 공개 }";

describe("declared traffic keeps the zones apart (망분리)", () => {
  it("lets an external system name the internet as 0.0.0.0/0", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, [HOMEPAGE_INGRESS, "{ from: 0.0.0.0/0, protocol: tcp, ports: [80], purpose: test }"]);
    expect(loadCenter(dir).problems).toEqual([]);
  });
});
