import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { failedNames, putNew, type TransactItem, transact } from '#shared/store/transactions.ts';
import { subscriptionKey } from '#shared/subscriptions/subscription-store.ts';
import { translationKey } from '#shared/translations/translation-keys.ts';
import { deliveryKey, deliveryPartition, tallyAdd } from './tally-store.ts';

/**
 * Alerts that wait for their language (the subscription's `waitHours`):
 *
 * - `WAITING#<consultationId>#v<version>#<language>` / `TO#<email>` (entity `waiting-alert`): what
 *   the delivery will be, and `dueAt`; gsi1 `WAITING-ALERTS` / `<dueAt>#<consultationId>#<email>`,
 *   so the `release-waiting-alerts` schedule reads only those due. Released by a delivery at the
 *   version's `TO#<email>` in the transaction that deletes it, whichever comes first: the language's
 *   reviewed translation (`releasedInTranslation`) or the end of the wait (`releasedInOriginal`).
 *   A subscription ended meanwhile (unsubscribed, or its account erased) withdraws it instead
 *   (`withdrawn`). It expires `WAITING_KEEP_DAYS` after it is due, so an address it holds goes anyway.
 * - `FOLLOW-UP#<consultationId>` / `TO#<email>` (entity `delivery`, `kind: follow-up`): the one short
 *   mail in their language to a subscriber who had the original, written once ever per consultation
 *   and address; its send outcome is counted on its version's `FOLLOW-UPS` tally item.
 */
export const waitingPartition = (consultationId: string, version: number, language: string) =>
  `WAITING#${consultationId}#v${version}#${language}`;
export const waitingKey = (consultationId: string, version: number, language: string, email: string) => ({
  [KEY.pk]: waitingPartition(consultationId, version, language),
  [KEY.sk]: `TO#${email}`,
});
export const WAITING_ALERTS = 'WAITING-ALERTS';

/** Days a waiting alert outlives its due time, for a schedule that stopped to catch up. */
export const WAITING_KEEP_DAYS = 14;

export const followUpKey = (consultationId: string, email: string) => ({
  [KEY.pk]: `FOLLOW-UP#${consultationId}`,
  [KEY.sk]: `TO#${email}`,
});

/** What a delivery and its waiting item both say: to whom, of which version, why. */
export interface AlertFacts {
  consultationId: string;
  version: number;
  reason: 'published' | 'updated';
  email: string;
  language: string;
  subscriptionId: string;
  organisationId?: string;
}

/** Holds only while the subscription the alert was written for exists. */
const subscribed = (facts: AlertFacts): TransactItem => ({
  name: 'subscription',
  ConditionCheck: {
    TableName: '',
    Key: subscriptionKey({ organisationId: facts.organisationId, id: facts.subscriptionId }),
    ConditionExpression: `attribute_exists(${KEY.pk})`,
  },
});

const factsOf = (item: Record<string, unknown>): AlertFacts => ({
  consultationId: String(item.consultationId),
  version: Number(item.version),
  reason: item.reason === 'updated' ? 'updated' : 'published',
  email: String(item.email),
  language: String(item.language),
  subscriptionId: String(item.subscriptionId),
  organisationId: item.organisationId === undefined ? undefined : String(item.organisationId),
});

/**
 * A waiting alert instead of a delivery, unless the delivery exists: a redelivered fan-out record
 * must not make a waiter whose alert was released wait again.
 */
export async function writeWaiting(
  store: Store,
  facts: AlertFacts,
  /** The hash of the consultation's translated texts when it was published (`subjects.ts`). */
  sourceHash: string,
  dueAt: Date,
  now: Date,
): Promise<boolean> {
  try {
    await transact(store, [
      {
        name: 'delivered',
        ConditionCheck: {
          TableName: '',
          Key: deliveryKey(facts.consultationId, facts.version, facts.email),
          ConditionExpression: `attribute_not_exists(${KEY.pk})`,
        },
      },
      putNew('waiting', {
        ...waitingKey(facts.consultationId, facts.version, facts.language, facts.email),
        entity: 'waiting-alert',
        ...facts,
        sourceHash,
        dueAt: dueAt.toISOString(),
        [KEY.gsi1pk]: WAITING_ALERTS,
        [KEY.gsi1sk]: `${dueAt.toISOString()}#${facts.consultationId}#${facts.email}`,
        createdAt: now.toISOString(),
        [KEY.expiresAt]: Math.floor(dueAt.getTime() / 1000) + WAITING_KEEP_DAYS * 86_400,
      }),
    ]);
    return true;
  } catch (error) {
    if (failedNames(error).size === 0) throw error;
    return false;
  }
}

/**
 * The delivery in the language's reviewed translation to a recipient who would wait for it, found
 * by a fan-out after the translation: written unless the recipient still waits (a redelivered
 * record, the translation's release not done yet) or has their delivery. Answers whether it was
 * written, or what the recipient counts as: a waiter (still waiting, or released from the wait) or
 * a recipient alerted at once (the translation was there at the first fan-out).
 */
export async function writeTranslatedForWaiter(
  store: Store,
  facts: AlertFacts,
  now: Date,
): Promise<'written' | 'waiting' | 'immediate'> {
  const delivery = deliveryKey(facts.consultationId, facts.version, facts.email);
  try {
    await transact(store, [
      {
        name: 'waiting',
        ConditionCheck: {
          TableName: '',
          Key: waitingKey(facts.consultationId, facts.version, facts.language, facts.email),
          ConditionExpression: `attribute_not_exists(${KEY.pk})`,
        },
      },
      putNew('delivery', {
        ...delivery,
        entity: 'delivery',
        status: 'pending',
        ...facts,
        translated: true,
        createdAt: now.toISOString(),
      }),
    ]);
    return 'written';
  } catch (error) {
    const failed = failedNames(error);
    if (failed.has('waiting')) return 'waiting';
    if (!failed.has('delivery')) throw error;
  }
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: delivery, ConsistentRead: true }),
  );
  return Item?.released === undefined ? 'immediate' : 'waiting';
}

export type Release = 'translation' | 'original';

/** The waiting item's conditional Delete (`waiting`): it is done once. */
const deleteWaiting = (facts: AlertFacts): TransactItem => ({
  name: 'waiting',
  Delete: {
    TableName: '',
    Key: waitingKey(facts.consultationId, facts.version, facts.language, facts.email),
    ConditionExpression: `attribute_exists(${KEY.pk})`,
  },
});

/** Deletes the waiting item unless it is gone already; answers whether this call deleted it. */
async function dropWaiting(store: Store, items: TransactItem[]): Promise<boolean> {
  try {
    await transact(store, items);
    return true;
  } catch (error) {
    if (failedNames(error).size === 0) throw error;
    return false;
  }
}

/**
 * The waiting alert becomes its delivery, in one transaction that deletes it, so it is sent once,
 * and only while its subscription exists: one ended during the wait withdraws it (deleted, counted
 * `withdrawn`). Released to the original, it holds only while the language has no reviewed
 * translation of the text it waits for: a translation published at the same moment either comes
 * after (its follow-up finds this delivery) or wins (this release fails, and the alert is released
 * in its language). Answers what came of it: released by this call, gone already, withdrawn, or
 * held for the translation.
 */
export async function releaseWaiting(
  store: Store,
  waiting: Record<string, unknown>,
  release: Release,
  now: Date,
): Promise<'released' | 'gone' | 'withdrawn' | 'translated'> {
  const facts = factsOf(waiting);
  const items: TransactItem[] = [
    deleteWaiting(facts),
    subscribed(facts),
    putNew('delivery', {
      ...deliveryKey(facts.consultationId, facts.version, facts.email),
      entity: 'delivery',
      status: 'pending',
      ...facts,
      released: release,
      ...(release === 'translation' ? { translated: true } : {}),
      waitedSince: String(waiting.createdAt),
      createdAt: now.toISOString(),
    }),
    tallyAdd(
      facts.consultationId,
      facts.version,
      release === 'translation' ? 'releasedInTranslation' : 'releasedInOriginal',
    ),
  ];
  if (release === 'original')
    items.push({
      name: 'translation',
      ConditionCheck: {
        TableName: '',
        Key: translationKey('consultation', facts.consultationId, facts.language),
        ConditionExpression: `attribute_not_exists(${KEY.pk}) OR mark <> :reviewed OR sourceHash <> :hash`,
        ExpressionAttributeValues: { ':reviewed': 'reviewed', ':hash': String(waiting.sourceHash) },
      },
    });
  try {
    await transact(store, items);
    return 'released';
  } catch (error) {
    const failed = failedNames(error);
    if (failed.has('waiting')) return 'gone';
    if (failed.has('subscription'))
      return (await dropWaiting(store, [
        deleteWaiting(facts),
        tallyAdd(facts.consultationId, facts.version, 'withdrawn'),
      ]))
        ? 'withdrawn'
        : 'gone';
    if (failed.has('translation')) return 'translated';
    if (!failed.has('delivery')) throw error;
    // A delivery exists already (a fan-out wrote it in the translation): the waiting alert is done,
    // and the fan-out's figures count that delivery.
    await dropWaiting(store, [deleteWaiting(facts)]);
    return 'gone';
  }
}

/** The alerts of a version waiting for a language (read as the table holds them now). */
export const waitingFor = (store: Store, consultationId: string, version: number, language: string) =>
  queryAll(store, { partition: waitingPartition(consultationId, version, language), consistentRead: true });

/** Waiting alerts due by `now`, oldest first. */
export const dueWaiting = (store: Store, now: Date) =>
  queryAll(store, { index: 'gsi1', partition: WAITING_ALERTS, sortKeyBefore: `${now.toISOString()}#~` });

/**
 * The version's deliveries in a language that carried the original (written while the language had
 * no reviewed translation: sent at once, or released to the original), read as the table holds
 * them now: those the follow-up is for.
 */
export const deliveriesInOriginal = (
  store: Store,
  consultationId: string,
  version: number,
  language: string,
) =>
  queryAll(store, {
    partition: deliveryPartition(consultationId, version),
    sortKeyPrefix: 'TO#',
    consistentRead: true,
    filter: {
      expression: '#language = :language AND attribute_not_exists(translated)',
      names: { '#language': 'language' },
      values: { ':language': language },
    },
  });

/**
 * The one follow-up a subscriber gets for a consultation, whatever the version and however often its
 * translation is published: written only if none is and the subscription the delivery was for still
 * exists, with its count on the version's tally. Answers whether it was written, was already, or is
 * not owed to an ended subscription.
 */
export async function writeFollowUp(
  store: Store,
  delivery: Record<string, unknown>,
  now: Date,
): Promise<'written' | 'done' | 'unsubscribed'> {
  const facts = factsOf(delivery);
  try {
    await transact(store, [
      subscribed(facts),
      putNew('follow-up', {
        ...followUpKey(facts.consultationId, facts.email),
        entity: 'delivery',
        kind: 'follow-up',
        status: 'pending',
        ...facts,
        createdAt: now.toISOString(),
      }),
      tallyAdd(facts.consultationId, facts.version, 'followUps'),
    ]);
    return 'written';
  } catch (error) {
    const failed = failedNames(error);
    if (failed.has('follow-up')) return 'done';
    if (failed.has('subscription')) return 'unsubscribed';
    throw error;
  }
}
