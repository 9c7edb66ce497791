import { minutesRoutes as routes } from '#shared/api/routes/minutes.ts';
import { signedLinkKey, signedLinkKeys } from '#shared/auth/session-key.ts';
import { closeMinutes } from '#shared/meetings/close-minutes.ts';
import { answerPoll, decidePoll, readPoll } from '#shared/meetings/date-poll.ts';
import { listMeetingDecisions } from '#shared/meetings/meeting-decisions.ts';
import { addTurn, readNewsRound, recordSpoken } from '#shared/meetings/news-round.ts';
import { readMinutes, saveMinutes } from '#shared/meetings/save-minutes.ts';
import { store } from '#shared/store/client.ts';
import { httpFunction } from '../lib/http.ts';

export const handler = httpFunction(routes, {
  getNewsRound: async ({ params, caller }) => readNewsRound(store(), caller, params.id),

  addNewsRoundTurn: async ({ params, body, caller, now }) =>
    addTurn(store(), caller, params.id, body.organisation, now),

  recordNewsRoundSpoken: async ({ params, body, caller, now }) =>
    recordSpoken(store(), caller, params.id, body, now),

  getMinutes: async ({ params, caller }) => readMinutes(store(), caller, params.id),

  saveMinutes: async ({ params, body, caller, now }) => saveMinutes(store(), caller, params.id, body, now),

  closeMinutes: async ({ params, body, caller, now }) =>
    closeMinutes(store(), caller, params.id, body, await signedLinkKey(), now),

  getDatePoll: async ({ params, query, caller }) =>
    readPoll(store(), caller, params.id, query, await signedLinkKeys()),

  answerDatePoll: async ({ params, body, now }) =>
    answerPoll(store(), params.id, body, await signedLinkKeys(), now),

  decideDatePoll: async ({ params, body, caller, now }) =>
    decidePoll(store(), caller, params.id, body.option, now),

  listMeetingDecisions: async ({ query }) => listMeetingDecisions(store(), query.cursor),
});
