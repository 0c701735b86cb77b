import { Composer, CST, Document, Parser, parseDocument, Scalar, visit } from "yaml";

/** A YAML file to edit through its Document, written back with every untouched byte as it was. */
export interface EditableYaml {
  readonly doc: Document.Parsed;
  /** The file's text with the edits made to `doc` so far. */
  text(): string;
}

/** Reprinted flow lists read as people write them: `[az1, az2]`, not `[ az1, az2 ]`. */
const PRINT = { flowCollectionPadding: false } as const;

/**
 * yaml's printer keeps comments but re-lays out what it prints (long flow mappings are broken
 * into lines, quotes and spacing normalized), which would bury a migration's change in noise. So
 * changed scalars are written into the source tokens they were parsed from; only when an edit is
 * more than that (a field added or removed, a comment changed) is the printer's text used.
 */
export function editableYaml(text: string): EditableYaml {
  const tokens = [...new Parser().parse(text)];
  const docs = [...new Composer({ keepSourceTokens: true }).compose(tokens)];
  if (docs.length !== 1 || docs[0].errors.length > 0) {
    throw new Error("editableYaml: expects one YAML document that parses without errors");
  }
  const doc = docs[0];
  const parsedValues = new Map<Scalar, unknown>();
  visit(doc, { Scalar: (_, node) => void parsedValues.set(node, node.value) });
  return {
    doc,
    text() {
      const printed = doc.toString(PRINT);
      for (const [node, value] of parsedValues) {
        if (node.value !== value && node.srcToken) {
          CST.setScalarValue(node.srcToken, sourceOf(node), { type: node.type });
          parsedValues.set(node, node.value);
        }
      }
      const inPlace = tokens.map((token) => CST.stringify(token)).join("");
      // The in-place text is right only if it is the same document the edits made.
      return parseDocument(inPlace).toString(PRINT) === printed ? inPlace : printed;
    },
  };
}

function sourceOf(node: Scalar): string {
  return typeof node.value === "string" ? node.value : String(node.value);
}
