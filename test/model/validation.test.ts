import * as path from "node:path";
import { loadCenter } from "../../model/load";

// Bad input has one fixture per case under test/fixtures/invalid/ (test/model/invalid-fixtures.test.ts).
describe("the sample config", () => {
  it("is valid: Daegu with its 9 basic governments", () => {
    const { center, problems } = loadCenter(path.resolve(__dirname, "../../config"));
    expect(problems).toEqual([]);
    expect(center!.municipalities.map((m) => m.code)).toEqual([
      "27110",
      "27140",
      "27170",
      "27200",
      "27230",
      "27260",
      "27290",
      "27710",
      "27720",
    ]);
  });
});
