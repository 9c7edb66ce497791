import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '#shared/store/client.ts';
import { type Page, queryPage } from '#shared/store/pages.ts';
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
  const network = scope === 'network';
  return queryPage(
    store.db,
    {
      TableName: store.tableName,
      ...(network ? { IndexName: 'gsi1' } : {}),
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': network ? KEY.gsi1pk : KEY.pk },
      ExpressionAttributeValues: { ':pk': network ? 'AUDIT' : `AUDIT#ORG#${scope.organisationId}` },
      ScanIndexForward: false,
      Limit: 50,
    },
    cursor,
    entryOf,
  );
}

/** Everything a person did (gsi2), for their data export and for erasing their address. */
export async function listActionsOf(
  store: Store,
  personId: string,
): Promise<(AuditEntry & { pk: string; sk: string })[]> {
  const entries: (AuditEntry & { pk: string; sk: string })[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await store.db.send(
      new QueryCommand({
        TableName: store.tableName,
        IndexName: 'gsi2',
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': KEY.gsi2pk },
        ExpressionAttributeValues: { ':pk': `ACTOR#${personId}` },
        ExclusiveStartKey: start,
      }),
    );
    for (const item of page.Items ?? [])
      entries.push({ ...entryOf(item), pk: String(item[KEY.pk]), sk: String(item[KEY.sk]) });
    start = page.LastEvaluatedKey;
  } while (start);
  return entries;
}
