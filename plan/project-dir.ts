import * as path from "node:path";

/** The checkout the set-up ran in: `.build/` sits at its root, beside package.json. */
export const PROJECT_DIR = path.resolve(__dirname, "..");
