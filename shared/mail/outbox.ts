import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from '#shared/store/client.ts';
import { queryPage } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { type TransactItem, transact } from '#shared/store/transactions.ts';
import type { MailSender, OutgoingMail } from './mail-sender.ts';

export interface OutboxDeps {
  db: DocumentClient;
  tableName: string;
  sender: MailSender;
  now?: () => Date;
}

/** Failed sends stay listed here until a retry succeeds, so none is silently lost. */
const FAILED_PARTITION = 'OUTBOX#failed';
const KEEP_DAYS = 30;
export const MAX_MAIL_ATTEMPTS = 8;

export type ItemKey = Record<typeof KEY.pk | typeof KEY.sk, string>;

/** A message's own record; a record that already exists (an alert's delivery) can be sent once too. */
export const outboxKey = (id: string): ItemKey => ({ [KEY.pk]: `OUTBOX#${id}`, [KEY.sk]: 'OUTBOX' });

export type SendOutcome = 'sent' | 'already-handled';

export interface SendOptions {
  /** Runs after the claim, before sending (to wait for a slot in the send rate, say). */
  beforeSend?: () => Promise<void>;
  /** A counter item (an alert tally) whose `sent` and `failed` follow this record's state. */
  tally?: ItemKey;
}

type Update = NonNullable<TransactItem['Update']>;

/** The record's new state, and the tally's counts moved with it in the same transaction. */
async function settle(
  deps: OutboxDeps,
  update: Update,
  tally: ItemKey | undefined,
  add: Record<string, number>,
) {
  const counts = Object.entries(add).filter(([, n]) => n !== 0);
  if (!tally || counts.length === 0) {
    await deps.db.send(new UpdateCommand(update));
    return;
  }
  await transact(deps, [
    { Update: update },
    {
      Update: {
        TableName: deps.tableName,
        Key: tally,
        UpdateExpression: `ADD ${counts.map(([name]) => `#${name} :${name}`).join(', ')}`,
        ExpressionAttributeNames: Object.fromEntries(counts.map(([name]) => [`#${name}`, name])),
        ExpressionAttributeValues: Object.fromEntries(counts.map(([name, n]) => [`:${name}`, n])),
      },
    },
  ]);
}

/**
 * Sends a message at most once per record, however often a stream record is redelivered: the send
 * is claimed with a conditional write first (a new record, or one still `pending`), and only a
 * recorded failure may be claimed again.
 */
export async function sendOnce(
  deps: OutboxDeps,
  key: ItemKey,
  mail: OutgoingMail,
  options: SendOptions = {},
): Promise<SendOutcome> {
  const now = (deps.now ?? (() => new Date()))();
  const { tally } = options;
  let previous: string | undefined;
  try {
    const claimed = await deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: key,
        ConditionExpression: 'attribute_not_exists(#pk) OR #status IN (:pending, :failed)',
        UpdateExpression: `SET #entity = if_not_exists(#entity, :outbox), #status = :sending, #mail = :mail, #updatedAt = :now, #expiresAt = :expiresAt${tally ? ', #tally = :tally' : ''} ADD #attempts :one REMOVE #gsi1pk, #gsi1sk`,
        ExpressionAttributeNames: {
          '#pk': KEY.pk,
          '#entity': 'entity',
          '#status': 'status',
          '#mail': 'mail',
          '#updatedAt': 'updatedAt',
          '#expiresAt': KEY.expiresAt,
          '#attempts': 'attempts',
          '#gsi1pk': KEY.gsi1pk,
          '#gsi1sk': KEY.gsi1sk,
          ...(tally ? { '#tally': 'tally' } : {}),
        },
        ExpressionAttributeValues: {
          ':failed': 'failed',
          ':pending': 'pending',
          ':sending': 'sending',
          ':outbox': 'outbox',
          ':mail': mail,
          ':now': now.toISOString(),
          ':expiresAt': Math.floor(now.getTime() / 1000) + KEEP_DAYS * 86_400,
          ':one': 1,
          ...(tally ? { ':tally': tally } : {}),
        },
        ReturnValues: 'UPDATED_OLD',
      }),
    );
    previous = claimed.Attributes?.status as string | undefined;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return 'already-handled';
    throw error;
  }
  const wasFailed = previous === 'failed';

  let messageId: string;
  try {
    await options.beforeSend?.();
    ({ messageId } = await deps.sender.send(mail));
  } catch (error) {
    await settle(
      deps,
      {
        TableName: deps.tableName,
        Key: key,
        UpdateExpression: 'SET #status = :failed, #lastError = :error, #gsi1pk = :partition, #gsi1sk = :now',
        ExpressionAttributeNames: {
          '#status': 'status',
          '#lastError': 'lastError',
          '#gsi1pk': KEY.gsi1pk,
          '#gsi1sk': KEY.gsi1sk,
        },
        ExpressionAttributeValues: {
          ':failed': 'failed',
          ':error': error instanceof Error ? error.message.slice(0, 500) : 'unknown error',
          ':partition': FAILED_PARTITION,
          ':now': now.toISOString(),
        },
      },
      tally,
      { failed: wasFailed ? 0 : 1 },
    );
    throw error;
  }

  await settle(
    deps,
    {
      TableName: deps.tableName,
      Key: key,
      UpdateExpression: 'SET #status = :sent, #messageId = :messageId, #sentAt = :now',
      ExpressionAttributeNames: { '#status': 'status', '#messageId': 'messageId', '#sentAt': 'sentAt' },
      ExpressionAttributeValues: { ':sent': 'sent', ':messageId': messageId, ':now': now.toISOString() },
    },
    tally,
    { sent: 1, failed: wasFailed ? -1 : 0 },
  );
  return 'sent';
}

export interface RetryReport {
  retried: number;
  sent: number;
  stillFailing: number;
}

/** Retries failed sends (oldest first) that have attempts left. */
export async function retryFailedMail(deps: OutboxDeps, limit = 100): Promise<RetryReport> {
  const { items } = await queryPage(
    deps,
    {
      index: 'gsi1',
      partition: FAILED_PARTITION,
      filter: {
        expression: '#attempts < :max',
        names: { '#attempts': 'attempts' },
        values: { ':max': MAX_MAIL_ATTEMPTS },
      },
      limit,
    },
    undefined,
    (item) => item,
  );

  const report: RetryReport = { retried: 0, sent: 0, stillFailing: 0 };
  for (const item of items) {
    report.retried += 1;
    const key: ItemKey = { [KEY.pk]: String(item[KEY.pk]), [KEY.sk]: String(item[KEY.sk]) };
    try {
      const tally = item.tally as ItemKey | undefined;
      if ((await sendOnce(deps, key, item.mail as OutgoingMail, { tally })) === 'sent') report.sent += 1;
    } catch {
      report.stillFailing += 1;
    }
  }
  return report;
}
