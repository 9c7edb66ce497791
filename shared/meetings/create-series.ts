import { randomUUID } from 'node:crypto';
import { actorOf } from '#shared/audit/audit.ts';
import { auditItem } from '#shared/audit/audit-store.ts';
import type { Caller } from '#shared/auth/access.ts';
import { ValidationFailed } from '#shared/errors.ts';
import { getOrganisation } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import { putItem, transact } from '#shared/store/transactions.ts';
import type { Series } from './meeting.ts';
import { seriesCreation } from './meeting-store.ts';

/** The rotation's organisations with their names, each a member organisation (`rotation.<i>` names one that is not). */
export async function memberRotation(store: Store, ids: string[]): Promise<Series['rotation']> {
  const found = await Promise.all(ids.map((id) => getOrganisation(store, id)));
  const problems = found.flatMap((org, i) =>
    org?.status === 'member'
      ? []
      : [
          {
            field: `rotation.${i}`,
            message: 'Only member organisations take turns to host.',
            code: 'notMember' as const,
          },
        ],
  );
  if (problems.length > 0) throw new ValidationFailed(problems);
  return found.map((org) => ({ organisationId: org?.id ?? '', name: org?.name ?? '' }));
}

/** The coordinator starts a series, with the member organisations that take turns to host its meetings. */
export async function createSeries(
  store: Store,
  caller: Caller,
  input: { name: string; description?: string; rotation: string[] },
  now: Date,
): Promise<Series> {
  const at = now.toISOString();
  const created: Series = {
    id: randomUUID(),
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    rotation: await memberRotation(store, input.rotation),
    createdAt: at,
    updatedAt: at,
  };
  await transact(store, [
    seriesCreation(created),
    putItem(auditItem({ actor: actorOf(caller), action: 'series.created', after: created }, now)),
  ]);
  return created;
}
