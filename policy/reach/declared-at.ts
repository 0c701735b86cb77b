import { Center } from "../../model/center";
import { lineOf } from "../../model/config-lines";
import { fieldPath } from "../../model/problems";
import { DeclaredFlow } from "./intent";

/** `config/municipalities/27140-dong-gu.yaml:97 systems[4].ingress[0]`: where the config declares a flow. */
export function declaredAt(center: Center, flow: DeclaredFlow): string {
  const { file, path } = flow.declaredIn;
  const source = file === "region" ? center.sources?.region : center.sources?.municipalities[file.code];
  const field = fieldPath(path);
  if (source === undefined) return file === "region" ? `region ${field}` : `municipality ${file.code} ${field}`;
  return `${source}:${lineOf(source, path)} ${field}`;
}
