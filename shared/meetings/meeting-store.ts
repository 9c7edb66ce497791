import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { putNew, type TransactItem } from '#shared/store/transactions.ts';
import {
  type Meeting,
  type Places,
  type Registration,
  type Series,
  storedMeeting,
  storedRegistration,
  storedSeries,
} from './meeting.ts';

/**
 * A meeting's partition holds its profile, its places, its registrations and what follows the
 * meeting (minutes, poll answers, feedback); a series' its profile.
 */
export const meetingPartition = (id: string) => `MEETING#${id}`;
export const seriesPartition = (id: string) => `SERIES#${id}`;

export const meetingKey = (id: string) => ({ [KEY.pk]: meetingPartition(id), [KEY.sk]: 'PROFILE' });
export const placesKey = (meetingId: string) => ({
  [KEY.pk]: meetingPartition(meetingId),
  [KEY.sk]: 'PLACES',
});
export const registrationKey = (meetingId: string, registrationId: string) => ({
  [KEY.pk]: meetingPartition(meetingId),
  [KEY.sk]: `REG#${registrationId}`,
});
export const seriesKey = (id: string) => ({ [KEY.pk]: seriesPartition(id), [KEY.sk]: 'PROFILE' });

/** Listed by status in time order (gsi1), and per series in time order (gsi2); a draft without a date sorts first. */
export function meetingItem(m: Meeting) {
  const when = `${m.startsAt ?? ''}#${m.id}`;
  return {
    ...meetingKey(m.id),
    [KEY.gsi1pk]: `MEETINGS#${m.status}`,
    [KEY.gsi1sk]: when,
    [KEY.gsi2pk]: `${seriesPartition(m.seriesId)}#MEETINGS`,
    [KEY.gsi2sk]: when,
    entity: 'meeting',
    ...m,
  };
}

export function seriesItem(s: Series) {
  return {
    ...seriesKey(s.id),
    [KEY.gsi1pk]: 'SERIES',
    [KEY.gsi1sk]: `${s.name}#${s.id}`,
    entity: 'series',
    ...s,
  };
}

export const placesItem = (meetingId: string, places: Places) => ({
  ...placesKey(meetingId),
  entity: 'places',
  meetingId,
  ...places,
});

/** The writes that create a meeting: its profile and its places (all free). */
export const meetingCreation = (m: Meeting): TransactItem[] => [
  putNew('meeting', meetingItem(m)),
  putNew('places', placesItem(m.id, { capacity: m.capacity, registered: 0, waiting: 0, accepted: 0 })),
];

/** A change of what was read: holds only over the version read (`meeting`), so no edit is lost. */
export const meetingSave = (before: Pick<Meeting, 'version'>, after: Meeting): TransactItem => ({
  name: 'meeting',
  Put: {
    TableName: '',
    Item: meetingItem(after),
    ConditionExpression: '#version = :version',
    ExpressionAttributeNames: { '#version': 'version' },
    ExpressionAttributeValues: { ':version': before.version },
  },
});

/** A new capacity, never below the places already taken (`capacity`); a larger one lets the waiting list move up. */
export const capacityChange = (meetingId: string, capacity: number): TransactItem => ({
  name: 'capacity',
  Update: {
    TableName: '',
    Key: placesKey(meetingId),
    UpdateExpression: 'SET capacity = :capacity',
    ConditionExpression: 'registered <= :capacity',
    ExpressionAttributeValues: { ':capacity': capacity },
  },
});

async function getItem(store: Store, Key: Record<string, string>) {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key, ConsistentRead: true }),
  );
  return Item;
}

export async function getMeeting(store: Store, id: string): Promise<Meeting | undefined> {
  const item = await getItem(store, meetingKey(id));
  return item ? storedMeeting.parse(item) : undefined;
}

export async function getSeries(store: Store, id: string): Promise<Series | undefined> {
  const item = await getItem(store, seriesKey(id));
  return item ? storedSeries.parse(item) : undefined;
}

export async function getPlaces(store: Store, meetingId: string): Promise<Places | undefined> {
  const item = await getItem(store, placesKey(meetingId));
  return item
    ? {
        capacity: Number(item.capacity),
        registered: Number(item.registered),
        waiting: Number(item.waiting),
        accepted: Number(item.accepted),
      }
    : undefined;
}

export async function getRegistration(
  store: Store,
  meetingId: string,
  registrationId: string,
): Promise<Registration | undefined> {
  const item = await getItem(store, registrationKey(meetingId, registrationId));
  return item ? storedRegistration.parse(item) : undefined;
}

/** Every registration of a meeting (hundreds at most), in no particular order; callers filter by status. */
export async function listRegistrations(store: Store, meetingId: string): Promise<Registration[]> {
  const items = await queryAll(store, { partition: meetingPartition(meetingId), sortKeyPrefix: 'REG#' });
  return items.map((item) => storedRegistration.parse(item));
}
