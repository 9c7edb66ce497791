import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { queuedFrom, titleOf } from '../support/pages.ts';
import {
  anonymous,
  type Client,
  memberOrganisation,
  signedInCoordinator,
  signIn,
  uniqueEmail,
} from '../support/people.ts';
import { waitForMatching } from '../support/ses.ts';
import { startSourceFixtures } from '../support/source-fixtures.ts';

const { baseUrl } = inject('runtime');
let coordinator: Client;
let fixtures: Awaited<ReturnType<typeof startSourceFixtures>>;
let bodyId: string;
const ids: Record<string, string> = {};

const runSchedule = () => fetch(`${baseUrl}/_local/schedules/poll-sources`, { method: 'POST' });

const sourceInput = (name: string, path: string, extra: Record<string, unknown> = {}) => ({
  bodyId,
  name,
  url: fixtures.url(path),
  kind: 'rss',
  topics: ['democracy'],
  ...extra,
});

async function addSource(key: string, input: ReturnType<typeof sourceInput>) {
  const created = await coordinator.post('/api/sources', input);
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  ids[key] = created.json.id;
}

const source = async (key: string) => (await coordinator.get(`/api/sources/${ids[key]}`)).json;

const fromSource = (key: string) => queuedFrom(coordinator, ids[key]);

beforeAll(async () => {
  fixtures = await startSourceFixtures();
  coordinator = await signedInCoordinator();
  const body = await coordinator.post('/api/bodies', {
    kind: 'municipality',
    municipality: 'Laukaa',
    name: { fi: 'Laukaan kunta' },
    submissionEmail: uniqueEmail('laukaa-kirjaamo'),
  });
  bodyId = body.json.id;
  await Promise.all([
    addSource(
      'agenda',
      sourceInput('Kunnanhallitus (Dynasty)', '/agenda.rss', {
        // Only agenda items that concern the network: lighting is left out.
        keywords: ['kotoutumis', 'koulu'],
        rules: [
          { keywords: ['koulu'], topics: ['education', 'transport'] },
          { keywords: ['kotoutumis'], topics: ['integration-services'] },
        ],
      }),
    ),
    addSource(
      'atom',
      sourceInput('Hyvinvointialue', '/news.atom', { kind: 'atom', topics: ['health-social'] }),
    ),
    addSource(
      'json',
      sourceInput('Päätösrajapinta', '/decisions.json', {
        kind: 'json',
        mapping: { items: 'objects', id: 'id', title: 'subject', url: 'url', summary: 'content.summary' },
      }),
    ),
    addSource('broken', sourceInput('Rikki', '/broken.rss')),
    addSource('slow', sourceInput('Hidas', '/slow.rss')),
    addSource('huge', sourceInput('Valtava', '/huge.rss')),
    addSource('changing', sourceInput('Muuttuva', '/changing.rss')),
  ]);
  // One run of the schedule polls every due source: all of them, new as they are.
  expect((await runSchedule()).status).toBe(200);
}, 60_000);

afterAll(() => fixtures.stop());

describe('polling agenda sources', () => {
  it('imports the items of RSS, Atom and JSON sources as drafts, once each, with suggested topics and the source link', async () => {
    const agenda = await fromSource('agenda');
    expect(agenda.map(titleOf).sort()).toEqual([
      'Kaupunginhallitus 30.11.2026, § 5: Kotoutumisohjelma 2027–2030',
      'Kaupunginhallitus 30.11.2026, § 6: Koulukuljetusten periaatteet',
    ]);
    const school = agenda.find((d) => titleOf(d).includes('Koulukuljetusten'));
    expect(school).toMatchObject({
      status: 'draft',
      kind: 'upcoming-decision',
      bodyId,
      municipality: 'Laukaa',
      originalLanguage: 'fi',
      topics: ['education', 'transport'],
      links: [{ url: 'https://paatokset.example.fi/dynasty/kokous/2026112/asia/6' }],
      contact: { name: 'Laukaan kunta' },
    });
    expect(school.texts.fi.summary).toBe('Koulukuljetusten periaatteet lukuvuodelle 2027–2028.');
    expect((await fromSource('atom')).map(titleOf).sort()).toEqual([
      'Perhekeskusten palveluverkko 2027',
      'Tulkkauspalvelujen hankinta',
    ]);
    expect((await fromSource('json')).map(titleOf).sort()).toEqual([
      'Asukasosallisuuden toimintamalli',
      'Monikielisen kirjastopalvelun kehittäminen',
    ]);
    expect(await source('agenda')).toMatchObject({
      health: { failures: 0, itemsFound: 3, itemsImported: 2, lastSuccessAt: expect.any(String) },
    });
  });

  it('reports broken, slow and oversized sources on their health, and polls them later, less often', async () => {
    const expectations = {
      broken: { code: 'not_xml', message: /^The feed is not well-formed XML \(line \d+/ },
      slow: { code: 'unreachable', message: /^No answer within 10 s\.$/ },
      huge: { code: 'too_large', message: /larger than 2 MB/ },
    };
    for (const [key, { code, message }] of Object.entries(expectations)) {
      const { health } = await source(key);
      expect(health, key).toMatchObject({ failures: 1, itemsImported: 0, lastError: { code } });
      expect(health.lastError.message, key).toMatch(message);
      expect(health.lastSuccessAt, key).toBeUndefined();
      // One failure: twice the hour.
      expect(Date.parse(health.nextPollAt) - Date.parse(health.lastPolledAt), key).toBe(2 * 60 * 60_000);
    }
  });

  it('asks again with the ETag, and a poll that finds nothing new imports nothing', async () => {
    const before = (await fromSource('agenda')).length;
    const polled = await coordinator.post(`/api/sources/${ids.agenda}/poll`);
    expect(polled.json).toMatchObject({ imported: 0, updated: 0, source: { health: { failures: 0 } } });
    const lastAsked = fixtures.requests.filter((r) => r.path === '/agenda.rss').at(-1);
    expect(lastAsked?.headers['if-none-match']).toBe('"agenda-v1"');
    // Without the ETag the whole feed is read again: still nothing new.
    const json = await coordinator.post(`/api/sources/${ids.json}/poll`);
    expect(json.json).toMatchObject({ imported: 0, updated: 0, source: { health: { itemsFound: 2 } } });
    expect((await fromSource('agenda')).length).toBe(before);
    expect((await fromSource('json')).length).toBe(2);
  });

  it("follows a changed item into its draft, but keeps a person's edit and marks the draft instead", async () => {
    const drafts = await fromSource('changing');
    const edited = drafts.find((d) => titleOf(d).startsWith('Liikuntapaikkojen'));
    const untouched = drafts.find((d) => titleOf(d).startsWith('Nuorisotilojen'));
    expect(
      (await coordinator.patch(`/api/consultations/${edited.id}`, { topics: ['culture-leisure'] })).status,
    ).toBe(200);
    fixtures.changeItems();
    const polled = await coordinator.post(`/api/sources/${ids.changing}/poll`);
    expect(polled.json).toMatchObject({ imported: 0, updated: 2 });

    const after = await fromSource('changing');
    const followed = after.find((d) => d.id === untouched.id);
    expect(titleOf(followed)).toBe('Nuorisotilojen aukioloajat (tarkistettu)');
    expect(followed.texts.fi.summary).toBe('Versio 2: nuorisotilojen aukioloajat.');
    expect(followed.origin.changedInSourceAt).toBeUndefined();
    const kept = after.find((d) => d.id === edited.id);
    expect(titleOf(kept)).toBe('Liikuntapaikkojen vuorot');
    expect(kept.topics).toEqual(['culture-leisure']);
    expect(kept.origin.changedInSourceAt).toEqual(expect.any(String));
    expect(after).toHaveLength(2);
  });

  it('publishing an imported draft alerts subscribers as usual and takes it off the queue', async () => {
    const org = await memberOrganisation(coordinator, 'sources-subscriber');
    const rep = org.reps[0] as Client;
    expect(
      (
        await rep.post(`/api/organisations/${org.id}/subscriptions`, {
          bodies: [bodyId],
          language: 'fi',
          frequency: 'immediate',
        })
      ).status,
    ).toBe(201);
    const draft = (await fromSource('atom')).find((d) => titleOf(d) === 'Tulkkauspalvelujen hankinta');
    const published = await coordinator.post(`/api/consultations/${draft.id}/publish`);
    expect(published.json).toMatchObject({ status: 'published', kind: 'upcoming-decision' });
    const [alert, ...more] = await waitForMatching(rep.email, (mail) =>
      mail.subject.includes('Tulkkauspalvelujen hankinta'),
    );
    expect(more).toHaveLength(0);
    expect(alert?.body.text).toContain(`/consultations/${draft.id}`);
    expect((await fromSource('atom')).map((d) => d.id)).not.toContain(draft.id);
    // Polling again does not bring a published item back into the queue.
    await coordinator.post(`/api/sources/${ids.atom}/poll`);
    expect((await fromSource('atom')).map(titleOf)).toEqual(['Perhekeskusten palveluverkko 2027']);
  });

  it('a dismissed draft is gone, and never imported again', async () => {
    const [draft] = await fromSource('json');
    expect((await coordinator.post(`/api/triage/${draft.id}/dismiss`)).status).toBe(204);
    expect((await coordinator.get(`/api/consultations/${draft.id}`)).status).toBe(404);
    expect((await coordinator.post(`/api/sources/${ids.json}/poll`)).json).toMatchObject({ imported: 0 });
    expect((await fromSource('json')).map((d) => d.id)).not.toContain(draft.id);
    expect(await fromSource('json')).toHaveLength(1);
    const again = await coordinator.post(`/api/triage/${draft.id}/dismiss`);
    expect(again.status).toBe(404);
  });

  it('the schedule leaves sources alone until they are due, and disabled ones always', async () => {
    const before = fixtures.requests.length;
    await runSchedule();
    expect(fixtures.requests.length).toBe(before);
    const disabled = await coordinator.patch(`/api/sources/${ids.broken}`, { enabled: false });
    expect(disabled.json).toMatchObject({ enabled: false });
    // A new address is tried at once: the source is due again, and the next run polls it.
    const moved = await coordinator.patch(`/api/sources/${ids.huge}`, { url: fixtures.url('/news.atom') });
    expect(moved.json.health.nextPollAt <= new Date().toISOString()).toBe(true);
    await runSchedule();
    expect(fixtures.requests.slice(before).map((r) => r.path)).toEqual(['/news.atom']);
    expect(await source('huge')).toMatchObject({ health: { failures: 0, itemsFound: 2 } });
  });
});

describe('managing sources', () => {
  it('refuses a JSON source without a mapping, and addresses that are not http(s), naming the field', async () => {
    const json = await coordinator.post('/api/sources', sourceInput('X', '/x.json', { kind: 'json' }));
    expect(json.status).toBe(400);
    expect(json.json.error.fields).toEqual([expect.objectContaining({ field: 'mapping', code: 'required' })]);
    const ftp = await coordinator.post('/api/sources', {
      ...sourceInput('X', '/x'),
      url: 'ftp://example.org/feed',
    });
    expect(ftp.status).toBe(400);
    expect(ftp.json.error.fields).toEqual([expect.objectContaining({ field: 'url' })]);
    const toJson = await coordinator.patch(`/api/sources/${ids.agenda}`, { kind: 'json' });
    expect(toJson.status).toBe(400);
    expect(toJson.json.error.fields).toEqual([expect.objectContaining({ field: 'mapping' })]);
    const unknownBody = await coordinator.post('/api/sources', {
      ...sourceInput('X', '/x'),
      bodyId: 'no-such-body',
    });
    expect(unknownBody.json.error.code).toBe('unknown_body');
  });

  it('is for the coordinator only: sources and the queue are not public, nor for officers', async () => {
    const officerEmail = uniqueEmail('sources-officer');
    await coordinator.post(`/api/bodies/${bodyId}/officers`, { email: officerEmail });
    const officer = await signIn(officerEmail);
    expect((await anonymous().get('/api/sources')).status).toBe(401);
    expect((await officer.get('/api/sources')).status).toBe(403);
    expect((await officer.get('/api/triage')).status).toBe(403);
    // The body's officers see the drafts among their body's consultations, and may publish them.
    const own = await officer.get(`/api/bodies/${bodyId}/consultations`);
    expect(own.json.items.some((c: { origin?: unknown }) => c.origin)).toBe(true);
  });
});
