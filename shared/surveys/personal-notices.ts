import type { Store } from '#shared/store/client.ts';
import {
  failedNames,
  MAX_TRANSACTION_ITEMS,
  putItem,
  type TransactItem,
  transact,
} from '#shared/store/transactions.ts';

/** One recipient's own notice (it carries their personal link), and what orders the recipients. */
export interface PersonalNotice {
  key: string;
  notice: Record<string, unknown>;
}

/**
 * Where a send stands: `after` is the last recipient (by key) sent to. `mark` is the transaction
 * item that moves it from `before` (undefined: nothing sent yet) to `after`, conditional on it
 * still standing at `before`, named `progress`.
 */
export type ProgressMark = (before: string | undefined, after: string, done: boolean) => TransactItem;

/** A transaction holds the mark and this many notices. */
export const NOTICES_PER_TRANSACTION = MAX_TRANSACTION_ITEMS - 1;

/**
 * Sends each recipient its notice once, in turns of at most `perTurn`: each turn's notices are
 * written with the move of the progress mark, so two runs at once send each notice once (the second
 * finds the mark moved and stops), and a run stopped half-way is taken up where it stopped.
 * Answers how many notices it wrote; none when another run got there first.
 */
export async function sendInTurns(
  store: Store,
  recipients: PersonalNotice[],
  from: string | undefined,
  mark: ProgressMark,
  perTurn = NOTICES_PER_TRANSACTION,
): Promise<number> {
  const due = recipients
    .filter((r) => from === undefined || r.key > from)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  let at = from;
  let sent = 0;
  // Nobody to send to still marks the send done, so it is not looked at again.
  for (let i = 0; i < due.length || (i === 0 && due.length === 0); i += perTurn) {
    const turn = due.slice(i, i + perTurn);
    const after = turn[turn.length - 1]?.key ?? at ?? '';
    try {
      await transact(store, [
        mark(at, after, i + perTurn >= due.length),
        ...turn.map((r) => putItem(r.notice)),
      ]);
    } catch (error) {
      if (failedNames(error).has('progress')) return sent;
      throw error;
    }
    sent += turn.length;
    at = after;
  }
  return sent;
}
