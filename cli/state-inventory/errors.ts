/**
 * The state backend could not be read (missing credentials, unreachable store, a refused request,
 * a file that is no Terraform state): a one-line message for the user, never a stack trace.
 */
export class StateBackendError extends Error {}
