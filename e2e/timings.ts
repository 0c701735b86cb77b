/** What `npm run e2e` records of its run in .build/e2e/timings.json, for `npm run bench:deploy`. */
export interface E2eTimings {
  /** How many stacks of one wave ran at a time. */
  readonly parallelism: number;
  /** Each phase's wall time in seconds, by key: cloud, synth, deploy, verify, replan, change, destroy. */
  readonly phases: Record<string, number>;
  /** Seconds per stack of `cdktf deploy`, of the empty re-plan and of `cdktf destroy`. */
  deploy: Record<string, number>;
  replan: Record<string, number>;
  destroy: Record<string, number>;
}
