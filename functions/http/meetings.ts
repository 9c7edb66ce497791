import { meetingsRoutes as routes } from '#shared/api/routes/meetings.ts';
import { config } from '#shared/config.ts';
import { createSeries } from '#shared/meetings/create-series.ts';
import { draftMeeting } from '#shared/meetings/draft-meeting.ts';
import { listSeries } from '#shared/meetings/meeting-store.ts';
import { publishMeeting } from '#shared/meetings/publish-meeting.ts';
import { listMeetingViews, readMeeting } from '#shared/meetings/read-meetings.ts';
import { updateMeeting } from '#shared/meetings/update-meeting.ts';
import { updateSeries } from '#shared/meetings/update-series.ts';
import { store } from '#shared/store/client.ts';
import { httpFunction } from '../lib/http.ts';

export const handler = httpFunction(routes, {
  listSeries: async () => ({ items: await listSeries(store()) }),
  createSeries: async ({ body, caller, now }) => createSeries(store(), caller, body, now),
  updateSeries: async ({ params, body, caller, now }) => updateSeries(store(), caller, params.id, body, now),
  listMeetings: async ({ query, caller, now }) => listMeetingViews(store(), query, caller, now),
  createMeeting: async ({ body, caller, now }) => draftMeeting(store(), caller, body, now),
  getMeeting: async ({ params, caller }) => readMeeting(store(), params.id, caller),
  updateMeeting: async ({ params, body, caller, now }) =>
    updateMeeting(store(), caller, params.id, body, now),
  publishMeeting: async ({ params, caller, now }) =>
    publishMeeting(store(), caller, params.id, config().publicBaseUrl, now),
});
