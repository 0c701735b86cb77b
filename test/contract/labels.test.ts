import { labelsFromTags, labelTags, LABELS_COMMENT_KEY, readLabels } from "../../contract/labels";

const labels = { region: "daegu", municipality: "27110", zone: "internal", grade: "C" } as const;

describe("labels", () => {
  it("writes sorted key=value tags with managed-by=rcc, and reads them back", () => {
    const tags = labelTags(labels);
    expect(tags).toEqual(["grade=C", "managed-by=rcc", "municipality=27110", "region=daegu", "zone=internal"]);
    expect(readLabels({ tags })).toEqual({ ...labels, "managed-by": "rcc" });
  });

  it("adds the system a resource belongs to, when it has one", () => {
    const tags = labelTags({ ...labels, system: "payroll" });
    expect(tags).toEqual([
      "grade=C",
      "managed-by=rcc",
      "municipality=27110",
      "region=daegu",
      "system=payroll",
      "zone=internal",
    ]);
    expect(readLabels({ tags })).toEqual({ ...labels, system: "payroll", "managed-by": "rcc" });
  });

  it("reads labels from the // comment where a type has no tags", () => {
    const comment = { [LABELS_COMMENT_KEY]: { ...labels, "managed-by": "rcc" } };
    expect(readLabels({ "//": comment })).toEqual({ ...labels, "managed-by": "rcc" });
  });

  it("lets a tag win over the comment, the first tag of a key over later ones, and ignores unknown keys", () => {
    const body = {
      tags: ["zone=external", "zone=internal", "owner=someone", "no-equals-sign"],
      "//": { [LABELS_COMMENT_KEY]: { zone: "linkage", grade: "S" } },
    };
    expect(readLabels(body)).toEqual({ zone: "external", grade: "S" });
  });

  it("keeps everything after the first = as the value", () => {
    expect(labelsFromTags(["note=a=b"])).toEqual({ note: "a=b" });
  });
});
