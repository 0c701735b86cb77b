import { ConfigProblem } from "../problems";
import { listed } from "../shown";
import { problemAt, Validator } from "./context";

/** Per-system rules that the schema alone cannot express. */
export const validateSystems: Validator = ({ municipalities }) => {
  const problems: ConfigProblem[] = [];
  for (const m of municipalities) {
    const names = new Set<string>();
    m.value.systems.forEach((system, i) => {
      if (names.has(system.name)) {
        problems.push(
          problemAt(m, ["systems", i, "name"], `"${system.name}" is listed twice; system names must be unique`),
        );
      }
      names.add(system.name);
      if (system.grade === "C" && system.zone === "external") {
        problems.push(
          problemAt(
            m,
            ["systems", i, "zone"],
            "a grade-C (classified) system must be in the internal zone (망분리); set zone: internal",
          ),
        );
      }
    });
    const known = listed([...names]);
    m.value.systems.forEach((system, i) => {
      system.dependsOn.forEach((dependency, j) => {
        if (dependency === system.name) {
          problems.push(problemAt(m, ["systems", i, "dependsOn", j], "a system cannot depend on itself"));
        } else if (!names.has(dependency)) {
          problems.push(
            problemAt(
              m,
              ["systems", i, "dependsOn", j],
              `"${dependency}" is not a system of ${m.value.code}; known: ${known}`,
            ),
          );
        }
      });
    });
  }
  return problems;
};
