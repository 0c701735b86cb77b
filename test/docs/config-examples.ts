/**
 * Config shown in the docs, put into a copy of the sample the way a user would write it:
 * `config FILE` replaces the whole file; `config FILE merge [PATH]` sets the block's keys in the
 * mapping at PATH (the file's top level by default; `systems[civil-portal]` is the system of that
 * name). The result must validate, and the block's values must be what the model read.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { isMap, isSeq, parse, parseDocument, YAMLMap } from "yaml";
import { Center } from "../../model/center";

/** Writes the example into the config copy; returns the path (in the model) where its values must appear. */
export function applyConfigExample(configDir: string, args: readonly string[], body: string): string[] {
  const [file, mode, target = ""] = args;
  const full = path.join(configDir, file);
  if (mode === undefined) {
    fs.writeFileSync(full, body);
    return [];
  }
  if (mode !== "merge")
    throw new Error(`config ${args.join(" ")}: expected "config FILE" or "config FILE merge [PATH]"`);
  const document = parseDocument(fs.readFileSync(full, "utf8"));
  const fragment = parseDocument(body);
  const into = nodeAt(document.contents, target);
  if (!isMap(fragment.contents)) throw new Error("a merged config example must be a mapping");
  for (const pair of fragment.contents.items) into.set(pair.key, pair.value);
  fs.writeFileSync(full, document.toString());
  return target.split(".").filter(Boolean);
}

/** The mapping at `a.b[name].c`, where `b[name]` is the item of list `b` whose `name` is `name`. */
function nodeAt(node: unknown, target: string): YAMLMap {
  for (const step of target.split(".").filter(Boolean)) {
    const [, key, name] = /^([\w-]+)(?:\[([\w-]+)\])?$/.exec(step) ?? [];
    if (!isMap(node) || key === undefined) throw new Error(`no mapping at ${target}`);
    node = node.get(key, true);
    if (name !== undefined) {
      if (!isSeq(node)) throw new Error(`${key} is not a list`);
      node = node.items.find((item) => isMap(item) && item.get("name") === name);
    }
  }
  if (!isMap(node)) throw new Error(`no mapping at ${target}`);
  return node;
}

/** The model's value for the file (region or municipality) at the path `applyConfigExample` returned. */
export function modelValueAt(center: Center, file: string, at: readonly string[]): unknown {
  const code = /^municipalities\/(\d+)-/.exec(file)?.[1];
  let value: unknown =
    code === undefined ? center.region : [...center.municipalities, ...center.retired].find((m) => m.code === code);
  for (const step of at) {
    const [, key, name] = /^([\w-]+)(?:\[([\w-]+)\])?$/.exec(step)!;
    value = (value as Record<string, unknown>)[key];
    if (name !== undefined) value = (value as Array<{ name: string }>).find((item) => item.name === name);
  }
  return value;
}

/** The example as plain data, to compare with what the model read. */
export function exampleData(body: string): unknown {
  return parse(body);
}
