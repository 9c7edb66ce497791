import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetSendQuotaCommand, SESClient } from '@aws-sdk/client-ses';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '#shared/config.ts';
import type { Store } from '#shared/store/client.ts';
import { KEY } from '#shared/store/table.ts';

let accountRate: Promise<number> | undefined;

/**
 * The send rate to keep: the configured one, and in AWS never more than the account's SES maximum
 * (read once per process; the local SES emulator has no quota).
 */
export function sendRate(configured: number): Promise<number> {
  const { sesEndpoint, region } = config();
  if (sesEndpoint) return Promise.resolve(configured);
  accountRate ??= new SESClient({ region })
    .send(new GetSendQuotaCommand({}))
    .then((quota) => Math.max(1, Math.floor(quota.MaxSendRate ?? configured)));
  // A failed read is not remembered: the next send asks again.
  accountRate.catch(() => {
    accountRate = undefined;
  });
  return accountRate.then((account) => Math.min(configured, account));
}

/** Slots this process reserved for one second and has not used yet. */
let held = { second: 0, slots: 0 };

/**
 * Reserves `block` slots of one second's send budget in the shared counter, if they all fit: one
 * write for several sends.
 */
async function reserve(store: Store, second: number, block: number, perSecond: number): Promise<boolean> {
  try {
    await store.db.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { [KEY.pk]: `RATE#ses-send#${second}`, [KEY.sk]: 'RATE' },
        UpdateExpression: 'ADD #count :block SET #expiresAt = :expiresAt, entity = :entity',
        ConditionExpression: 'attribute_not_exists(#count) OR #count <= :room',
        ExpressionAttributeNames: { '#count': 'count', '#expiresAt': KEY.expiresAt },
        ExpressionAttributeValues: {
          ':block': block,
          ':room': perSecond - block,
          ':expiresAt': second + 1,
          ':entity': 'rate-limit',
        },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

async function takeSlot(store: Store, perSecond: number): Promise<void> {
  const block = Math.max(1, Math.floor(perSecond / 10));
  for (;;) {
    const second = Math.floor(Date.now() / 1000);
    if (held.second === second && held.slots > 0) {
      held.slots -= 1;
      return;
    }
    if (await reserve(store, second, block, perSecond)) {
      held = { second, slots: block - 1 };
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 5));
  }
}

/** The senders of this process take their slots in turn, so they share one reservation at a time. */
let turns: Promise<unknown> = Promise.resolve();

/**
 * Waits for a slot in this second's send budget: a counter per second in the table, shared by every
 * sender running at once, so together they never exceed the rate. A process reserves a tenth of the
 * second's budget at a time and uses it up before it writes again, so the counter costs a fraction
 * of a write per send; what a process holds when its second ends is not sent in that second.
 */
export function awaitSendSlot(store: Store, perSecond: number): Promise<void> {
  const turn = turns.then(() => takeSlot(store, perSecond));
  turns = turn.catch(() => undefined);
  return turn;
}
