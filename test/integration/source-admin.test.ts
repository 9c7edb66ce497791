import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollSource } from '#shared/sources/poll.ts';
import { previewSource } from '#shared/sources/preview-source.ts';
import type { Source } from '#shared/sources/source.ts';
import { getSource } from '#shared/sources/source-store.ts';
import { store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import { auditAbout, queuedFrom } from '../support/pages.ts';
import { type Client, signedInCoordinator, uniqueEmail } from '../support/people.ts';
import { startSourceFixtures } from '../support/source-fixtures.ts';

let fixtures: Awaited<ReturnType<typeof startSourceFixtures>>;
let coordinator: Client;
let bodyId: string;

const AGENDA = '/files/agenda.rss?type=application/rss+xml';

const sourceInput = (path: string, extra: Record<string, unknown> = {}) => ({
  bodyId,
  name: `Lähde ${randomUUID().slice(0, 6)}`,
  url: fixtures.url(path),
  kind: 'rss',
  topics: ['democracy'],
  // Read only when asked: the schedule, run by a test alongside, would import the items first.
  enabled: false,
  ...extra,
});

async function addSource(path: string) {
  const created = await coordinator.post('/api/sources', sourceInput(path));
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  return created.json;
}

beforeAll(async () => {
  fixtures = await startSourceFixtures();
  coordinator = await signedInCoordinator();
  const body = await coordinator.post('/api/bodies', {
    kind: 'municipality',
    municipality: 'Petäjävesi',
    name: { fi: 'Petäjäveden kunta' },
    submissionEmail: uniqueEmail('petajavesi-kirjaamo'),
  });
  bodyId = body.json.id;
});

afterAll(async () => {
  await fixtures.stop();
});

describe("a source's changes are on its body's record", () => {
  it('records the creation and each edit, before and after', async () => {
    const created = await addSource(AGENDA);
    const edited = await coordinator.patch(`/api/sources/${created.id}`, {
      name: 'Kunnanhallitus',
      everyMinutes: 120,
    });
    expect(edited.status).toBe(200);
    const entries = await auditAbout(coordinator, created.id);
    const creation = entries.find((e) => e.action === 'source.created');
    expect(creation).toMatchObject({ bodyId, after: { sourceId: created.id, name: created.name } });
    expect(creation?.after.health).toBeUndefined();
    const update = entries.find((e) => e.action === 'source.updated');
    expect(update).toMatchObject({
      bodyId,
      before: { name: created.name, everyMinutes: 60 },
      after: { name: 'Kunnanhallitus', everyMinutes: 120 },
    });
  });
});

describe('editing a source', () => {
  it('keeps its schedule when only its settings change, as the edit form sends them all', async () => {
    const created = await addSource(AGENDA);
    const failing = await coordinator.patch(`/api/sources/${created.id}`, {
      url: fixtures.url('/missing.rss'),
    });
    expect(failing.status).toBe(200);
    const read = await coordinator.post(`/api/sources/${created.id}/poll`, {});
    const { nextPollAt } = read.json.source.health;
    const form = { ...read.json.source, topics: ['education'] };
    const edited = await coordinator.patch(`/api/sources/${created.id}`, {
      url: form.url,
      kind: form.kind,
      name: form.name,
      topics: form.topics,
      everyMinutes: form.everyMinutes,
    });
    expect(edited.status).toBe(200);
    expect(edited.json.health.nextPollAt).toBe(nextPollAt);
    const moved = await coordinator.patch(`/api/sources/${created.id}`, { url: fixtures.url(AGENDA) });
    expect(moved.json.health.nextPollAt < nextPollAt).toBe(true);
  });

  it("refuses to read a source by another decision system's rules: each identifies its items its own way", async () => {
    const created = await addSource(AGENDA);
    const toPreset = await coordinator.patch(`/api/sources/${created.id}`, { kind: 'dynasty' });
    expect(toPreset.status).toBe(400);
    expect(toPreset.json.error.fields).toEqual([
      expect.objectContaining({ field: 'kind', code: 'kindFixed' }),
    ]);
    expect((await coordinator.patch(`/api/sources/${created.id}`, { kind: 'atom' })).status).toBe(200);
  });
});

describe('deleting a source', () => {
  let source: any;
  let drafts: any[];

  beforeAll(async () => {
    source = await addSource(AGENDA);
    const read = await coordinator.post(`/api/sources/${source.id}/poll`);
    expect(read.json.imported).toBe(3);
    drafts = await queuedFrom(coordinator, source.id);
    expect(drafts).toHaveLength(3);
    // One dismissed while the source is there: its item is remembered, until the source goes.
    expect((await coordinator.post(`/api/triage/${drafts[0].id}/dismiss`)).status).toBe(204);
    expect((await coordinator.post(`/api/sources/${source.id}/hook-secret`)).status).toBe(201);
  });

  it('answers 204, and the source is gone, on the record with what it was', async () => {
    const deleted = await coordinator.delete(`/api/sources/${source.id}`);
    expect(deleted.status).toBe(204);
    expect((await coordinator.get(`/api/sources/${source.id}`)).status).toBe(404);
    expect((await coordinator.get('/api/sources')).json.items.map((s: any) => s.id)).not.toContain(source.id);
    const entry = (await auditAbout(coordinator, source.id)).find((e) => e.action === 'source.deleted');
    expect(entry).toMatchObject({ bodyId, before: { sourceId: source.id, url: source.url, kind: 'rss' } });
    expect((await coordinator.delete(`/api/sources/${source.id}`)).status).toBe(404);
  });

  it('deletes the records of its items but those of drafts still in the queue', async () => {
    const rows = await queryAll(store(), { partition: `SOURCE#${source.id}` });
    expect(rows.map((row) => row.sk)).not.toContain('PROFILE');
    expect(rows.filter((row) => row.state === 'dismissed')).toEqual([]);
    expect(rows.map((row) => row.consultationId).sort()).toEqual(
      drafts
        .slice(1)
        .map((d) => d.id)
        .sort(),
    );
  });

  it('leaves its drafts in the queue, to be published or dismissed', async () => {
    const [, toPublish, toDismiss] = drafts;
    expect((await queuedFrom(coordinator, source.id)).map((d) => d.id).sort()).toEqual(
      [toPublish.id, toDismiss.id].sort(),
    );
    const dismissed = await coordinator.post(`/api/triage/${toDismiss.id}/dismiss`);
    expect(dismissed.status, JSON.stringify(dismissed.json)).toBe(204);
    expect((await coordinator.get(`/api/consultations/${toDismiss.id}`)).status).toBe(404);
    const published = await coordinator.post(`/api/consultations/${toPublish.id}/publish`);
    expect(published.status, JSON.stringify(published.json)).toBe(200);
    expect(await queuedFrom(coordinator, source.id)).toEqual([]);
  });

  it('answers 404 for a source that does not exist', async () => {
    expect((await coordinator.delete(`/api/sources/${randomUUID()}`)).status).toBe(404);
  });

  it('lets a poll that was reading it when it went end quietly, recording no health', async () => {
    const gone = await addSource('/files/news.atom?type=application/atom+xml');
    const found = await getSource(store(), gone.id);
    expect((await coordinator.delete(`/api/sources/${gone.id}`)).status).toBe(204);
    const outcome = await pollSource(store(), found?.source as Source, {}, new Date(), {
      allowPrivate: true,
      userAgent: 'Kaiutin test',
    });
    expect(outcome.error).toBeUndefined();
    expect(outcome.imported).toBe(2);
    expect(await getSource(store(), gone.id)).toBeUndefined();
  });
});

describe('previewing a source', () => {
  it('shows what it found and the first items, and saves nothing', async () => {
    const url = fixtures.url(`${AGENDA}&preview=${randomUUID()}`);
    const preview = await coordinator.post('/api/sources/preview', { kind: 'rss', url });
    expect(preview.status, JSON.stringify(preview.json)).toBe(200);
    expect(preview.json.found).toBe(3);
    expect(preview.json.items).toHaveLength(3);
    expect(preview.json.items[0]).toMatchObject({
      title: expect.stringContaining('Kotoutumisohjelma'),
      url: expect.stringMatching(/^https:\/\//),
    });
    const sources = (await coordinator.get('/api/sources')).json.items as { url: string }[];
    expect(sources.filter((s) => s.url === url)).toEqual([]);
  });

  it('answers 422 with the reason a document cannot be read', async () => {
    const broken = await coordinator.post('/api/sources/preview', {
      kind: 'rss',
      url: fixtures.url('/broken.rss'),
    });
    expect(broken.status).toBe(422);
    expect(broken.json.error).toMatchObject({ code: 'not_xml', message: expect.any(String) });
    const missing = await coordinator.post('/api/sources/preview', {
      kind: 'rss',
      url: fixtures.url('/no-such.rss'),
    });
    expect(missing.status).toBe(422);
    // The figures in the message come along, so the web app can say it in the reader's language.
    expect(missing.json.error).toMatchObject({ code: 'http_status', params: { status: 404 } });
    const notAFeed = await coordinator.post('/api/sources/preview', {
      kind: 'atom',
      url: fixtures.url('/decisions.json'),
    });
    expect(notAFeed.status).toBe(422);
  });

  it('needs a mapping for a JSON API, as a source does', async () => {
    const answer = await coordinator.post('/api/sources/preview', {
      kind: 'json',
      url: fixtures.url('/decisions.json'),
    });
    expect(answer.status).toBe(400);
    expect(answer.json.error.fields).toEqual([
      expect.objectContaining({ field: 'mapping', code: 'required' }),
    ]);
  });

  it('fetches with the same guard as a poll: in AWS a private address is refused', async () => {
    const answer = await previewSource(
      { kind: 'rss', url: fixtures.url(AGENDA), language: 'fi' },
      { allowPrivate: false, userAgent: 'test' },
      new Date(),
    );
    expect(answer).toMatchObject({ status: 'unreadable', code: 'address_refused' });
  });
});
