import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import type { Store } from '#shared/store/client.ts';
import { getMany } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { failedNames, transact } from '#shared/store/transactions.ts';

/**
 * What came of one alerted version. Fan-out sets how many it found; the sender and SES events count
 * each delivery's outcome in the same transaction as the delivery's own state, so the figures are
 * exact without reading thousands of deliveries.
 */
export const alertTally = z.object({
  version: z.number(),
  reason: z.enum(['published', 'updated']),
  /** Immediate recipients: one delivery each. */
  recipients: z.number(),
  alerted: z.number(),
  pending: z.number(),
  failed: z.number(),
  bounced: z.number(),
  /** Left out because the address bounced or complained before. */
  suppressed: z.number(),
  /** Waiting for the weekly digest. */
  digest: z.number(),
});
export type AlertTally = z.output<typeof alertTally>;

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

/** Sets (not adds) what fan-out found, so a redelivered stream record leaves the figures as they are. */
export async function recordFanOut(
  store: Store,
  consultationId: string,
  version: number,
  found: Pick<AlertTally, 'reason' | 'recipients' | 'digest' | 'suppressed'>,
): Promise<void> {
  await store.db.send(
    new UpdateCommand({
      TableName: store.tableName,
      Key: tallyKey(consultationId, version),
      UpdateExpression:
        'SET entity = :entity, consultationId = :id, version = :version, reason = :reason, recipients = :recipients, digest = :digest, suppressed = :suppressed',
      ExpressionAttributeValues: {
        ':entity': 'alert-tally',
        ':id': consultationId,
        ':version': version,
        ':reason': found.reason,
        ':recipients': found.recipients,
        ':digest': found.digest,
        ':suppressed': found.suppressed,
      },
    }),
  );
}

const count = (value: unknown) => (typeof value === 'number' ? value : 0);

export function tallyOf(item: Record<string, unknown>): AlertTally {
  const recipients = count(item.recipients);
  const alerted = count(item.sent);
  const failed = count(item.failed);
  const bounced = count(item.bounced);
  // Found by fan-out, then withheld by the sender: the address bounced or complained in between.
  const suppressedAtSend = count(item.suppressedAtSend);
  return {
    version: count(item.version),
    reason: item.reason === 'updated' ? 'updated' : 'published',
    recipients,
    alerted,
    // A delivery being sent right now is still pending.
    pending: Math.max(0, recipients - alerted - failed - bounced - suppressedAtSend),
    failed,
    bounced,
    suppressed: count(item.suppressed) + suppressedAtSend,
    digest: count(item.digest),
  };
}

/** The tallies of every alerted version of a consultation, oldest first. */
export async function readTallies(store: Store, consultationId: string, latestVersion: number) {
  const keys = Array.from({ length: latestVersion }, (_, i) => tallyKey(consultationId, i + 1));
  return (await getMany(store, keys)).map(tallyOf).sort((a, b) => a.version - b.version);
}

export function totalOf(tallies: AlertTally[]): Omit<AlertTally, 'version' | 'reason'> {
  const total = { recipients: 0, alerted: 0, pending: 0, failed: 0, bounced: 0, suppressed: 0, digest: 0 };
  for (const t of tallies)
    for (const name of Object.keys(total) as (keyof typeof total)[]) total[name] += t[name];
  return total;
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
