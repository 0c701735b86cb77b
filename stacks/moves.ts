import { appliesTo, Move, MOVES } from "../contract/moves";
import { addressOf } from "../contract/terraform-addresses";

/** The `moved` blocks of a stack: recorded moves (contract/moves.ts) whose new address the stack has. */
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
    Object.entries(json.resource ?? {}).flatMap(([type, named]) =>
      Object.keys(named).map((name) => addressOf({ mode: "resource", type, name })),
    ),
  );
  const blocks = movedBlocks(stack, addresses, moves);
  return blocks.length > 0 ? { ...json, moved: [...(json.moved ?? []), ...blocks] } : json;
}
