import type { Caller } from '#shared/auth/access.ts';
import { Forbidden, NotFound } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { getMany, type Page } from '#shared/store/query.ts';
import { type Meeting, mayManage, type Places, storedMeeting } from './meeting.ts';
import {
  getMeeting,
  getPlaces,
  getPlacesMany,
  getSeries,
  getSeriesMany,
  listDrafts,
  listPastMeetings,
  listUpcomingMeetings,
  meetingKey,
} from './meeting-store.ts';

/** A meeting as the API shows it (`meetingView` in the route contract). */
export type MeetingView = Meeting & {
  seriesName: string;
  places: Pick<Places, 'capacity' | 'registered' | 'waiting'>;
  canManage: boolean;
};

const counts = (places: Places | undefined, capacity: number) => ({
  capacity: places?.capacity ?? capacity,
  registered: places?.registered ?? 0,
  waiting: places?.waiting ?? 0,
});

/**
 * The meeting as the caller sees it. The meeting agreed at it (`next`, read by the caller of this)
 * is named only once published, or to those who plan it: a draft is not acknowledged to anyone else.
 */
export const viewOf = (
  m: Meeting,
  seriesName: string,
  places: Places | undefined,
  caller: Caller | undefined,
  next?: Meeting,
): MeetingView => {
  const { nextMeetingId, ...rest } = m;
  const named = next && (next.status !== 'draft' || mayManage(next, caller));
  return {
    ...rest,
    ...(named ? { nextMeetingId } : {}),
    seriesName,
    places: counts(places, m.capacity),
    canManage: mayManage(m, caller),
  };
};

/** The meetings agreed at these (their `nextMeetingId`), by id. */
async function nextMeetingsOf(store: Store, meetings: Meeting[]): Promise<Map<string, Meeting>> {
  const ids = [...new Set(meetings.flatMap((m) => (m.nextMeetingId ? [m.nextMeetingId] : [])))];
  if (ids.length === 0) return new Map();
  const items = await getMany(store, ids.map(meetingKey));
  return new Map(items.map((item) => storedMeeting.parse(item)).map((m) => [m.id, m]));
}

// Every meetings use case reads its meeting through these, so a missing or hidden meeting is 404
// and a refusal 403 alike everywhere.

/** The meeting, whatever its status: only a date poll's readers see a draft they do not plan. */
export async function existingMeeting(store: Store, id: string): Promise<Meeting> {
  const found = await getMeeting(store, id);
  if (!found) throw new NotFound('There is no such meeting.');
  return found;
}

/** The meeting, if the caller may see it: a draft is not acknowledged to exist for anyone who does not plan it. */
export async function visibleMeeting(store: Store, id: string, caller: Caller | undefined): Promise<Meeting> {
  const found = await existingMeeting(store, id);
  if (found.status === 'draft' && !mayManage(found, caller)) throw new NotFound('There is no such meeting.');
  return found;
}

/** The meeting, if the caller plans it (the coordinator or a representative of its host), or 403. */
export function assertManages(m: Meeting, caller: Caller): Meeting {
  if (!mayManage(m, caller))
    throw new Forbidden("Only the coordinator and the host's representatives may do this.");
  return m;
}

/** The meeting, if the caller plans it: the coordinator or a representative of its host. */
export async function managedMeeting(store: Store, id: string, caller: Caller): Promise<Meeting> {
  return assertManages(await visibleMeeting(store, id, caller), caller);
}

/** The meeting with its series' name and its places' counts. */
export async function meetingView(
  store: Store,
  m: Meeting,
  caller: Caller | undefined,
): Promise<MeetingView> {
  const [series, places, next] = await Promise.all([
    getSeries(store, m.seriesId),
    getPlaces(store, m.id),
    nextMeetingsOf(store, [m]),
  ]);
  return viewOf(m, series?.name ?? '', places, caller, next.get(m.nextMeetingId ?? ''));
}

export async function readMeeting(store: Store, id: string, caller: Caller | undefined) {
  return meetingView(store, await visibleMeeting(store, id, caller), caller);
}

export interface MeetingsQuery {
  series?: string;
  when: 'upcoming' | 'past' | 'drafts';
  cursor?: string;
}

function meetingsPage(
  store: Store,
  query: MeetingsQuery,
  caller: Caller | undefined,
  now: Date,
): Promise<Page<Meeting>> {
  if (query.when === 'upcoming') return listUpcomingMeetings(store, now, query.series, query.cursor);
  if (query.when === 'past') return listPastMeetings(store, now, query.series, query.cursor);
  // Someone not signed in plans nothing.
  if (!caller) return Promise.resolve({ items: [] });
  if (caller.coordinator) return listDrafts(store, 'all', query.series, query.cursor);
  if (caller.organisations.length === 0) return Promise.resolve({ items: [] });
  return listDrafts(store, caller.organisations, query.series, query.cursor);
}

/** A page of meetings as views: their series' names and places read together. */
export async function listMeetingViews(
  store: Store,
  query: MeetingsQuery,
  caller: Caller | undefined,
  now: Date,
): Promise<Page<MeetingView>> {
  const page = await meetingsPage(store, query, caller, now);
  const [series, places, next] = await Promise.all([
    getSeriesMany(
      store,
      page.items.map((m) => m.seriesId),
    ),
    getPlacesMany(
      store,
      page.items.map((m) => m.id),
    ),
    nextMeetingsOf(store, page.items),
  ]);
  const names = new Map(series.map((s) => [s.id, s.name]));
  return {
    items: page.items.map((m) =>
      viewOf(m, names.get(m.seriesId) ?? '', places.get(m.id), caller, next.get(m.nextMeetingId ?? '')),
    ),
    ...(page.cursor ? { cursor: page.cursor } : {}),
  };
}
