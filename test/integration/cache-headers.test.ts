import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type Answer, anonymous, type Client, signedInCoordinator } from '../support/people.ts';

/**
 * What the origin tells caches, through the local gateway: CloudFront may keep a public read asked
 * without a session for half a minute (its cache key holds the session cookie, so only anonymous
 * answers are shared); every other answer is kept by no cache at all.
 */
const SHARED = 'public, s-maxage=30, stale-while-revalidate=60';
const PRIVATE = 'private, no-store';

const { baseUrl } = inject('runtime');
const cacheControl = (answer: Answer) => answer.headers.get('cache-control');

let coordinator: Client;
let consultationId: string;
const created: Answer[] = [];

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  const body = await coordinator.post('/api/bodies', {
    kind: 'board',
    municipality: 'Toivakka',
    name: { fi: 'Toivakan sivistyslautakunta' },
    submissionEmail: 'kirjaamo@toivakka.example',
  });
  const draft = await coordinator.post('/api/consultations', {
    bodyId: body.json.id,
    kind: 'consultation',
    originalLanguage: 'fi',
    texts: { fi: { title: 'Kirjaston aukioloajat', summary: 'Aukioloaikoja muutetaan.' } },
    topics: ['culture-leisure'],
    statementDeadline: '2031-05-04T12:00:00Z',
    contact: { name: 'V', email: 'v@example.org' },
  });
  const published = await coordinator.post(`/api/consultations/${draft.json.id}/publish`);
  created.push(body, draft, published);
  consultationId = draft.json.id;
});

const publicReads = () => [
  // Open to all.
  '/api/consultations',
  '/api/bodies',
  `/api/translations/consultation/${consultationId}`,
  // Open to all, and a signed-in caller is shown more: only the anonymous answer is shared.
  `/api/consultations/${consultationId}`,
  `/api/consultations/${consultationId}/statements`,
  '/api/session',
];

describe('Cache-Control from the origin', () => {
  it('lets a shared cache keep a public read asked anonymously', async () => {
    for (const path of publicReads()) {
      const answer = await anonymous().get(path);
      expect([answer.status, cacheControl(answer)], path).toEqual([200, SHARED]);
    }
  });

  it('keeps the same reads out of every cache when a session cookie is presented, valid or not', async () => {
    const stale = anonymous();
    stale.cookie = `${coordinator.cookie?.split('=')[0]}=not-a-session`;
    for (const path of publicReads()) {
      for (const client of [coordinator, stale]) {
        const answer = await client.get(path);
        expect([answer.status, cacheControl(answer)], path).toEqual([200, PRIVATE]);
      }
    }
  });

  it('keeps feeds for their own five minutes when anonymous, and out of every cache when signed in', async () => {
    const feed = await fetch(`${baseUrl}/api/feeds/consultations.atom`);
    expect([feed.status, feed.headers.get('cache-control')]).toEqual([200, 'public, max-age=300']);
    const signedIn = await fetch(`${baseUrl}/api/feeds/consultations.atom`, {
      headers: { cookie: coordinator.cookie ?? '' },
    });
    expect([signedIn.status, signedIn.headers.get('cache-control')]).toEqual([200, PRIVATE]);
  });

  it('keeps changes, errors, reads open only to the signed-in, and the health check out of every cache', async () => {
    for (const answer of created)
      expect([answer.status, cacheControl(answer)]).toEqual([expect.any(Number), PRIVATE]);
    expect(created.map((answer) => answer.status)).toEqual([201, 201, 200]);
    const refused = await anonymous().post('/api/applications', {});
    expect([refused.status, cacheControl(refused)]).toEqual([400, PRIVATE]);
    const missing = await anonymous().get('/api/consultations/no-such-consultation');
    expect([missing.status, cacheControl(missing)]).toEqual([404, PRIVATE]);
    const notSignedIn = await anonymous().get('/api/me');
    expect([notSignedIn.status, cacheControl(notSignedIn)]).toEqual([401, PRIVATE]);
    const mine = await coordinator.get('/api/me');
    expect([mine.status, cacheControl(mine)]).toEqual([200, PRIVATE]);
    const health = await anonymous().get('/api/health');
    expect([health.status, cacheControl(health)]).toEqual([200, PRIVATE]);
  });
});
