import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { invitationInput } from '#shared/peers/invitation.ts';
import { invitePeerLeader } from '#shared/peers/invite-peer-leader.ts';
import { sendDueReminders } from '#shared/statements/remind.ts';
import { store } from '#shared/store/client.ts';
import { sendTranslationSummaries } from '#shared/translations/remind-translations.ts';
import { getRequest } from '#shared/translations/request-store.ts';
import { requestTranslations } from '#shared/translations/request-translations.ts';
import { readSubject } from '#shared/translations/subjects.ts';
import { requestKey, translatorListKey } from '#shared/translations/translation-keys.ts';
import { allPages } from '../support/pages.ts';
import { consentedPeerLeader } from '../support/peers.ts';
import { type Client, signedInCoordinator, signIn, uniqueEmail } from '../support/people.ts';
import { emailsTo, type StoredEmail, waitForMatching } from '../support/ses.ts';
import { supportCoordinator } from '../support/tray.ts';

const HOUR = 3_600_000;
const put = (client: Client, path: string, body: unknown) => client.request('PUT', path, body);
const pause = () => new Promise((resolve) => setTimeout(resolve, 1500));

let coordinator: Client;
let bodyId: string;

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  bodyId = (
    await coordinator.post('/api/bodies', {
      kind: 'municipality',
      municipality: `Kunta-${randomUUID().slice(0, 8)}`,
      name: { fi: `Kääntäjien kunta ${randomUUID().slice(0, 6)}` },
      submissionEmail: 'k@example.org',
    })
  ).json.id;
});

/** A Finnish consultation published through the API, as a subject the workflow translates. */
async function published(label: string) {
  const title = `${label} ${randomUUID().slice(0, 8)}`;
  const created = await coordinator.post('/api/consultations', {
    bodyId,
    kind: 'consultation',
    originalLanguage: 'fi',
    texts: { fi: { title, summary: 'Kirjasto uudistetaan.', plainSummary: 'Kirjasto korjataan.' } },
    topics: ['education'],
    statementDeadline: '2031-03-01T14:00:00Z',
    contact: { name: 'V', email: 'v@example.org' },
  });
  expect(created.status).toBe(201);
  expect((await coordinator.post(`/api/consultations/${created.json.id}/publish`)).status).toBe(200);
  const subject = await readSubject(store(), 'consultation', created.json.id);
  if (!subject) throw new Error('no subject');
  return { id: created.json.id as string, title, subject };
}

async function listEntry(personId: string) {
  const { Item } = await store().db.send(
    new GetCommand({ TableName: store().tableName, Key: translatorListKey(personId), ConsistentRead: true }),
  );
  return Item;
}

describe('the translator role', () => {
  it('is granted by the coordinator once, with one invitation linking to the translator desk', async () => {
    const email = uniqueEmail('translator');
    const first = await coordinator.post('/api/translators', {
      email,
      name: 'Selam',
      languages: ['tir', 'am'],
      language: 'en',
    });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ granted: true });
    const again = await coordinator.post('/api/translators', { email, languages: ['so'] });
    expect(again.json).toEqual({ personId: first.json.personId, granted: false });
    const [mail] = await waitForMatching(email, (m) => (m.body.text ?? '').includes('/translations'));
    expect(mail?.subject).toBe('Invitation to translate for Kaiutin');
    expect(mail?.body.text).toContain('Your languages: Tigrinya, Amharic.');
    await pause();
    expect(await emailsTo(email)).toHaveLength(1);

    const listed = await allPages(coordinator, '/api/translators');
    expect(listed.find((t) => t.email === email)).toEqual({
      personId: first.json.personId,
      email,
      name: 'Selam',
      // A three-letter code with a two-letter one is stored as the two-letter one.
      languages: ['ti', 'am'],
      grantedBy: 'coordinator',
      grantedAt: expect.any(String),
      language: 'en',
    });
    const counts = (await coordinator.get('/api/translators/languages')).json.languages as {
      language: string;
      translators: number;
    }[];
    expect(counts.find((c) => c.language === 'am')?.translators).toBeGreaterThanOrEqual(1);

    const translator = await signIn(email);
    expect((await translator.get('/api/me')).json.translatorLanguages).toEqual(['ti', 'am']);
  });

  it('has its languages changed by the coordinator, then is revoked', async () => {
    const email = uniqueEmail('translator-changed');
    const { personId } = (await coordinator.post('/api/translators', { email, languages: ['ar'] })).json;
    const changed = await put(coordinator, `/api/translators/${personId}`, { languages: ['so', 'prs'] });
    expect(changed.json).toMatchObject({ personId, languages: ['so', 'prs'], grantedBy: 'coordinator' });
    const translator = await signIn(email);
    expect((await translator.get('/api/me')).json.translatorLanguages).toEqual(['so', 'prs']);
    const before = (await coordinator.get('/api/translators/languages')).json.languages;
    const prs = (list: { language: string; translators: number }[]) =>
      list.find((c) => c.language === 'prs')?.translators ?? 0;

    expect((await coordinator.delete(`/api/translators/${personId}`)).status).toBe(204);
    expect((await coordinator.delete(`/api/translators/${personId}`)).status).toBe(404);
    expect((await put(coordinator, `/api/translators/${personId}`, { languages: ['so'] })).status).toBe(404);
    expect((await translator.get('/api/me')).json.translatorLanguages).toEqual([]);
    expect(prs((await coordinator.get('/api/translators/languages')).json.languages)).toBe(prs(before) - 1);
    expect(await listEntry(personId)).toBeUndefined();
  });

  it('refuses languages that are not ISO 639 codes, or the same one twice', async () => {
    const email = uniqueEmail('translator-bad');
    const bad = await coordinator.post('/api/translators', { email, languages: ['xx-nope'] });
    expect(bad.status).toBe(400);
    expect(bad.json.error.fields[0].code).toBe('languageCode');
    expect((await coordinator.post('/api/translators', { email, languages: ['so', 'so'] })).status).toBe(400);
    const eleven = ['fi', 'sv', 'en', 'ru', 'uk', 'ar', 'so', 'fa', 'ti', 'am', 'prs'];
    expect((await coordinator.post('/api/translators', { email, languages: eleven })).status).toBe(400);
  });

  it('is taken by a consented peer leader, changed and given up by them; refused to others', async () => {
    const leader = await consentedPeerLeader({ languages: ['so'], municipalities: ['Jyväskylä'] });
    const client = await signIn(leader.email);
    const taken = await put(client, '/api/me/translator', { languages: ['so', 'ti'] });
    expect(taken.status).toBe(200);
    expect(taken.json).toMatchObject({
      personId: leader.personId,
      grantedBy: 'peer-leader',
      languages: ['so', 'ti'],
    });
    expect((await client.get('/api/me')).json.translatorLanguages).toEqual(['so', 'ti']);
    const changed = await put(client, '/api/me/translator', { languages: ['ti'] });
    expect(changed.json).toMatchObject({ languages: ['ti'], grantedBy: 'peer-leader' });
    expect((await client.get('/api/me')).json.translatorLanguages).toEqual(['ti']);
    expect((await client.delete('/api/me/translator')).status).toBe(204);
    expect((await client.get('/api/me')).json.translatorLanguages).toEqual([]);
    expect((await client.delete('/api/me/translator')).status).toBe(204);

    // Invited, but without the consent: not yet.
    const invitedEmail = uniqueEmail('invited-only');
    await invitePeerLeader(
      store(),
      supportCoordinator,
      invitationInput.parse({ email: invitedEmail }),
      new Date(),
    );
    const invited = await signIn(invitedEmail);
    const early = await put(invited, '/api/me/translator', { languages: ['so'] });
    expect(early.status).toBe(409);
    expect(early.json.error.code).toBe('consent_required');
    // Not a peer leader at all.
    const stranger = await signIn(uniqueEmail('not-a-leader'));
    expect((await put(stranger, '/api/me/translator', { languages: ['so'] })).status).toBe(403);
    expect((await stranger.get('/api/me')).json.translatorLanguages).toEqual([]);
  });

  it("lets a coordinator's translator remove their own languages, never add one", async () => {
    const email = uniqueEmail('translator-self');
    await coordinator.post('/api/translators', { email, languages: ['ar', 'so'] });
    const translator = await signIn(email);
    const added = await put(translator, '/api/me/translator', { languages: ['ar', 'so', 'ckb'] });
    expect(added.status).toBe(403);
    const swapped = await put(translator, '/api/me/translator', { languages: ['ckb'] });
    expect(swapped.status).toBe(403);
    expect((await translator.get('/api/me')).json.translatorLanguages).toEqual(['ar', 'so']);
    const changed = await put(translator, '/api/me/translator', { languages: ['ar'] });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ languages: ['ar'], grantedBy: 'coordinator' });
  });

  it('lets a peer leader add languages to the role they took, and ends it when they withdraw consent', async () => {
    const leader = await consentedPeerLeader({ languages: ['so'], municipalities: ['Jyväskylä'] });
    const client = await signIn(leader.email);
    expect((await put(client, '/api/me/translator', { languages: ['so'] })).status).toBe(200);
    const added = await put(client, '/api/me/translator', { languages: ['so', 'ti'] });
    expect(added.status).toBe(200);
    expect(added.json).toMatchObject({ languages: ['so', 'ti'], grantedBy: 'peer-leader' });

    const { id, subject } = await published('Suostumus');
    await requestTranslations(store(), subject, new Date(), ['ti']);
    const at = `/api/translation-requests/consultation/${id}/ti`;
    const read = await client.get(at);
    expect((await client.post(`${at}/claim`, { version: read.json.request.version })).status).toBe(200);

    expect((await client.delete('/api/me/peer-leader/consent')).status).toBe(204);
    expect((await client.get('/api/me')).json.translatorLanguages).toEqual([]);
    expect(await listEntry(leader.personId)).toBeUndefined();
    expect(await getRequest(store(), 'consultation', id, 'ti')).toMatchObject({ status: 'open' });
    expect((await put(client, '/api/me/translator', { languages: ['so'] })).status).toBe(409);
  });
});

describe('a role that ends', () => {
  /** A translator of Tigre who claimed a fresh request, and the request's path. */
  async function withClaim(label: string) {
    const email = uniqueEmail(label);
    const { personId } = (await coordinator.post('/api/translators', { email, languages: ['tig', 'am'] }))
      .json;
    const translator = await signIn(email);
    const { id, subject } = await published(label);
    await requestTranslations(store(), subject, new Date(), ['tig']);
    const at = `/api/translation-requests/consultation/${id}/tig`;
    const read = await translator.get(at);
    const claim = await translator.post(`${at}/claim`, { version: read.json.request.version });
    expect(claim.status).toBe(200);
    return { personId, translator, id };
  }
  const reopened = async (id: string) => {
    const request = await getRequest(store(), 'consultation', id, 'tig');
    expect(request).toMatchObject({ status: 'open' });
    expect(request?.claimedBy).toBeUndefined();
    expect(request?.claimedAt).toBeUndefined();
  };

  it('puts their claimed requests back on the desk when the coordinator revokes it', async () => {
    const { personId, id } = await withClaim('revoked-claimer');
    expect((await coordinator.delete(`/api/translators/${personId}`)).status).toBe(204);
    await reopened(id);
  });

  it('when they give it up, or drop the language', async () => {
    const first = await withClaim('gives-up-claimer');
    expect((await first.translator.delete('/api/me/translator')).status).toBe(204);
    await reopened(first.id);
    const second = await withClaim('drops-claimer');
    expect((await put(second.translator, '/api/me/translator', { languages: ['am'] })).status).toBe(200);
    await reopened(second.id);
  });

  it('when their account is erased', async () => {
    const { translator, id } = await withClaim('erased-claimer');
    expect((await translator.delete('/api/me')).status).toBe(204);
    await reopened(id);
  });
});

const isSummary = (mail: StoredEmail) => mail.subject.endsWith('kielillänne');

describe('summaries and reminders', () => {
  it("sends a translator at most one summary a day of the open requests in their languages, in the translator's language", async () => {
    // A language no other test uses, and a time ahead of every other test's runs: only these requests
    // are open in it, and no other run summarises them.
    const email = uniqueEmail('translator-summary');
    const { personId } = (
      await coordinator.post('/api/translators', { email, languages: ['byn'], language: 'fi' })
    ).json;
    const t0 = Date.now() + 30 * 24 * HOUR;
    const first = await published('Kirjasto');
    expect((await requestTranslations(store(), first.subject, new Date(t0), ['byn'])).requested).toEqual([
      'byn',
    ]);

    await sendTranslationSummaries(store(), new Date(t0));
    const [mail] = await waitForMatching(email, isSummary);
    expect(mail?.subject).toBe('1 käännöspyyntö kielillänne');
    expect(mail?.body.html).toContain('<html lang="fi"');
    expect(mail?.body.text).toContain('Nämä tekstit odottavat kääntäjää kielillänne');
    expect(mail?.body.text).toContain(`${first.title} (`);
    expect(mail?.body.text).toContain(`/translations/consultation/${first.id}/byn`);
    expect(mail?.body.text).toContain('/translations\n');

    // Within the day nothing more, even with a new request.
    await sendTranslationSummaries(store(), new Date(t0 + HOUR));
    const second = await published('Uimahalli');
    await requestTranslations(store(), second.subject, new Date(t0 + 2 * HOUR), ['byn']);
    await sendTranslationSummaries(store(), new Date(t0 + 3 * HOUR));
    expect((await listEntry(personId))?.summarisedAt).toBe(new Date(t0).toISOString());

    // A day on: one summary, however many runs at once, the newest first.
    await Promise.all([1, 2, 3].map(() => sendTranslationSummaries(store(), new Date(t0 + 25 * HOUR))));
    const mails = await waitForMatching(email, isSummary, 2);
    expect(mails.map((m) => m.subject)).toEqual([
      '1 käännöspyyntö kielillänne',
      '2 käännöspyyntöä kielillänne',
    ]);
    const text = mails[1]?.body.text ?? '';
    expect(text.indexOf(second.title)).toBeGreaterThan(-1);
    expect(text.indexOf(second.title)).toBeLessThan(text.indexOf(first.title));

    // Nothing new since: no summary, days later.
    await sendTranslationSummaries(store(), new Date(t0 + 60 * HOUR));
    await pause();
    expect((await emailsTo(email)).filter(isSummary)).toHaveLength(2);
  });

  it('reminds the coordinators once of a request nobody claimed within 48 hours', async () => {
    const now = Date.now();
    const old = await published('Vanha');
    await requestTranslations(store(), old.subject, new Date(now - 49 * HOUR), ['tig']);
    const fresh = await published('Tuore');
    await requestTranslations(store(), fresh.subject, new Date(now - HOUR), ['tig']);

    // The hourly reminders' run, twice.
    await sendDueReminders(store(), new Date(now));
    await sendDueReminders(store(), new Date(now + 60_000));
    const names = (mail: StoredEmail) =>
      (mail.body.text ?? '').includes(`/translations/consultation/${old.id}/tig`);
    const [reminder] = await waitForMatching(coordinator.email, names);
    expect(reminder?.subject).toMatch(/translation requests? without a translator after 48 hours$/);
    expect(reminder?.body.text).toContain(`${old.title} (Tigre)`);
    expect(reminder?.body.text).not.toContain(fresh.id);
    const { Item } = await store().db.send(
      new GetCommand({ TableName: store().tableName, Key: requestKey('consultation', old.id, 'tig') }),
    );
    expect(Item?.remindedAt).toEqual(expect.any(String));
    await pause();
    expect((await emailsTo(coordinator.email)).filter(names)).toHaveLength(1);
  });
});
