/**
 * Renamed resources. A resource's address (type and construct-derived name) is part of rcc's
 * contract with every deployed state: when a change renames one, record the move here, and each
 * stack that has the new address gets a Terraform `moved` block (stacks/moves.ts), so the plan shows
 * a move instead of destroying and creating the resource. Moves stay: a `moved` block whose old
 * address is not in a state does nothing. policy/addresses.ts, docs/address-inventory.json and its
 * test catch a rename left unrecorded.
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

/** Where a new move is recorded, for messages. */
export const MOVES_FILE = "contract/moves.ts";

export function appliesTo(move: Move, stack: string): boolean {
  const pattern = move.stacks.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${pattern.join(".*")}$`).test(stack);
}
