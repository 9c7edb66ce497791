import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { feedsRoutes as routes } from '#shared/api/routes/feeds.ts';
import { bodyName } from '#shared/bodies/body.ts';
import { listBodies } from '#shared/bodies/body-store.ts';
import { config } from '#shared/config.ts';
import { listConsultations } from '#shared/consultations/consultation-store.ts';
import { atomFeed, deadlineCalendar, type FeedContext } from '#shared/consultations/feeds.ts';
import type { Language } from '#shared/i18n/languages.ts';
import { meetingsCalendar } from '#shared/meetings/calendar.ts';
import { meetingsAtomFeed } from '#shared/meetings/feeds.ts';
import { listPastMeetings, listUpcomingMeetings } from '#shared/meetings/meeting-store.ts';
import { store } from '#shared/store/client.ts';
import { HttpReply, httpFunction } from '../lib/http.ts';

/** The newest published consultations matching the feed's filters, and what a feed needs to name them. */
async function feedData(
  query: { body?: string; topic?: string; lang: Language },
  event: APIGatewayProxyEventV2,
) {
  const { publicBaseUrl } = config();
  const page = await listConsultations(
    store(),
    { status: 'published', bodyId: query.body, topic: query.topic },
    undefined,
    50,
  );
  const bodies = await listBodies(store());
  const context: FeedContext = {
    language: query.lang,
    publicBaseUrl,
    selfUrl: selfUrlOf(publicBaseUrl, event),
    bodyNames: new Map(bodies.map((b) => [b.id, bodyName(b, query.lang)])),
  };
  return { consultations: page.items, context };
}

const selfUrlOf = (publicBaseUrl: string, event: APIGatewayProxyEventV2) =>
  `${publicBaseUrl}${event.rawPath}${event.rawQueryString ? `?${event.rawQueryString}` : ''}`;

/** Published meetings coming (the next 50) and recent (the last 25), of a series if asked, and the feed's context. */
async function meetingFeedData(
  query: { series?: string; lang: Language },
  event: APIGatewayProxyEventV2,
  now: Date,
) {
  const { publicBaseUrl } = config();
  const [upcoming, past] = await Promise.all([
    listUpcomingMeetings(store(), now, query.series, undefined, 50),
    listPastMeetings(store(), now, query.series, undefined, 25),
  ]);
  return {
    meetings: [...past.items.reverse(), ...upcoming.items],
    context: { language: query.lang, publicBaseUrl, selfUrl: selfUrlOf(publicBaseUrl, event) },
  };
}

const feedReply = (contentType: string, body: string) =>
  new HttpReply({
    statusCode: 200,
    headers: { 'content-type': contentType, 'cache-control': 'public, max-age=300' },
    body,
  });

export const handler = httpFunction(routes, {
  consultationFeed: async ({ query, event }) => {
    const { consultations, context } = await feedData(query, event);
    return feedReply('application/atom+xml; charset=utf-8', atomFeed(consultations, context));
  },
  deadlineFeed: async ({ query, event }) => {
    const { consultations, context } = await feedData(query, event);
    return feedReply('text/calendar; charset=utf-8', deadlineCalendar(consultations, context));
  },
  meetingCalendarFeed: async ({ query, event, now }) => {
    const { meetings, context } = await meetingFeedData(query, event, now);
    return feedReply('text/calendar; charset=utf-8', meetingsCalendar(meetings, context));
  },
  meetingFeed: async ({ query, event, now }) => {
    const { meetings, context } = await meetingFeedData(query, event, now);
    return feedReply('application/atom+xml; charset=utf-8', meetingsAtomFeed(meetings, context));
  },
});
