/**
 * Where the end-to-end run keeps what it makes, all under `.build/` (ignored by git): the test
 * cloud's clouds.yaml (written by scripts/test-cloud/up), the e2e's copy of the config, its
 * synthesis and its states, and the timings `npm run bench:deploy` reads.
 */
import * as path from "node:path";
import { BUILD_DIR } from "../contract/outputs";
import { PROJECT_DIR } from "../plan/project-dir";

export const E2E_DIR = path.join(PROJECT_DIR, BUILD_DIR, "e2e");
export const E2E_CONFIG_DIR = path.join(E2E_DIR, "config");
export const E2E_OUTDIR = path.join(E2E_DIR, "cdktf.out");
export const E2E_STATE_DIR = path.join(E2E_DIR, "state");
export const E2E_TIMINGS = path.join(E2E_DIR, "timings.json");
/** The packet check's wiring (what e2e/packets.py makes) and its result. */
export const E2E_PACKETS_DIR = path.join(E2E_DIR, "packets");
export const TEST_CLOUD_DIR = path.join(PROJECT_DIR, BUILD_DIR, "test-cloud");
export const TEST_CLOUDS_YAML = path.join(TEST_CLOUD_DIR, "clouds.yaml");
