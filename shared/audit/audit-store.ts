import { randomUUID } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '#shared/store/client.ts';
import { type Page, queryAll, queryPage } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import type { AuditEntry } from './audit.ts';

type Scope = { organisationId: string } | { bodyId: string } | 'network';

/** Entries are kept per organisation, per body, or for the network as a whole, each in its own partition. */
const scopePartition = (scope: Scope) =>
  scope === 'network'
    ? 'AUDIT#NETWORK'
    : 'organisationId' in scope
      ? `AUDIT#ORG#${scope.organisationId}`
      : `AUDIT#BODY#${scope.bodyId}`;
/** Every entry, for the network's log (gsi1). */
const ALL = 'AUDIT';
/** What one person did (gsi2). */
const actorPartition = (personId: string) => `ACTOR#${personId}`;

/**
 * An append-only entry, written in the same transaction as the change it records. Listed per
 * organisation or body (its own partition), for the whole network (gsi1) and per person (gsi2).
 */
export function auditItem(entry: Omit<AuditEntry, 'id' | 'at'>, now: Date) {
  const full: AuditEntry = { id: randomUUID(), at: now.toISOString(), ...entry };
  const sort = `${full.at}#${full.id}`;
  return {
    [KEY.pk]: scopePartition(
      full.organisationId
        ? { organisationId: full.organisationId }
        : full.bodyId
          ? { bodyId: full.bodyId }
          : 'network',
    ),
    [KEY.sk]: sort,
    [KEY.gsi1pk]: ALL,
    [KEY.gsi1sk]: sort,
    ...(full.actor === 'system'
      ? {}
      : { [KEY.gsi2pk]: actorPartition(full.actor.personId), [KEY.gsi2sk]: sort }),
    entity: 'audit',
    ...full,
  };
}

const entryOf = (item: Record<string, unknown>): AuditEntry => {
  const { id, at, actor, action, organisationId, bodyId, before, after } = item as unknown as AuditEntry;
  return { id, at, actor, action, organisationId, bodyId, before, after };
};

/** An entry with its keys, so it can be rewritten in place. */
export type StoredAuditEntry = AuditEntry & { pk: string; sk: string };

const storedEntryOf = (item: Record<string, unknown>): StoredAuditEntry => ({
  ...entryOf(item),
  pk: String(item[KEY.pk]),
  sk: String(item[KEY.sk]),
});

/** An organisation's entries, or (`network`) every entry, newest first. */
export function listAudit(
  store: Store,
  scope: { organisationId: string } | 'network',
  cursor: string | undefined,
): Promise<Page<AuditEntry>> {
  const partition =
    scope === 'network' ? { index: 'gsi1' as const, partition: ALL } : { partition: scopePartition(scope) };
  return queryPage(store, { ...partition, newestFirst: true, limit: 50 }, cursor, entryOf);
}

/** Everything a person did (gsi2), for their data export and for erasing their address. */
export async function listActionsOf(store: Store, personId: string): Promise<StoredAuditEntry[]> {
  const items = await queryAll(store, { index: 'gsi2', partition: actorPartition(personId) });
  return items.map(storedEntryOf);
}

/** Every entry recorded in one scope's own partition, with its keys: where erasure looks for an address. */
export async function listScopeEntries(store: Store, scope: Scope): Promise<StoredAuditEntry[]> {
  const items = await queryAll(store, { partition: scopePartition(scope) });
  return items.map(storedEntryOf);
}

/** Rewrites who and what an entry names, nothing else: erasure takes an address out of the record. */
export async function rewriteAuditEntry(
  store: Store,
  entry: { pk: string; sk: string },
  changes: Pick<AuditEntry, 'actor' | 'before' | 'after'>,
): Promise<void> {
  const fields = Object.entries(changes).filter(([, value]) => value !== undefined);
  await store.db.send(
    new UpdateCommand({
      TableName: store.tableName,
      Key: { [KEY.pk]: entry.pk, [KEY.sk]: entry.sk },
      UpdateExpression: `SET ${fields.map(([field]) => `#${field} = :${field}`).join(', ')}`,
      ConditionExpression: `attribute_exists(${KEY.pk})`,
      ExpressionAttributeNames: Object.fromEntries(fields.map(([field]) => [`#${field}`, field])),
      ExpressionAttributeValues: Object.fromEntries(fields.map(([field, value]) => [`:${field}`, value])),
    }),
  );
}
