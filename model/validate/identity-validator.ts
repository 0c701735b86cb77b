import * as path from "node:path";
import { ConfigProblem } from "../problems";
import { problemAt, Validator } from "./context";

/** Codes and names identify tenants everywhere (stacks, projects, state keys): they must be unique and match. */
export const validateIdentity: Validator = ({ region, municipalities }) => {
  const problems: ConfigProblem[] = [];
  const byCode = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const m of municipalities) {
    const { code, name } = m.value;
    const expected = `${code}-${name}.yaml`;
    const actual = path.basename(m.source.file);
    if (actual !== expected) {
      problems.push(
        problemAt(
          m,
          [],
          `file name must be "${expected}" (<code>-<name>.yaml, from its code and name); found "${actual}"`,
        ),
      );
    }
    if (!code.startsWith(region.value.code)) {
      problems.push(
        problemAt(
          m,
          ["code"],
          `"${code}" is not in region ${region.value.name}: codes here start with "${region.value.code}"`,
        ),
      );
    }
    const sameCode = byCode.get(code);
    if (sameCode)
      problems.push(problemAt(m, ["code"], `"${code}" is already used by ${sameCode}; codes must be unique`));
    else byCode.set(code, m.source.file);
    const sameName = byName.get(name);
    if (sameName)
      problems.push(problemAt(m, ["name"], `"${name}" is already used by ${sameName}; names must be unique`));
    else byName.set(name, m.source.file);
  }
  return problems;
};
