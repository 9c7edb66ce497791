import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { feedsRoutes as routes } from '#shared/api/routes/feeds.ts';
import { bodyName } from '#shared/bodies/body.ts';
import { listBodies } from '#shared/bodies/body-store.ts';
import { config } from '#shared/config.ts';
import { listConsultations } from '#shared/consultations/consultation-store.ts';
import { atomFeed, deadlineCalendar, type FeedContext } from '#shared/consultations/feeds.ts';
import type { Language } from '#shared/i18n/languages.ts';
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
    selfUrl: `${publicBaseUrl}${event.rawPath}${event.rawQueryString ? `?${event.rawQueryString}` : ''}`,
    bodyNames: new Map(bodies.map((b) => [b.id, bodyName(b, query.lang)])),
  };
  return { consultations: page.items, context };
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
});
