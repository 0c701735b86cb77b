import { problemAt, Validator } from "./context";

/** The state block names a backend and must carry exactly that backend's settings. */
export const validateState: Validator = ({ region }) => {
  const state = region.value.state;
  if (state.backend === "s3" && !state.s3) {
    return [
      problemAt(region, ["state"], "backend s3 needs an s3 block (bucket, endpoint, region, keyPrefix, useLockfile)"),
    ];
  }
  if (state.backend === "local" && state.s3) {
    return [problemAt(region, ["state", "s3"], "applies only to backend s3; remove it or set backend: s3")];
  }
  if (state.backend === "s3" && state.directory) {
    return [
      problemAt(region, ["state", "directory"], "applies only to backend local; remove it or set backend: local"),
    ];
  }
  return [];
};
