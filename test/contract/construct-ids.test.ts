import * as path from "node:path";
import { App } from "cdktf";
import { IConstruct } from "constructs";
import {
  coreStackIds,
  SECURITY_GROUPS_ID,
  securityGroupsIds,
  systemGroupLookupId,
  systemsStackIds,
} from "../../contract/construct-ids";
import { CORE_STACK, systemsStackName, tenantStackName } from "../../contract/stack-names";
import { builtSystems } from "../../model/center";
import { loadCenter } from "../../model/load";
import { addStacks } from "../../stacks/app";
import { SAMPLE_CONFIG, tempDir } from "../helpers/config";

/**
 * The reserved names validation refuses come from contract/; here, they are held against what
 * the stacks really build, so a construct added beside users' names cannot go unreserved.
 */
const { center } = loadCenter(SAMPLE_CONFIG);
const outdir = path.join(tempDir(), "cdktf.out");
const app = new App({ outdir });
addStacks(app, center!, { outdir, projectDir: path.dirname(outdir) });
const ids = (scope: IConstruct) => scope.node.children.map((c) => c.node.id).sort();
const seoGu = center!.municipalities.find((m) => m.code === "27170")!;

describe("the ids beside users' names are the contract's reserved ones", () => {
  it("in a systems stack: the contract's ids, each built system and its group lookup", () => {
    const built = builtSystems(seoGu).map((s) => s.name);
    const own = ids(app.node.findChild(systemsStackName("27170"))).filter(
      (id) => !built.includes(id) && !built.map(systemGroupLookupId).includes(id),
    );
    expect(own.every((id) => systemsStackIds("27170").has(id))).toBe(true);
    expect(own.length).toBeGreaterThanOrEqual(4);
  });

  it("beside the systems' security groups: the relay's only", () => {
    const groups = app.node.findChild(tenantStackName("27170")).node.findChild(SECURITY_GROUPS_ID);
    const own = ids(groups).filter((id) => !seoGu.systems.some((s) => s.name === id));
    expect(own).toEqual([...securityGroupsIds("27170").keys()]);
  });

  it("in core: the contract's ids and one group per shared service", () => {
    const services = center!.region.sharedServices.services.map((s) => s.name);
    const own = ids(app.node.findChild(CORE_STACK)).filter((id) => !services.includes(id));
    expect(own).toEqual([...coreStackIds().keys()].sort());
  });
});
