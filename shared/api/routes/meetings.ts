import * as z from 'zod/mini';
import {
  meeting,
  meetingChanges,
  meetingInput,
  series,
  seriesChanges,
  seriesInput,
} from '#shared/meetings/meeting.ts';
import { defineRoute } from '../contract.ts';
import { cursorQuery, id, idParams, page } from './common.ts';

/** How many places are taken and how many wait: public, as counts only. */
export const placeCounts = z.object({ capacity: z.number(), registered: z.number(), waiting: z.number() });

/** A meeting as the web app shows it: with its series' name, its places, and whether the caller plans it. */
export const meetingView = z.extend(meeting, {
  seriesName: z.string(),
  places: placeCounts,
  /** The caller is the coordinator or a representative of the host: they edit, publish and write the minutes. */
  canManage: z.boolean(),
});

export const meetingsQuery = z.extend(cursorQuery, {
  series: z.optional(id),
  /** Coming ones soonest first, past ones newest first; drafts: those the caller plans. */
  when: z._default(z.enum(['upcoming', 'past', 'drafts']), 'upcoming'),
});

export const meetingsRoutes = {
  listSeries: defineRoute({
    method: 'GET',
    path: '/api/meeting-series',
    access: 'public',
    summary: 'The meeting series, by name, with their host rotations.',
    tags: ['meetings'],
    response: z.object({ items: z.array(series) }),
  }),
  createSeries: defineRoute({
    method: 'POST',
    path: '/api/meeting-series',
    access: 'coordinator',
    summary:
      'Starts a meeting series with the member organisations that take turns to host (the coordinator).',
    tags: ['meetings'],
    body: seriesInput,
    response: series,
    successStatus: 201,
  }),
  updateSeries: defineRoute({
    method: 'PATCH',
    path: '/api/meeting-series/{id}',
    access: 'coordinator',
    summary: 'Renames a series or changes its host rotation (the coordinator).',
    tags: ['meetings'],
    params: idParams,
    body: seriesChanges,
    response: series,
  }),
  listMeetings: defineRoute({
    method: 'GET',
    path: '/api/meetings',
    access: 'anyone',
    summary: 'Published meetings, coming or past, optionally of one series; or the drafts the caller plans.',
    tags: ['meetings'],
    query: meetingsQuery,
    response: page(meetingView),
  }),
  createMeeting: defineRoute({
    method: 'POST',
    path: '/api/meetings',
    access: 'signedIn',
    summary: "Drafts a meeting (the host's representatives or the coordinator).",
    tags: ['meetings'],
    body: meetingInput,
    response: meetingView,
    successStatus: 201,
  }),
  getMeeting: defineRoute({
    method: 'GET',
    path: '/api/meetings/{id}',
    access: 'anyone',
    summary: 'A meeting with its agenda and the counts of its places; a draft only to those who plan it.',
    tags: ['meetings'],
    params: idParams,
    response: meetingView,
  }),
  updateMeeting: defineRoute({
    method: 'PATCH',
    path: '/api/meetings/{id}',
    access: 'signedIn',
    summary:
      "Changes a meeting's details, agenda or checklist (the host's representatives or the coordinator).",
    tags: ['meetings'],
    params: idParams,
    body: meetingChanges,
    response: meetingView,
  }),
  publishMeeting: defineRoute({
    method: 'POST',
    path: '/api/meetings/{id}/publish',
    access: 'signedIn',
    summary:
      "Publishes a draft: registration opens and every member organisation's representatives are invited, with a calendar invitation.",
    tags: ['meetings'],
    params: idParams,
    response: meetingView,
  }),
};
