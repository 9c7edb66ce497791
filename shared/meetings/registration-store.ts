import { createHash } from 'node:crypto';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '#shared/store/client.ts';
import { countAll, queryAll } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { failedNames, putItem, type TransactItem, transact } from '#shared/store/transactions.ts';
import { type Registration, storedRegistration } from './meeting.ts';
import { meetingPartition, placesKey, registrationKey } from './meeting-store.ts';

/*
 * Registration items (partition MEETING#<id>, sort REG#<registrationId>):
 * - gsi1 `MEETING#<id>#WAITING` / the position, zero-padded to 6, while waiting: the waiting list in order;
 * - gsi2 `REGISTRANT#<email>` / `<meetingId>` always: a person's registrations (their desk, export, erasure).
 * An unconfirmed registration expires (`expiresAt`); confirming removes it. The meeting's PLACES item
 * counts `registered` and `waiting`, hands out positions (`accepted`), and keeps `listVersion`
 * (every change of who waits) and `promotedThrough` (the highest position the list has moved up).
 */

/** An unconfirmed registration is forgotten after this long. */
export const CONFIRM_WITHIN_HOURS = 48;
/** A cancelled registration means nothing after a month: it is forgotten then, address and all. */
const CANCELLED_KEEP_DAYS = 30;

const waitingList = (meetingId: string) => `${meetingPartition(meetingId)}#WAITING`;
const registrantPartition = (email: string) => `REGISTRANT#${email}`;
const padded = (position: number) => String(position).padStart(6, '0');
const epochSeconds = (at: Date) => Math.floor(at.getTime() / 1000);

/**
 * One registration per address and meeting: its id is derived from both, so registering again
 * finds the same item instead of making a second one.
 */
export const registrationIdFor = (meetingId: string, email: string) =>
  createHash('sha256').update(`${meetingId}\n${email}`).digest('base64url').slice(0, 22);

/** A registration as the table holds it, with its index entries. */
export function registrationItem(r: Registration, expiresAt?: number) {
  return {
    ...registrationKey(r.meetingId, r.id),
    entity: 'registration',
    [KEY.gsi2pk]: registrantPartition(r.email),
    [KEY.gsi2sk]: r.meetingId,
    ...(r.status === 'waiting' && r.position !== undefined
      ? { [KEY.gsi1pk]: waitingList(r.meetingId), [KEY.gsi1sk]: padded(r.position) }
      : {}),
    ...r,
    ...(expiresAt === undefined ? {} : { [KEY.expiresAt]: expiresAt }),
  };
}

/**
 * Writes a new unconfirmed registration with the notice that asks its address to confirm (none for an
 * address already proven), unless the
 * address has a live one for the meeting: false then, and nothing written. A cancelled one, or an
 * unconfirmed one past its time (DynamoDB removes expired items within days, not at once), is replaced.
 */
export async function addUnconfirmed(
  store: Store,
  r: Registration,
  notice: Record<string, unknown> | undefined,
  now: Date,
): Promise<boolean> {
  try {
    await transact(store, [
      {
        name: 'registration',
        Put: {
          TableName: '',
          Item: registrationItem(r, epochSeconds(now) + CONFIRM_WITHIN_HOURS * 3600),
          ConditionExpression: `attribute_not_exists(${KEY.pk}) OR #status = :cancelled OR (#status = :unconfirmed AND #expiresAt < :now)`,
          ExpressionAttributeNames: { '#status': 'status', '#expiresAt': KEY.expiresAt },
          ExpressionAttributeValues: {
            ':cancelled': 'cancelled',
            ':unconfirmed': 'unconfirmed',
            ':now': epochSeconds(now),
          },
        },
      },
      ...(notice ? [putItem(notice)] : []),
    ]);
    return true;
  } catch (error) {
    if (failedNames(error).has('registration')) return false;
    throw error;
  }
}

/** A registration that is not live: never asked for, cancelled, or unconfirmed past its time. */
export const isLive = (item: Registration | undefined, expiresAt: number | undefined, now: Date) =>
  item !== undefined &&
  item.status !== 'cancelled' &&
  !(item.status === 'unconfirmed' && expiresAt !== undefined && expiresAt <= epochSeconds(now));

async function getRaw(store: Store, Key: Record<string, string>) {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key, ConsistentRead: true }),
  );
  return Item;
}

/** The registration with its expiry (an unconfirmed one's), read consistently. */
export async function readRegistration(store: Store, meetingId: string, registrationId: string) {
  const item = await getRaw(store, registrationKey(meetingId, registrationId));
  return {
    registration: item ? storedRegistration.parse(item) : undefined,
    expiresAt: item?.[KEY.expiresAt] === undefined ? undefined : Number(item[KEY.expiresAt]),
  };
}

/**
 * The next position in the order registrations are accepted: one atomic ADD on the meeting's
 * places, whose new value is this registration's.
 */
export async function nextPosition(store: Store, meetingId: string): Promise<number> {
  const { Attributes } = await store.db.send(
    new UpdateCommand({
      TableName: store.tableName,
      Key: placesKey(meetingId),
      UpdateExpression: 'ADD accepted :one',
      ConditionExpression: `attribute_exists(${KEY.pk})`,
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Number(Attributes?.accepted);
}

const confirmedFields = (status: 'registered' | 'waiting', position: number, now: Date) => ({
  UpdateExpression: `SET #status = :status, #position = :position, confirmedAt = :now${
    status === 'waiting' ? ', #gsi1pk = :list, #gsi1sk = :at' : ''
  } REMOVE #expiresAt`,
  names: {
    '#status': 'status',
    '#position': 'position',
    '#expiresAt': KEY.expiresAt,
    ...(status === 'waiting' ? { '#gsi1pk': KEY.gsi1pk, '#gsi1sk': KEY.gsi1sk } : {}),
  },
  values: {
    ':status': status,
    ':position': position,
    ':now': now.toISOString(),
    ':unconfirmed': 'unconfirmed',
  },
});

/** The registration's change from unconfirmed, which holds only if it still is (`registration`). */
function fromUnconfirmed(r: Registration, status: 'registered' | 'waiting', position: number, now: Date) {
  const fields = confirmedFields(status, position, now);
  return {
    name: 'registration',
    Update: {
      TableName: '',
      Key: registrationKey(r.meetingId, r.id),
      UpdateExpression: fields.UpdateExpression,
      ConditionExpression: '#status = :unconfirmed',
      ExpressionAttributeNames: fields.names,
      ExpressionAttributeValues: {
        ...fields.values,
        ...(status === 'waiting' ? { ':list': waitingList(r.meetingId), ':at': padded(position) } : {}),
      },
    },
  } satisfies TransactItem;
}

export type Confirmation =
  | { outcome: 'registered' | 'waiting'; position: number }
  /** The position came before one the list has already moved past: the caller takes a new one. */
  | { outcome: 'outrun' }
  /** Not unconfirmed any more (confirmed by another click meanwhile). */
  | { outcome: 'notUnconfirmed' };

/**
 * Confirms a registration at the position it was given, in one transaction with the meeting's
 * counts: a place if one is free and nobody waits (`seat`), else the waiting list (`order`), which
 * takes it only behind every position the list has already moved up, so the list moves in order.
 */
export async function confirmAt(
  store: Store,
  r: Registration,
  position: number,
  now: Date,
  notice: (status: 'registered' | 'waiting') => Record<string, unknown> | Promise<Record<string, unknown>>,
): Promise<Confirmation> {
  try {
    await transact(store, [
      {
        name: 'seat',
        Update: {
          TableName: '',
          Key: placesKey(r.meetingId),
          UpdateExpression: 'ADD registered :one',
          ConditionExpression: 'registered < #capacity AND waiting = :zero',
          ExpressionAttributeNames: { '#capacity': 'capacity' },
          ExpressionAttributeValues: { ':one': 1, ':zero': 0 },
        },
      },
      fromUnconfirmed(r, 'registered', position, now),
      putItem(await notice('registered')),
    ]);
    return { outcome: 'registered', position };
  } catch (error) {
    const failed = failedNames(error);
    if (failed.has('registration')) return { outcome: 'notUnconfirmed' };
    if (!failed.has('seat')) throw error;
  }
  try {
    await transact(store, [
      {
        name: 'order',
        Update: {
          TableName: '',
          Key: placesKey(r.meetingId),
          UpdateExpression: 'ADD waiting :one, listVersion :one',
          ConditionExpression: `attribute_exists(${KEY.pk}) AND (attribute_not_exists(promotedThrough) OR promotedThrough < :position)`,
          ExpressionAttributeValues: { ':one': 1, ':position': position },
        },
      },
      fromUnconfirmed(r, 'waiting', position, now),
      putItem(await notice('waiting')),
    ]);
    return { outcome: 'waiting', position };
  } catch (error) {
    const failed = failedNames(error);
    if (failed.has('registration')) return { outcome: 'notUnconfirmed' };
    if (failed.has('order')) return { outcome: 'outrun' };
    throw error;
  }
}

/** The waiting registrations of a meeting, lowest position first, read consistently from the table. */
async function waitingNow(store: Store, meetingId: string): Promise<Registration[]> {
  const items = await queryAll(store, {
    partition: meetingPartition(meetingId),
    sortKeyPrefix: 'REG#',
    filter: {
      expression: '#status = :waiting',
      names: { '#status': 'status' },
      values: { ':waiting': 'waiting' },
    },
    consistentRead: true,
  });
  return items
    .map((item) => storedRegistration.parse(item))
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
}

/**
 * Moves the first of the waiting list (the lowest position) into a free place, with the notice that
 * tells them, in one transaction that holds only if no one joined or left the list since it was
 * read (`listVersion`), a place is still free (`places`) and they still wait (`registration`).
 * Undefined when no place is free or no one waits; a transaction refused by a change meanwhile is
 * read and tried again.
 */
export async function promoteFirst(
  store: Store,
  meetingId: string,
  now: Date,
  notice: (r: Registration) => Record<string, unknown>,
): Promise<Registration | undefined> {
  for (let attempt = 1; ; attempt += 1) {
    const places = await placesWithVersion(store, meetingId);
    if (!places || places.registered >= places.capacity || places.waiting <= 0) return undefined;
    const [first] = await waitingNow(store, meetingId);
    if (!first || first.position === undefined) return undefined;
    const promoted: Registration = { ...first, status: 'registered' };
    try {
      await transact(store, [
        {
          name: 'places',
          Update: {
            TableName: '',
            Key: placesKey(meetingId),
            UpdateExpression:
              'ADD registered :one, waiting :minus, listVersion :one SET promotedThrough = :position',
            ConditionExpression: `registered < #capacity AND ${
              places.listVersion === undefined
                ? 'attribute_not_exists(listVersion)'
                : 'listVersion = :version'
            }`,
            ExpressionAttributeNames: { '#capacity': 'capacity' },
            ExpressionAttributeValues: {
              ':one': 1,
              ':minus': -1,
              ':position': first.position,
              ...(places.listVersion === undefined ? {} : { ':version': places.listVersion }),
            },
          },
        },
        {
          name: 'registration',
          Update: {
            TableName: '',
            Key: registrationKey(meetingId, first.id),
            UpdateExpression: 'SET #status = :registered, promotedAt = :now REMOVE #gsi1pk, #gsi1sk',
            ConditionExpression: '#status = :waiting',
            ExpressionAttributeNames: { '#status': 'status', '#gsi1pk': KEY.gsi1pk, '#gsi1sk': KEY.gsi1sk },
            ExpressionAttributeValues: {
              ':registered': 'registered',
              ':waiting': 'waiting',
              ':now': now.toISOString(),
            },
          },
        },
        putItem(notice(promoted)),
      ]);
      return promoted;
    } catch (error) {
      if (failedNames(error).size === 0 || attempt >= 20) throw error;
    }
  }
}

async function placesWithVersion(store: Store, meetingId: string) {
  const item = await getRaw(store, placesKey(meetingId));
  return item
    ? {
        capacity: Number(item.capacity),
        registered: Number(item.registered),
        waiting: Number(item.waiting),
        listVersion: item.listVersion === undefined ? undefined : Number(item.listVersion),
      }
    : undefined;
}

/**
 * Cancels a registration as it stands (`registration` holds only if its status is still the one
 * read): a place or a spot on the waiting list is given back in the same transaction (the stream
 * then moves the list up), an unconfirmed one is simply forgotten. A cancelled one is kept a month.
 */
export async function cancelAs(
  store: Store,
  r: Registration,
  now: Date,
  notice: Record<string, unknown> | undefined,
): Promise<boolean> {
  const key = registrationKey(r.meetingId, r.id);
  const still = {
    ConditionExpression: '#status = :was',
    ExpressionAttributeNames: { '#status': 'status' },
  };
  if (r.status === 'cancelled') return true;
  const cancelled = {
    name: 'registration',
    Update: {
      TableName: '',
      Key: key,
      UpdateExpression:
        'SET #status = :cancelled, cancelledAt = :now, #expiresAt = :expiresAt REMOVE #gsi1pk, #gsi1sk',
      ...still,
      ExpressionAttributeNames: {
        ...still.ExpressionAttributeNames,
        '#expiresAt': KEY.expiresAt,
        '#gsi1pk': KEY.gsi1pk,
        '#gsi1sk': KEY.gsi1sk,
      },
      ExpressionAttributeValues: {
        ':was': r.status,
        ':cancelled': 'cancelled',
        ':now': now.toISOString(),
        ':expiresAt': epochSeconds(now) + CANCELLED_KEEP_DAYS * 86_400,
      },
    },
  } satisfies TransactItem;
  const givenBack: TransactItem[] =
    r.status === 'registered'
      ? [
          {
            Update: {
              TableName: '',
              Key: placesKey(r.meetingId),
              UpdateExpression: 'ADD registered :minus',
              ExpressionAttributeValues: { ':minus': -1 },
            },
          },
        ]
      : r.status === 'waiting'
        ? [
            {
              Update: {
                TableName: '',
                Key: placesKey(r.meetingId),
                UpdateExpression: 'ADD waiting :minus, listVersion :one',
                ExpressionAttributeValues: { ':minus': -1, ':one': 1 },
              },
            },
          ]
        : [];
  const items: TransactItem[] =
    r.status === 'unconfirmed'
      ? [
          {
            name: 'registration',
            Delete: { TableName: '', Key: key, ...still, ExpressionAttributeValues: { ':was': r.status } },
          },
        ]
      : [cancelled, ...givenBack];
  try {
    await transact(store, notice ? [...items, putItem(notice)] : items);
    return true;
  } catch (error) {
    if (failedNames(error).has('registration')) return false;
    throw error;
  }
}

/** Every registration of an address (gsi2), of any meeting. */
export async function registrationsOf(store: Store, email: string): Promise<Registration[]> {
  const items = await queryAll(store, { index: 'gsi2', partition: registrantPartition(email) });
  return items.map((item) => storedRegistration.parse(item));
}

/** Deletes a registration, address and all (erasure, once it is cancelled). */
export async function deleteRegistration(store: Store, meetingId: string, registrationId: string) {
  await transact(store, [{ Delete: { TableName: '', Key: registrationKey(meetingId, registrationId) } }]);
}

/**
 * How many wait ahead of a waiting registration (0 for any other): those of the list (gsi1) with a
 * lower position. Its place in the queue is one more; its position counts the seated too.
 */
export async function waitingAhead(
  store: Store,
  r: Pick<Registration, 'meetingId' | 'status' | 'position'>,
): Promise<number> {
  if (r.status !== 'waiting' || r.position === undefined) return 0;
  return countAll(store, {
    index: 'gsi1',
    partition: waitingList(r.meetingId),
    sortKeyBefore: padded(r.position),
  });
}

/** The waiting list of a meeting in order (gsi1). */
export async function listWaiting(store: Store, meetingId: string): Promise<Registration[]> {
  const items = await queryAll(store, { index: 'gsi1', partition: waitingList(meetingId) });
  return items.map((item) => storedRegistration.parse(item));
}
