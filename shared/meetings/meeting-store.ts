import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { BadRequest } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { getMany, type Page, type PartitionQuery, queryAll, queryPage } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { putNew, type TransactItem } from '#shared/store/transactions.ts';
import {
  type Meeting,
  type MeetingStatus,
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
/** The gsi1 partition that lists meetings of a status in time order. */
export const meetingsWithStatus = (status: MeetingStatus) => `MEETINGS#${status}`;

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
    [KEY.gsi1pk]: meetingsWithStatus(m.status),
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
    UpdateExpression: 'SET #capacity = :capacity',
    ConditionExpression: '#registered <= :capacity',
    // Both are DynamoDB reserved words.
    ExpressionAttributeNames: { '#capacity': 'capacity', '#registered': 'registered' },
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

/** A new series, for a transaction (`series`: the id is new). */
export const seriesCreation = (s: Series): TransactItem => putNew('series', seriesItem(s));

/** A change of the series read: holds only if nobody changed it in between (`series`). */
export const seriesSave = (before: Pick<Series, 'updatedAt'>, after: Series): TransactItem => ({
  name: 'series',
  Put: {
    TableName: '',
    Item: seriesItem(after),
    ConditionExpression: 'updatedAt = :updatedAt',
    ExpressionAttributeValues: { ':updatedAt': before.updatedAt },
  },
});

/** Every series by name (a network has a handful). */
export async function listSeries(store: Store): Promise<Series[]> {
  const items = await queryAll(store, { index: 'gsi1', partition: 'SERIES' });
  return items.map((item) => storedSeries.parse(item));
}

/** Several series by id, in no particular order. */
export async function getSeriesMany(store: Store, ids: string[]): Promise<Series[]> {
  const items = await getMany(store, [...new Set(ids)].map(seriesKey));
  return items.map((item) => storedSeries.parse(item));
}

/** The places of several meetings, by meeting id. */
export async function getPlacesMany(store: Store, meetingIds: string[]): Promise<Map<string, Places>> {
  const items = await getMany(store, [...new Set(meetingIds)].map(placesKey));
  return new Map(
    items.map((item) => [
      String(item.meetingId),
      {
        capacity: Number(item.capacity),
        registered: Number(item.registered),
        waiting: Number(item.waiting),
        accepted: Number(item.accepted),
      },
    ]),
  );
}

const parseMeeting = (item: Record<string, unknown>) => storedMeeting.parse(item);
const seriesMeetings = (seriesId: string) => `${seriesPartition(seriesId)}#MEETINGS`;
const inStatus = (statuses: MeetingStatus[]) => ({
  expression: `#status IN (${statuses.map((_, i) => `:s${i}`).join(', ')})`,
  names: { '#status': 'status' },
  values: Object.fromEntries(statuses.map((status, i) => [`:s${i}`, status])),
});

/** Published meetings that start from now on, soonest first; of one series through its own index partition. */
export function listUpcomingMeetings(
  store: Store,
  now: Date,
  seriesId: string | undefined,
  cursor: string | undefined,
  limit = 25,
): Promise<Page<Meeting>> {
  const from = now.toISOString();
  const query: PartitionQuery = seriesId
    ? { index: 'gsi2', partition: seriesMeetings(seriesId), filter: inStatus(['published']) }
    : { index: 'gsi1', partition: meetingsWithStatus('published') };
  return queryPage(store, { ...query, sortKeyAfter: from, limit }, cursor, parseMeeting);
}

/** A cursor of the past meetings is the sort key of the last one given (they come from two partitions). */
function pastBefore(cursor: string | undefined, now: Date): string {
  if (!cursor) return now.toISOString();
  const sortKey = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^\d{4}-[^#]*#[^#]+$/.test(sortKey))
    throw new BadRequest('The cursor is not one this API gave out.', 'invalid_cursor');
  return sortKey;
}

/**
 * Meetings that started before now, newest first: published ones (their minutes still to come) and
 * closed ones. Of one series, its index partition filtered on the status; otherwise the two status
 * partitions of gsi1 merged by start time, the cursor being the sort key of the last meeting given.
 */
export async function listPastMeetings(
  store: Store,
  now: Date,
  seriesId: string | undefined,
  cursor: string | undefined,
  limit = 25,
): Promise<Page<Meeting>> {
  if (seriesId)
    return queryPage(
      store,
      {
        index: 'gsi2',
        partition: seriesMeetings(seriesId),
        sortKeyBefore: now.toISOString(),
        newestFirst: true,
        filter: inStatus(['published', 'closed']),
        limit,
      },
      cursor,
      parseMeeting,
    );
  const before = pastBefore(cursor, now);
  const pages = await Promise.all(
    (['published', 'closed'] as const).map((status) =>
      queryPage(
        store,
        {
          index: 'gsi1',
          partition: meetingsWithStatus(status),
          sortKeyBefore: before,
          newestFirst: true,
          limit,
        },
        undefined,
        (item) => ({ meeting: parseMeeting(item), sortKey: String(item[KEY.gsi1sk]) }),
      ),
    ),
  );
  const merged = pages.flatMap((page) => page.items).sort((a, b) => b.sortKey.localeCompare(a.sortKey));
  const items = merged.slice(0, limit);
  const more = merged.length > limit || pages.some((page) => page.cursor);
  const last = items[items.length - 1];
  return {
    items: items.map((found) => found.meeting),
    cursor: more && last ? Buffer.from(last.sortKey).toString('base64url') : undefined,
  };
}

/**
 * Drafts, soonest first (those without a date first): all of them for the coordinator, the ones its
 * organisations host for a representative. Drafts are few, so the filter reads little.
 */
export function listDrafts(
  store: Store,
  hosts: 'all' | string[],
  seriesId: string | undefined,
  cursor: string | undefined,
  limit = 25,
): Promise<Page<Meeting>> {
  const conditions: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  if (hosts !== 'all') {
    conditions.push(`hostOrganisationId IN (${hosts.map((_, i) => `:h${i}`).join(', ')})`);
    hosts.forEach((host, i) => {
      values[`:h${i}`] = host;
    });
  }
  if (seriesId) {
    conditions.push('seriesId = :series');
    values[':series'] = seriesId;
  }
  return queryPage(
    store,
    {
      index: 'gsi1',
      partition: meetingsWithStatus('draft'),
      limit,
      ...(conditions.length > 0 ? { filter: { expression: conditions.join(' AND '), names, values } } : {}),
    },
    cursor,
    parseMeeting,
  );
}
