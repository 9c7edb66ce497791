import type { Store } from '#shared/store/client.ts';
import { type Page, queryAll, queryPage } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import type { AuditEntry } from './audit.ts';

const entryOf = (item: Record<string, unknown>): AuditEntry => {
  const { id, at, actor, action, organisationId, bodyId, before, after } = item as unknown as AuditEntry;
  return { id, at, actor, action, organisationId, bodyId, before, after };
};

/** An organisation's entries, or (`network`) every entry, newest first. */
export function listAudit(
  store: Store,
  scope: { organisationId: string } | 'network',
  cursor: string | undefined,
): Promise<Page<AuditEntry>> {
  const partition =
    scope === 'network'
      ? { index: 'gsi1' as const, partition: 'AUDIT' }
      : { partition: `AUDIT#ORG#${scope.organisationId}` };
  return queryPage(store, { ...partition, newestFirst: true, limit: 50 }, cursor, entryOf);
}

/** Everything a person did (gsi2), for their data export and for erasing their address. */
export async function listActionsOf(
  store: Store,
  personId: string,
): Promise<(AuditEntry & { pk: string; sk: string })[]> {
  const items = await queryAll(store, { index: 'gsi2', partition: `ACTOR#${personId}` });
  return items.map((item) => ({ ...entryOf(item), pk: String(item[KEY.pk]), sk: String(item[KEY.sk]) }));
}
