import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '#shared/store/client.ts';
import { getMany } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { failedNames, type TransactItem, transact } from '#shared/store/transactions.ts';
import { type AlertTally, tallyOf } from './tally.ts';

export const deliveryPartition = (consultationId: string, version: number) =>
  `DELIVERY#${consultationId}#v${version}`;

/** The tally lives with the deliveries it counts. */
export const tallyKey = (consultationId: string, version: number) => ({
  [KEY.pk]: deliveryPartition(consultationId, version),
  [KEY.sk]: 'TALLY',
});

export const deliveryKey = (consultationId: string, version: number, email: string) => ({
  [KEY.pk]: deliveryPartition(consultationId, version),
  [KEY.sk]: `TO#${email}`,
});

/**
 * A version's follow-ups' own counts (the outbox moves their `sent`, `failed`, `suppressedAtSend`
 * here), beside the alerts' tally: a follow-up is not one of the version's recipients.
 */
export const followUpTallyKey = (consultationId: string, version: number) => ({
  [KEY.pk]: deliveryPartition(consultationId, version),
  [KEY.sk]: 'FOLLOW-UPS',
});

/** A count of the version's tally moved by one, in the transaction of the fact it counts. */
export const tallyAdd = (consultationId: string, version: number, figure: string): TransactItem => ({
  Update: {
    TableName: '',
    Key: tallyKey(consultationId, version),
    UpdateExpression: 'SET entity = :entity ADD #figure :one',
    ExpressionAttributeNames: { '#figure': figure },
    ExpressionAttributeValues: { ':entity': 'alert-tally', ':one': 1 },
  },
});

/**
 * Sets (not adds) what fan-out found, so a redelivered stream record leaves the figures as they are
 * (the releases of waiting alerts add to their own counts).
 */
export async function recordFanOut(
  store: Store,
  consultationId: string,
  version: number,
  found: Pick<AlertTally, 'reason' | 'recipients' | 'digest' | 'suppressed' | 'waiting'>,
): Promise<void> {
  await store.db.send(
    new UpdateCommand({
      TableName: store.tableName,
      Key: tallyKey(consultationId, version),
      UpdateExpression:
        'SET entity = :entity, consultationId = :id, version = :version, reason = :reason, recipients = :recipients, digest = :digest, suppressed = :suppressed, waiting = :waiting',
      ExpressionAttributeValues: {
        ':entity': 'alert-tally',
        ':id': consultationId,
        ':version': version,
        ':reason': found.reason,
        ':recipients': found.recipients,
        ':digest': found.digest,
        ':suppressed': found.suppressed,
        ':waiting': found.waiting,
      },
    }),
  );
}

/** The tallies of every alerted version of a consultation, oldest first. */
export async function readTallies(store: Store, consultationId: string, latestVersion: number) {
  const versions = Array.from({ length: latestVersion }, (_, i) => i + 1);
  const items = await getMany(
    store,
    versions.flatMap((v) => [tallyKey(consultationId, v), followUpTallyKey(consultationId, v)]),
  );
  const followUps = new Map(
    items.filter((item) => item[KEY.sk] === 'FOLLOW-UPS').map((item) => [item[KEY.pk], item]),
  );
  return items
    .filter((item) => item[KEY.sk] === 'TALLY')
    .map((item) => tallyOf(item, followUps.get(item[KEY.pk])))
    .sort((a, b) => a.version - b.version);
}

/** A sent alert bounced: the delivery says so once, and the tally moves it from alerted to bounced. */
export async function recordBounce(
  store: Store,
  consultationId: string,
  version: number,
  email: string,
  at: Date,
): Promise<boolean> {
  try {
    await transact(store, [
      {
        name: 'sent',
        Update: {
          TableName: '',
          Key: deliveryKey(consultationId, version, email),
          UpdateExpression: 'SET #status = :bounced, bouncedAt = :at',
          ConditionExpression: '#status = :sent',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':bounced': 'bounced', ':sent': 'sent', ':at': at.toISOString() },
        },
      },
      {
        Update: {
          TableName: '',
          Key: tallyKey(consultationId, version),
          UpdateExpression: 'ADD sent :minus, bounced :one',
          ExpressionAttributeValues: { ':minus': -1, ':one': 1 },
        },
      },
    ]);
    return true;
  } catch (error) {
    if (!failedNames(error).has('sent')) throw error;
    return false;
  }
}
