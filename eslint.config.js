const js = require("@eslint/js");
const tseslint = require("typescript-eslint");

/**
 * The one-way flow, as layers: a layer imports only layers listed before it.
 *   contract → model → constructs → stacks → policy → reports → synthesis → cli, main.ts
 * policy/ and reports/ read synthesized JSON, never the code that builds it; plan/ (the offline
 * Terraform runner) is a CLI-side tool that reads contract/ only; plugin/ (the offline provider,
 * bundled on its own) stands alone. Tests import anything but bench/; bench/ imports anything.
 * cdktf's internals (`cdktf/lib/...`) are imported in stacks/engine/ only.
 */
const FLOW =
  "a layer imports only the layers before it: contract → model → constructs → stacks → policy → reports → synthesis → cli, main.ts";
const WHY = {
  policy: "policy/ reads synthesized JSON, never the code that builds it: it imports contract/ and model/ only",
  reports:
    "reports/ reads synthesized JSON, never the code that builds it: it imports contract/, model/ and policy/ only",
  plan: "plan/ is a CLI-side tool that reads contract/ only",
  plugin: "plugin/ is bundled into the offline provider on its own",
  test: "tests never import bench/; generators both use live in test/helpers/",
};
const ENGINE = "only constructs/ and stacks/ build with the CDK engine; this layer handles plain data";
const PURE = "contract/ is pure: no files, no processes";
const DEEP_CDKTF = {
  group: ["cdktf/lib", "cdktf/lib/**"],
  message:
    "cdktf's internals (cdktf/lib/...) are imported in stacks/engine/ only, so another CDK engine touches only that folder.",
};

const FOLDERS = [
  "contract",
  "model",
  "constructs",
  "stacks",
  "policy",
  "reports",
  "synthesis",
  "cli",
  "plan",
  "plugin",
  "bench",
  "test",
  "scripts",
  "e2e",
  ".gen",
];
const CDK = { cdktf: ENGINE, constructs: ENGINE };

/**
 * Files in `name` may import only the project folders in `allowed` (and their own), and not the
 * `packages` ({ package: why }).
 */
function layer(name, allowed, packages = {}, { files = [`${name}/**`], deepCdktf = false } = {}) {
  const why = WHY[name] ?? FLOW;
  const forbidden = FOLDERS.filter((target) => target !== name && !allowed.includes(target));
  const patterns = [
    ...forbidden.map((target) => ({
      group: [`**/${target}`, `**/${target}/**`],
      message: `${name === "main" ? "main.ts" : `${name}/`} may not import ${target}/: ${why}.`,
    })),
    ...Object.entries(packages).map(([pkg, reason]) => ({
      group: [pkg, `${pkg}/**`],
      message: `${name}/ may not import ${pkg}: ${reason}.`,
    })),
    ...(deepCdktf ? [] : [DEEP_CDKTF]),
  ];
  return { files, rules: { "no-restricted-imports": ["error", { patterns }] } };
}

/** Every folder but these. */
const allBut = (...excluded) => FOLDERS.filter((f) => !excluded.includes(f));
const STACKS_MAY = ["contract", "model", "constructs", ".gen"];

module.exports = tseslint.config(
  { ignores: [".gen/", "node_modules/", "cdktf.out/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js"],
    languageOptions: { globals: { require: "readonly", module: "writable", process: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "off",
      "no-new": "off",
    },
  },
  // Everywhere, no cdktf internals; then each layer's own limits (a later block replaces the rule for its files).
  { rules: { "no-restricted-imports": ["error", { patterns: [DEEP_CDKTF] }] } },
  layer("contract", [], { ...CDK, "node:fs": PURE, fs: PURE, "node:child_process": PURE }),
  layer("model", ["contract"], CDK),
  layer("constructs", ["contract", "model", ".gen"]),
  layer("stacks", STACKS_MAY),
  layer("stacks", STACKS_MAY, {}, { files: ["stacks/engine/**"], deepCdktf: true }),
  layer("policy", ["contract", "model"], CDK),
  layer("reports", ["contract", "model", "policy"], CDK),
  layer("synthesis", ["contract", "model", "constructs", "stacks", "policy", "reports"], {
    cdktf: "the pipeline calls stacks/app; the engine stays in stacks/engine/",
  }),
  layer("plan", ["contract"]),
  layer("plugin", []),
  layer("cli", allBut("bench", "test", "e2e")),
  layer("e2e", allBut("bench", "test", "cli")),
  layer("main", allBut("cli", "bench", "test", "e2e"), {}, { files: ["main.ts"] }),
  layer("test", allBut("bench")),
  // cdktf declares its jest matchers in a module inside cdktf/lib; only the test setup loads it.
  layer("test", allBut("bench"), {}, { files: ["test/setup.ts"], deepCdktf: true }),
);
