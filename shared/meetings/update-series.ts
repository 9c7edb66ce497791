import { actorOf } from '#shared/audit/audit.ts';
import { auditItem } from '#shared/audit/audit-store.ts';
import type { Caller } from '#shared/auth/access.ts';
import { Conflict, NotFound } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { failedNames, putItem, transact } from '#shared/store/transactions.ts';
import { memberRotation } from './create-series.ts';
import type { Series } from './meeting.ts';
import { getSeries, seriesSave } from './meeting-store.ts';

/** The coordinator renames a series, describes it, or changes who takes turns to host. */
export async function updateSeries(
  store: Store,
  caller: Caller,
  id: string,
  changes: { name?: string; description?: string; rotation?: string[] },
  now: Date,
): Promise<Series> {
  const before = await getSeries(store, id);
  if (!before) throw new NotFound('There is no such series.');
  const { rotation, ...rest } = changes;
  const after: Series = {
    ...before,
    ...rest,
    ...(rotation ? { rotation: await memberRotation(store, rotation) } : {}),
    updatedAt: now.toISOString(),
  };
  try {
    await transact(store, [
      seriesSave(before, after),
      putItem(auditItem({ actor: actorOf(caller), action: 'series.updated', before, after: changes }, now)),
    ]);
  } catch (error) {
    if (failedNames(error).has('series'))
      throw new Conflict(
        'Someone changed this series at the same time. Reload it and try again.',
        'changed_meanwhile',
      );
    throw error;
  }
  return after;
}
