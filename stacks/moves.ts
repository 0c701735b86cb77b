/**
 * Renamed resources. A resource's address (type and construct-derived name) is part of rcc's
 * contract with every deployed state: when a change renames one, record the move here, and each
 * stack that has the new address gets a Terraform `moved` block, so the plan shows a move instead
 * of destroying and creating the resource. Moves stay: a `moved` block whose old address is not in
 * a state does nothing. docs/address-inventory.json and its test catch a rename left unrecorded.
 */
export interface Move {
  /** Stack names it applies to; `*` matches any characters, e.g. `tenant-*`. */
  readonly stacks: string;
  readonly from: string;
  readonly to: string;
  /** Why the address changed (the rcc change that renamed it). */
  readonly why: string;
}

export const MOVES: readonly Move[] = [];

export function appliesTo(move: Move, stack: string): boolean {
  const pattern = move.stacks.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${pattern.join(".*")}$`).test(stack);
}

/** The `moved` blocks of a stack: recorded moves whose new address the stack has. */
export function movedBlocks(
  stack: string,
  addresses: ReadonlySet<string>,
  moves: readonly Move[] = MOVES,
): Array<{ from: string; to: string }> {
  return moves.filter((move) => appliesTo(move, stack) && addresses.has(move.to)).map(({ from, to }) => ({ from, to }));
}

/** A stack's JSON with the `moved` blocks of its recorded moves (unchanged when there are none). */
export function withMoves<T extends { resource?: Record<string, Record<string, unknown>>; moved?: unknown[] }>(
  stack: string,
  json: T,
  moves: readonly Move[] = MOVES,
): T {
  const addresses = new Set(
    Object.entries(json.resource ?? {}).flatMap(([type, named]) => Object.keys(named).map((name) => `${type}.${name}`)),
  );
  const blocks = movedBlocks(stack, addresses, moves);
  return blocks.length > 0 ? { ...json, moved: [...(json.moved ?? []), ...blocks] } : json;
}
