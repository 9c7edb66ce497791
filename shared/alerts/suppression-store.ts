import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '#shared/store/client.ts';
import { getMany } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';

/** Why an address receives no more alerts: it bounced for good, or its owner marked an alert as spam. */
export type SuppressionReason = 'bounce' | 'complaint';

const suppressionKey = (email: string) => ({
  [KEY.pk]: `SUPPRESSED#${email.toLowerCase()}`,
  [KEY.sk]: 'SUPPRESSED',
});

export async function suppress(store: Store, email: string, reason: SuppressionReason, at: Date) {
  await store.db.send(
    new PutCommand({
      TableName: store.tableName,
      Item: {
        ...suppressionKey(email),
        entity: 'suppression',
        email: email.toLowerCase(),
        reason,
        at: at.toISOString(),
      },
    }),
  );
}

/** Which of the addresses are suppressed: one request per hundred addresses. */
export async function suppressedAmong(store: Store, emails: string[]): Promise<Set<string>> {
  const found = await getMany(store, emails.map(suppressionKey), 'email');
  return new Set(found.map((item) => String(item.email)));
}
