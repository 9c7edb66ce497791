import type { Caller } from '#shared/auth/access.ts';
import type { Store } from '#shared/store/client.ts';
import { visibleStatement } from './read-statement.ts';
import { assertEditable, assertLead, type Statement } from './statement.ts';
import { saveStatement } from './statement-store.ts';

/** The lead withdraws a draft or open statement; a lead that has left the network still may. */
export async function withdrawStatement(
  store: Store,
  caller: Caller,
  id: string,
  now: Date,
): Promise<Statement> {
  const before = await visibleStatement(store, id, caller);
  assertLead(caller, before);
  assertEditable(before);
  const after: Statement = { ...before, status: 'withdrawn', updatedAt: now.toISOString() };
  await saveStatement(store, before, after);
  return after;
}
