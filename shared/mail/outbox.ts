import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { suppressedAmong } from '#shared/alerts/suppression-store.ts';
import type { DocumentClient } from '#shared/store/client.ts';
import { countAll, queryPage } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { failedNames, type TransactItem, transact } from '#shared/store/transactions.ts';
import type { MailSender, OutgoingMail } from './mail-sender.ts';

export interface OutboxDeps {
  db: DocumentClient;
  tableName: string;
  sender: MailSender;
  now?: () => Date;
  /**
   * When the running function is stopped (epoch ms, Lambda's deadline): a claim's lease lasts until
   * then and a margin, and no send starts or is recorded after it. None: the longest a Lambda runs.
   */
  deadline?: number;
}

/**
 * Index partitions of the outbox (gsi1). Unsent: every failed or re-queued record, and an outbox
 * marker from its claim on, sorted by when the retry schedule must look at it again (a lease's end,
 * a retry's due time). Exhausted:
 * records whose attempts ran out, kept apart so they never crowd out those still to retry.
 */
export const UNSENT_PARTITION = 'OUTBOX#unsent';
export const EXHAUSTED_PARTITION = 'OUTBOX#exhausted';
export const MAX_MAIL_ATTEMPTS = 8;
/** Beyond the deadline: clocks of two hosts differ, and Lambda takes a moment to stop a function. */
export const LEASE_MARGIN_MS = 10_000;
const LONGEST_RUN_MS = 15 * 60_000;
/** The outbox's own markers (a notice's or a digest's send) are not evidence: they expire. */
const MARKER_KEEP_DAYS = 30;

/** The first retry is due at once, then after 5, 15, 35, 75 minutes, then every two hours: about six hours in all. */
export const retryDelayMs = (attempts: number) =>
  Math.min(2 * 3_600_000, 5 * 60_000 * (2 ** Math.max(0, attempts - 1) - 1));

export type ItemKey = Record<typeof KEY.pk | typeof KEY.sk, string>;

/** A message's own record; a record that already exists (an alert's delivery) can be sent once too. */
export const outboxKey = (id: string): ItemKey => ({ [KEY.pk]: `OUTBOX#${id}`, [KEY.sk]: 'OUTBOX' });
const isMarker = (key: ItemKey) => key[KEY.pk].startsWith('OUTBOX#');

/**
 * What came of one call: sent; already sent, being sent or given up on (by this or another call);
 * failed and recorded for a retry; or withheld for good because the address bounced or complained.
 */
export type SendOutcome = 'sent' | 'already-handled' | 'failed' | 'suppressed';

export interface SendOptions {
  /** Runs after the claim, before sending (to wait for a slot in the send rate, say). */
  beforeSend?: () => Promise<void>;
  /** A counter item (an alert tally) whose `sent`, `failed` and `suppressedAtSend` follow this record's state. */
  tally?: ItemKey;
}

const iso = (ms: number) => new Date(ms).toISOString();
const names = (...attributes: string[]) => Object.fromEntries(attributes.map((a) => [`#${a}`, a]));
const errorText = (error: unknown) =>
  error instanceof Error ? error.message.slice(0, 500) : 'unknown error';

/** A record's state change, conditional on still holding the lease, and its tally's counts moved with it. */
async function settle(
  deps: OutboxDeps,
  key: ItemKey,
  token: string,
  update: { expression: string; names?: Record<string, string>; values?: Record<string, unknown> },
  tally: ItemKey | undefined,
  add: Record<string, number>,
): Promise<boolean> {
  const own: NonNullable<TransactItem['Update']> = {
    TableName: deps.tableName,
    Key: key,
    ConditionExpression: '#lease = :token',
    UpdateExpression: update.expression,
    ExpressionAttributeNames: { '#lease': 'lease', ...update.names },
    ExpressionAttributeValues: { ':token': token, ...update.values },
  };
  const counts = Object.entries(add).filter(([, n]) => n !== 0);
  try {
    if (!tally || counts.length === 0) {
      await deps.db.send(new UpdateCommand(own));
      return true;
    }
    await transact(deps, [
      { name: 'lease', Update: own },
      {
        Update: {
          TableName: deps.tableName,
          Key: tally,
          UpdateExpression: `ADD ${counts.map(([name]) => `#${name} :${name}`).join(', ')}`,
          ExpressionAttributeNames: names(...counts.map(([name]) => name)),
          ExpressionAttributeValues: Object.fromEntries(counts.map(([name, n]) => [`:${name}`, n])),
        },
      },
    ]);
    return true;
  } catch (error) {
    // Another call took the record over after this one's lease ran out: its state is that call's to record.
    if (error instanceof ConditionalCheckFailedException || failedNames(error).has('lease')) return false;
    throw error;
  }
}

/** Time kept at the end of a run to record a send's outcome. */
const RECORD_MARGIN_MS = 3_000;

/** Waits for the work, but not past `until`: then it fails, as the function is about to be stopped. */
async function beforeDeadline(work: Promise<void> | undefined, until: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error('The function ran out of time before sending')),
      Math.max(0, until - Date.now()),
    );
  });
  try {
    if (Date.now() >= until) throw new Error('The function ran out of time before sending');
    await Promise.race([work ?? Promise.resolve(), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Time kept for a send after a lease that was waited out. */
const SEND_TIME_MS = 5_000;

/** The lease on a record being sent: its token and when it ends; undefined if nobody is sending it. */
async function heldLease(
  deps: OutboxDeps,
  key: ItemKey,
  nowMs: number,
): Promise<{ token: string; until: number } | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.tableName,
      Key: key,
      ConsistentRead: true,
      ProjectionExpression: '#status, #lease, #leaseUntil',
      ExpressionAttributeNames: names('status', 'lease', 'leaseUntil'),
    }),
  );
  return Item?.status === 'sending' && Number(Item.leaseUntil) >= nowMs
    ? { token: String(Item.lease), until: Number(Item.leaseUntil) }
    : undefined;
}

/**
 * Lists a held claim for the retry schedule, due when its lease ends: for a delivery whose lease
 * outlasts the run that found it (the run before failed after its claim, with time left).
 */
async function listClaim(deps: OutboxDeps, key: ItemKey, lease: { token: string; until: number }) {
  try {
    await deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: key,
        ConditionExpression: '#lease = :token',
        UpdateExpression: 'SET #gsi1pk = :unsent, #gsi1sk = :due',
        ExpressionAttributeNames: { '#lease': 'lease', '#gsi1pk': KEY.gsi1pk, '#gsi1sk': KEY.gsi1sk },
        ExpressionAttributeValues: {
          ':token': lease.token,
          ':unsent': UNSENT_PARTITION,
          ':due': iso(lease.until),
        },
      }),
    );
  } catch (error) {
    // Settled or taken over meanwhile: nothing is left to list.
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}

const CLAIMABLE =
  'attribute_not_exists(#pk) OR #status IN (:pending, :failed, :queued) OR (#status = :sending AND #leaseUntil < :nowMs)';

/**
 * Sends a message at most once per record, however often a stream record is redelivered. The send
 * is claimed first with a conditional write that takes a lease: a new record, one still pending,
 * failed or re-queued, or one whose lease ran out (its function was stopped mid-send) can be
 * claimed. `attempts` counts the claims that went on to send. A failed send is recorded (the retry
 * schedule sends it again), never thrown; an address that bounced or complained gets nothing.
 */
export async function sendOnce(
  deps: OutboxDeps,
  key: ItemKey,
  mail: OutgoingMail,
  options: SendOptions = {},
): Promise<SendOutcome> {
  const nowMs = (deps.now ?? (() => new Date()))().getTime();
  const deadline = deps.deadline ?? nowMs + LONGEST_RUN_MS;
  const leaseUntil = deadline + LEASE_MARGIN_MS;
  const token = randomUUID();
  const { tally } = options;
  const marker = isMarker(key);
  const suppressed = (await suppressedAmong(deps, mail.to)).size > 0;

  let before: Record<string, unknown>;
  try {
    const claimed = await deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: key,
        ConditionExpression: CLAIMABLE,
        UpdateExpression: [
          'SET #entity = if_not_exists(#entity, :outbox), #status = :sending, #lease = :token, #leaseUntil = :leaseUntil, #updatedAt = :now',
          // Only a marker keeps the message, to send it again, and is listed for the retry schedule
          // from its claim on (a digest's has no stream record behind it). A delivery is rendered
          // again from itself, by its stream record, which takes over a claim whose lease ran out;
          // listing every claim would cost each alert two more write units.
          marker
            ? ', #mail = :mail, #expiresAt = if_not_exists(#expiresAt, :expiresAt), #gsi1pk = :unsent, #gsi1sk = :due'
            : '',
          tally ? ', #tally = :tally' : '',
          suppressed ? '' : ' ADD #attempts :one',
          // Evidence never expires (a record claimed before this rule may carry a TTL).
          marker ? '' : ' REMOVE #expiresAt',
        ].join(''),
        ExpressionAttributeNames: {
          '#pk': KEY.pk,
          '#expiresAt': KEY.expiresAt,
          ...names('entity', 'status', 'lease', 'leaseUntil', 'updatedAt'),
          ...(marker ? { ...names('mail'), '#gsi1pk': KEY.gsi1pk, '#gsi1sk': KEY.gsi1sk } : {}),
          ...(tally ? names('tally') : {}),
          ...(suppressed ? {} : names('attempts')),
        },
        ExpressionAttributeValues: {
          ':pending': 'pending',
          ':failed': 'failed',
          ':queued': 'queued',
          ':sending': 'sending',
          ':outbox': 'outbox',
          ':token': token,
          ':nowMs': nowMs,
          ':leaseUntil': leaseUntil,
          ':now': iso(nowMs),
          ...(marker
            ? {
                ':mail': mail,
                ':expiresAt': Math.floor(nowMs / 1000) + MARKER_KEEP_DAYS * 86_400,
                ':unsent': UNSENT_PARTITION,
                ':due': iso(leaseUntil),
              }
            : {}),
          ...(tally ? { ':tally': tally } : {}),
          ...(suppressed ? {} : { ':one': 1 }),
        },
        ReturnValues: 'ALL_OLD',
      }),
    );
    before = claimed.Attributes ?? {};
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    if (marker) return 'already-handled';
    // A delivery's stream record comes again only once the run before it ended: a lease it finds
    // held is that run's. Stopped at its deadline, its lease ends within the margin, and is waited
    // out and taken over; one that failed early holds it longer, and is left to the retry schedule.
    const lease = await heldLease(deps, key, nowMs);
    if (lease === undefined) return 'already-handled';
    if (lease.until + SEND_TIME_MS > deadline) {
      await listClaim(deps, key, lease);
      return 'already-handled';
    }
    await new Promise((resolve) => setTimeout(resolve, lease.until - nowMs + 50));
    return sendOnce({ ...deps, now: undefined }, key, mail, options);
  }
  // Whether this record is counted among its tally's failures (it failed before and is not sent yet).
  const counted = before.failedCounted === true;
  const done = 'REMOVE #gsi1pk, #gsi1sk, #lease, #leaseUntil, #mail, #failedCounted';
  const doneNames = {
    '#gsi1pk': KEY.gsi1pk,
    '#gsi1sk': KEY.gsi1sk,
    ...names('leaseUntil', 'mail', 'failedCounted'),
  };

  if (suppressed) {
    await settle(
      deps,
      key,
      token,
      {
        expression: `SET #status = :suppressed, #suppressedAt = :now ${done}`,
        names: { ...doneNames, ...names('status', 'suppressedAt') },
        values: { ':suppressed': 'suppressed', ':now': iso(nowMs) },
      },
      tally,
      { suppressedAtSend: 1, failed: counted ? -1 : 0 },
    );
    return 'suppressed';
  }

  const failed = async (error: unknown, options: { sent: boolean }) => {
    const attempts = Number(before.attempts ?? 0) + (options.sent ? 1 : 0);
    const exhausted = attempts >= MAX_MAIL_ATTEMPTS;
    const at = Date.now();
    await settle(
      deps,
      key,
      token,
      {
        expression: `SET #status = :status, #lastError = :error, #failedAt = :now, #gsi1pk = :partition, #gsi1sk = :due, #failedCounted = :true${marker ? '' : ' REMOVE #mail'}${options.sent ? '' : ' ADD #attempts :minus'}`,
        names: {
          ...names('status', 'lastError', 'failedAt', 'failedCounted'),
          '#gsi1pk': KEY.gsi1pk,
          '#gsi1sk': KEY.gsi1sk,
          ...(marker ? {} : names('mail')),
          ...(options.sent ? {} : names('attempts')),
        },
        values: {
          ':status': exhausted ? 'exhausted' : 'failed',
          ':error': errorText(error),
          ':now': iso(at),
          ':partition': exhausted ? EXHAUSTED_PARTITION : UNSENT_PARTITION,
          ':due': exhausted ? iso(at) : iso(at + retryDelayMs(attempts)),
          ':true': true,
          ...(options.sent ? {} : { ':minus': -1 }),
        },
      },
      tally,
      { failed: counted ? 0 : 1 },
    );
  };

  // Time is kept before the deadline to record what came of the send: a send slot that does not
  // come, or a send that hangs, ends as a recorded failure (retried by the schedule) rather than
  // a claim left to its lease.
  const recordBy = deadline - RECORD_MARGIN_MS;
  try {
    await beforeDeadline(options.beforeSend?.(), recordBy);
  } catch (error) {
    // Nothing was sent: the claim is given back (a failure due at once, no attempt used) and the
    // error goes on to the stream, which tries the record again.
    if (Date.now() < deadline) await failed(error, { sent: false });
    throw error;
  }

  let messageId: string;
  try {
    ({ messageId } = await deps.sender.send(mail, {
      signal: AbortSignal.timeout(Math.max(1, recordBy - Date.now())),
    }));
  } catch (error) {
    // Past the deadline the function is being stopped: what it holds is left to its lease.
    if (Date.now() >= deadline) throw error;
    await failed(error, { sent: true });
    return 'failed';
  }

  await settle(
    deps,
    key,
    token,
    {
      expression: `SET #status = :sent, #messageId = :messageId, #sentAt = :now ${done}`,
      names: { ...doneNames, ...names('status', 'messageId', 'sentAt') },
      values: { ':sent': 'sent', ':messageId': messageId, ':now': iso(Date.now()) },
    },
    tally,
    { sent: 1, failed: counted ? -1 : 0 },
  );
  return 'sent';
}

export interface RetryReport {
  /** Put back on the stream to be sent again. */
  requeued: number;
  /** Given up on in this run. */
  exhausted: number;
  /** Every message given up on, listed for the coordinator. */
  exhaustedInAll: number;
}

/** How long a re-queued record waits for its stream record to be handled before it is looked at again. */
const REQUEUE_WAIT_MS = LONGEST_RUN_MS + LEASE_MARGIN_MS;

type Due = Record<string, unknown>;

/** Re-queues one due record (its MODIFY sends it through the stream), or gives up on it. */
async function requeueOrExhaust(deps: Pick<OutboxDeps, 'db' | 'tableName'>, item: Due, nowMs: number) {
  const key: ItemKey = { [KEY.pk]: String(item[KEY.pk]), [KEY.sk]: String(item[KEY.sk]) };
  const attempts = Number(item.attempts ?? 0);
  const requeued = Number(item.requeued ?? 0);
  // A record re-queued again and again that never got claimed (its handler fails before sending) ends too.
  const exhausted = attempts >= MAX_MAIL_ATTEMPTS || requeued >= MAX_MAIL_ATTEMPTS;
  // As it was read, and not being sent under a live lease (a claim keeps a failed record's index
  // keys until it settles).
  const unchanged = {
    ConditionExpression:
      '#status = :seen AND #gsi1sk = :seenDue AND (#status <> :sending OR #leaseUntil < :nowMs)',
    ExpressionAttributeNames: { '#status': 'status', '#gsi1sk': KEY.gsi1sk, '#leaseUntil': 'leaseUntil' },
  };
  const seen = { ':seen': item.status, ':seenDue': item[KEY.gsi1sk], ':sending': 'sending', ':nowMs': nowMs };
  const tally = item.tally as ItemKey | undefined;
  try {
    if (!exhausted) {
      await deps.db.send(
        new UpdateCommand({
          TableName: deps.tableName,
          Key: key,
          ...unchanged,
          UpdateExpression: 'SET #status = :queued, #queuedAt = :now, #gsi1sk = :due ADD #requeued :one',
          ExpressionAttributeNames: {
            ...unchanged.ExpressionAttributeNames,
            ...names('queuedAt', 'requeued'),
          },
          ExpressionAttributeValues: {
            ...seen,
            ':queued': 'queued',
            ':now': iso(nowMs),
            ':due': iso(nowMs + REQUEUE_WAIT_MS),
            ':one': 1,
          },
        }),
      );
      return 'requeued' as const;
    }
    const own: NonNullable<TransactItem['Update']> = {
      TableName: deps.tableName,
      Key: key,
      ...unchanged,
      UpdateExpression:
        'SET #status = :exhausted, #gsi1pk = :partition, #gsi1sk = :now, #failedAt = :now, #lastError = if_not_exists(#lastError, :timedOut), #failedCounted = :true REMOVE #lease, #leaseUntil',
      ExpressionAttributeNames: {
        ...unchanged.ExpressionAttributeNames,
        '#gsi1pk': KEY.gsi1pk,
        ...names('failedAt', 'lastError', 'failedCounted', 'lease', 'leaseUntil'),
      },
      ExpressionAttributeValues: {
        ...seen,
        ':exhausted': 'exhausted',
        ':partition': EXHAUSTED_PARTITION,
        ':now': iso(nowMs),
        ':timedOut': 'Never sent: each try was stopped before it finished',
        ':true': true,
      },
    };
    if (tally && item.failedCounted !== true) {
      await transact(deps, [
        { name: 'unchanged', Update: own },
        {
          Update: {
            TableName: deps.tableName,
            Key: tally,
            UpdateExpression: 'ADD #failed :one',
            ExpressionAttributeNames: names('failed'),
            ExpressionAttributeValues: { ':one': 1 },
          },
        },
      ]);
    } else await deps.db.send(new UpdateCommand(own));
    return 'exhausted' as const;
  } catch (error) {
    // Claimed or changed since it was read: it is in other hands.
    if (error instanceof ConditionalCheckFailedException || failedNames(error).has('unchanged'))
      return 'changed';
    throw error;
  }
}

/** How many messages were given up on (exhausted), or are unsent and still tried (failing). */
export const countUndelivered = (
  deps: Pick<OutboxDeps, 'db' | 'tableName'>,
  state: 'exhausted' | 'failing',
) =>
  countAll(deps, {
    index: 'gsi1',
    partition: state === 'exhausted' ? EXHAUSTED_PARTITION : UNSENT_PARTITION,
  });

/**
 * Looks at every unsent record that is due (a failure whose retry is due, a marker's lease that ran out, a
 * re-queued record never handled), page by page until none is left or the time is up, and puts
 * each back on the stream, or gives up on it once its attempts are used. The send itself is the
 * stream's, the one send path.
 */
export async function retryFailedMail(
  deps: Pick<OutboxDeps, 'db' | 'tableName' | 'now'>,
  options: { until?: number } = {},
): Promise<RetryReport> {
  const nowMs = (deps.now ?? (() => new Date()))().getTime();
  const report: RetryReport = { requeued: 0, exhausted: 0, exhaustedInAll: 0 };
  let start: Record<string, unknown> | undefined;
  do {
    const page = await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: '#pk = :pk AND #sk <= :now',
        ExpressionAttributeNames: { '#pk': KEY.gsi1pk, '#sk': KEY.gsi1sk },
        ExpressionAttributeValues: { ':pk': UNSENT_PARTITION, ':now': iso(nowMs) },
        Limit: 100,
        ExclusiveStartKey: start,
      }),
    );
    for (const item of page.Items ?? []) {
      const outcome = await requeueOrExhaust(deps, item, nowMs);
      if (outcome !== 'changed') report[outcome] += 1;
    }
    start = page.LastEvaluatedKey;
  } while (start && (options.until === undefined || Date.now() < options.until));
  report.exhaustedInAll = await countUndelivered(deps, 'exhausted');
  return report;
}

/** A record not delivered, as the coordinator sees it; `id` names it (its key) for a retry. */
export interface Undelivered {
  id: string;
  kind: 'alert' | 'submission' | 'notice';
  to: string;
  status: string;
  attempts: number;
  lastError?: string;
  at: string;
}

const kindOf = (entity: unknown): Undelivered['kind'] =>
  entity === 'delivery' ? 'alert' : entity === 'submission-delivery' ? 'submission' : 'notice';
const idOf = (key: ItemKey) => Buffer.from(JSON.stringify([key[KEY.pk], key[KEY.sk]])).toString('base64url');

/** The key an id names, if it names one the outbox manages. */
export function keyOfMailId(id: string): ItemKey | undefined {
  try {
    const [pk, sk] = JSON.parse(Buffer.from(id, 'base64url').toString('utf8')) as unknown[];
    if (typeof pk === 'string' && typeof sk === 'string') return { [KEY.pk]: pk, [KEY.sk]: sk };
  } catch {
    // not an id this API gave out
  }
  return undefined;
}

function undelivered(item: Record<string, unknown>): Undelivered {
  const mail = item.mail as OutgoingMail | undefined;
  return {
    id: idOf({ [KEY.pk]: String(item[KEY.pk]), [KEY.sk]: String(item[KEY.sk]) }),
    kind: kindOf(item.entity),
    to: String(item.email ?? item.to ?? mail?.to?.[0] ?? ''),
    status: String(item.status),
    attempts: Number(item.attempts ?? 0),
    lastError: item.lastError === undefined ? undefined : String(item.lastError),
    at: String(item.failedAt ?? item.updatedAt ?? ''),
  };
}

/** One page of the mail given up on (newest first), or of the mail still being tried (the most urgent first). */
export async function listUndelivered(
  deps: Pick<OutboxDeps, 'db' | 'tableName'>,
  state: 'exhausted' | 'failing',
  cursor: string | undefined,
) {
  const exhausted = state === 'exhausted';
  const page = await queryPage(
    deps,
    {
      index: 'gsi1',
      partition: exhausted ? EXHAUSTED_PARTITION : UNSENT_PARTITION,
      newestFirst: exhausted,
      limit: 50,
    },
    cursor,
    undelivered,
  );
  return page;
}

/** Puts a message given up on back on the stream, its attempts counted anew; undefined if it is not exhausted. */
export async function retryExhausted(
  deps: Pick<OutboxDeps, 'db' | 'tableName' | 'now'>,
  key: ItemKey,
): Promise<Undelivered | undefined> {
  const nowMs = (deps.now ?? (() => new Date()))().getTime();
  try {
    const { Attributes } = await deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: key,
        ConditionExpression: '#status = :exhausted AND #gsi1pk = :partition',
        UpdateExpression:
          'SET #status = :queued, #queuedAt = :now, #attempts = :zero, #requeued = :zero, #gsi1pk = :unsent, #gsi1sk = :due',
        ExpressionAttributeNames: {
          '#gsi1pk': KEY.gsi1pk,
          '#gsi1sk': KEY.gsi1sk,
          ...names('status', 'queuedAt', 'attempts', 'requeued'),
        },
        ExpressionAttributeValues: {
          ':exhausted': 'exhausted',
          ':partition': EXHAUSTED_PARTITION,
          ':queued': 'queued',
          ':now': iso(nowMs),
          ':zero': 0,
          ':unsent': UNSENT_PARTITION,
          ':due': iso(nowMs + REQUEUE_WAIT_MS),
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return Attributes ? undelivered(Attributes) : undefined;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}
