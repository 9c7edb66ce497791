import { beforeAll, describe, expect, inject, it } from 'vitest';
import { getConsultation, saveConsultation } from '#shared/consultations/consultation-store.ts';
import { store } from '#shared/store/client.ts';
import { anonymous, type Client, signedInCoordinator, signIn, uniqueEmail } from '../support/people.ts';

const { baseUrl } = inject('runtime');
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

let coordinator: Client;
let officer: Client;
let bodyX: string;
let bodyY: string;

const draft = (bodyId: string, extra: Record<string, unknown> = {}) => ({
  bodyId,
  kind: 'consultation',
  originalLanguage: 'fi',
  texts: {
    fi: {
      title: 'Kotoutumisohjelman päivitys',
      summary: 'Kaupunki päivittää kotoutumisohjelmansa.',
      plainSummary: 'Kaupunki kysyy mielipidettä.',
    },
    en: {
      title: 'Updating the integration programme',
      summary: 'The city updates its integration programme.',
    },
  },
  topics: ['integration-services', 'education'],
  links: [{ title: 'Luonnos', url: 'https://www.jyvaskyla.fi/luonnos.pdf' }],
  statementDeadline: inDays(30),
  contact: { name: 'Virkailija', email: 'virkailija@example.org' },
  ...extra,
});

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  const body = (name: string, municipality: string) => ({
    kind: 'board',
    municipality,
    name: { fi: name },
    submissionEmail: 'kirjaamo@example.org',
  });
  bodyX = (await coordinator.post('/api/bodies', body('Hyvinvointilautakunta', 'Jyväskylä'))).json.id;
  bodyY = (await coordinator.post('/api/bodies', body('Kaupunginhallitus', 'Äänekoski'))).json.id;
  const email = uniqueEmail('consultation-officer');
  await coordinator.post(`/api/bodies/${bodyX}/officers`, { email });
  officer = await signIn(email);
});

describe('consultations', () => {
  it("are drafted by the body's officers or the coordinator only", async () => {
    expect((await anonymous().post('/api/consultations', draft(bodyX))).status).toBe(401);
    expect((await officer.post('/api/consultations', draft(bodyY))).status).toBe(403);
    expect((await coordinator.post('/api/consultations', draft(bodyY))).status).toBe(201);
    const created = await officer.post('/api/consultations', draft(bodyX));
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ status: 'draft', version: 0, municipality: 'Jyväskylä' });
    const unknownBody = await coordinator.post('/api/consultations', draft('no-such-body'));
    expect(unknownBody.status).toBe(400);
    expect(unknownBody.json.error.code).toBe('unknown_body');
  });

  it('refuse HTML, non-web links and oversized text, saying the limits', async () => {
    const html = await officer.post(
      '/api/consultations',
      draft(bodyX, { texts: { fi: { title: 'T', summary: '<script>alert(1)</script>' } } }),
    );
    expect(html.status).toBe(400);
    expect(html.json.error.fields).toContainEqual({
      field: 'texts.fi.summary',
      message: 'HTML is not accepted; write plain text or simple markdown.',
      code: 'noHtml',
    });
    const link = await officer.post(
      '/api/consultations',
      draft(bodyX, { links: [{ title: 'x', url: 'javascript:alert(1)' }] }),
    );
    expect(link.json.error.fields[0]).toMatchObject({
      field: 'links.0.url',
      message: 'Links must be http or https addresses.',
      code: 'url',
    });
    const long = await officer.post(
      '/api/consultations',
      draft(bodyX, { texts: { fi: { title: 'x'.repeat(201), summary: 's' } } }),
    );
    expect(long.json.error.fields[0]).toMatchObject({
      field: 'texts.fi.title',
      message: 'At most 200 characters.',
      code: 'tooLong',
      params: { max: 200 },
    });
    const noOriginal = await officer.post('/api/consultations', draft(bodyX, { originalLanguage: 'sv' }));
    expect(noOriginal.json.error.fields[0]).toMatchObject({
      field: 'texts',
      message: 'Give the title and summary in the original language.',
      code: 'originalMissing',
    });
  });

  it('stay private as drafts, and are public once published', async () => {
    const { json: created } = await officer.post('/api/consultations', draft(bodyX));
    expect((await anonymous().get(`/api/consultations/${created.id}`)).status).toBe(404);
    expect((await officer.get(`/api/consultations/${created.id}`)).status).toBe(200);
    const bodyList = await officer.get(`/api/bodies/${bodyX}/consultations`);
    expect(bodyList.json.items.map((c: { id: string }) => c.id)).toContain(created.id);
    expect((await officer.get(`/api/bodies/${bodyY}/consultations`)).status).toBe(403);

    const published = await officer.post(`/api/consultations/${created.id}/publish`);
    expect(published.json).toMatchObject({ status: 'published', version: 1 });
    expect((await anonymous().get(`/api/consultations/${created.id}`)).json.status).toBe('published');
    expect((await officer.post(`/api/consultations/${created.id}/publish`)).status).toBe(409);
  });

  it('cannot be published without a deadline in the future', async () => {
    const { json: undated } = await officer.post(
      '/api/consultations',
      draft(bodyX, { statementDeadline: undefined }),
    );
    expect((await officer.post(`/api/consultations/${undated.id}/publish`)).json.error.code).toBe(
      'deadline_missing',
    );
    const { json: late } = await officer.post(
      '/api/consultations',
      draft(bodyX, { statementDeadline: inDays(-1) }),
    );
    expect((await officer.post(`/api/consultations/${late.id}/publish`)).json.error.code).toBe(
      'deadline_passed',
    );
    const { json: upcoming } = await officer.post(
      '/api/consultations',
      draft(bodyX, { kind: 'upcoming-decision', statementDeadline: undefined, decisionDate: '2027-02-01' }),
    );
    expect((await officer.post(`/api/consultations/${upcoming.id}/publish`)).status).toBe(200);
  });

  it('are listed newest first and filtered by body, municipality, topic and text', async () => {
    const unique = `Saavutettavuus ${Date.now()}`;
    const { json: created } = await officer.post(
      '/api/consultations',
      draft(bodyX, { texts: { fi: { title: unique, summary: 'Esteettömyys.' } }, topics: ['transport'] }),
    );
    await officer.post(`/api/consultations/${created.id}/publish`);
    const ids = async (query: string) =>
      (await anonymous().get(`/api/consultations?${query}`)).json.items.map((c: { id: string }) => c.id);
    // Other tests publish at the same time, so newest first is checked as an order, not a position.
    const { items: newest } = (await anonymous().get('/api/consultations')).json as {
      items: { id: string; publishedAt: string }[];
    };
    const published = newest.map((c) => `${c.publishedAt}#${c.id}`);
    expect(published).toEqual([...published].sort().reverse());
    expect(newest.map((c) => c.id)).toContain(created.id);
    expect(await ids(`q=${encodeURIComponent(unique.toUpperCase())}`)).toEqual([created.id]);
    expect(await ids('topic=transport')).toContain(created.id);
    expect(await ids('topic=housing')).not.toContain(created.id);
    expect(await ids(`body=${bodyX}`)).toContain(created.id);
    expect(await ids(`municipality=${encodeURIComponent('Äänekoski')}`)).not.toContain(created.id);
    expect((await anonymous().get('/api/consultations?status=draft')).status).toBe(400);
    expect((await anonymous().get('/api/consultations?cursor=not-ours')).json.error.code).toBe(
      'invalid_cursor',
    );
  });

  it('keep every published version; a changed deadline or title is a material change', async () => {
    const { json: created } = await officer.post('/api/consultations', draft(bodyX));
    await officer.post(`/api/consultations/${created.id}/publish`);
    const moved = await officer.patch(`/api/consultations/${created.id}`, { statementDeadline: inDays(45) });
    expect(moved.json).toMatchObject({ version: 2, materialChanges: ['statementDeadline'] });
    const reworded = await officer.patch(`/api/consultations/${created.id}`, {
      texts: { ...created.texts, fi: { ...created.texts.fi, summary: 'Tarkennettu yhteenveto.' } },
    });
    expect(reworded.json).toMatchObject({ version: 3, materialChanges: [] });
    const versions = await anonymous().get(`/api/consultations/${created.id}/versions`);
    expect(versions.json.items.map((v: { version: number }) => v.version)).toEqual([1, 2, 3]);
    const cancelled = await officer.post(`/api/consultations/${created.id}/cancel`);
    expect(cancelled.json).toMatchObject({ status: 'cancelled', version: 4, materialChanges: ['cancelled'] });
    expect(
      (await officer.patch(`/api/consultations/${created.id}`, { topics: ['other'] })).json.error.code,
    ).toBe('not_editable');
  });

  it('never lose an edit to a concurrent one', async () => {
    const { json: created } = await officer.post('/api/consultations', draft(bodyX));
    const read = await getConsultation(store(), created.id);
    if (!read) throw new Error('missing');
    await saveConsultation(store(), read, {
      ...read,
      topics: ['housing'],
      updatedAt: new Date().toISOString(),
    });
    await expect(
      saveConsultation(store(), read, {
        ...read,
        topics: ['culture-leisure'],
        updatedAt: new Date().toISOString(),
      }),
    ).rejects.toMatchObject({
      kind: 'conflict',
      code: 'changed_meanwhile',
    });
    expect((await getConsultation(store(), created.id))?.topics).toEqual(['housing']);
  });

  it('close by schedule when the deadline passes, then record their decision', async () => {
    const { json: created } = await officer.post(
      '/api/consultations',
      draft(bodyX, { statementDeadline: new Date(Date.now() + 1500).toISOString() }),
    );
    await officer.post(`/api/consultations/${created.id}/publish`);
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect((await fetch(`${baseUrl}/_local/schedules/close-consultations`, { method: 'POST' })).status).toBe(
      200,
    );
    const closed = await anonymous().get(`/api/consultations/${created.id}`);
    expect(closed.json.status).toBe('closed');
    const decided = await officer.post(`/api/consultations/${created.id}/decision`, {
      url: 'https://www.jyvaskyla.fi/paatos',
      summary: 'Ohjelma hyväksyttiin.',
    });
    expect(decided.json).toMatchObject({
      status: 'decided',
      decision: { url: 'https://www.jyvaskyla.fi/paatos', summary: 'Ohjelma hyväksyttiin.' },
    });
    expect(
      (await officer.post(`/api/consultations/${created.id}/decision`, { url: 'https://x.fi', summary: 'x' }))
        .status,
    ).toBe(409);
  });
});
