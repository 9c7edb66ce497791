import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { getConsultation } from '#shared/consultations/consultation-store.ts';
import { ValidationFailed } from '#shared/errors.ts';
import { callerFrom, readPersonPartition } from '#shared/people/person-store.ts';
import { store } from '#shared/store/client.ts';
import { claimRequest } from '#shared/translations/claim-request.ts';
import { getRequest } from '#shared/translations/request-store.ts';
import { requestTranslations } from '#shared/translations/request-translations.ts';
import { saveDraft } from '#shared/translations/save-draft.ts';
import { consultationSubject, readSubject } from '#shared/translations/subjects.ts';
import { getTranslation } from '#shared/translations/translation-store.ts';
import { allPages } from '../support/pages.ts';
import {
  type Client,
  memberOrganisation,
  signedInCoordinator,
  signIn,
  uniqueEmail,
} from '../support/people.ts';
import { makeTranslator, signedInTranslator } from '../support/translators.ts';

let coordinator: Client;
let officer: Client;
let bodyId: string;
/** Two translators of Arabic, Somali and Ukrainian, one of Persian only. */
let translatorA: Client;
let translatorB: Client;
let persian: Client;
let lead: Awaited<ReturnType<typeof memberOrganisation>>;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

async function publishFinnish(title: string) {
  const created = await officer.post('/api/consultations', {
    bodyId,
    kind: 'consultation',
    originalLanguage: 'fi',
    texts: { fi: { title, summary: 'Koulutie kunnostetaan.', plainSummary: 'Tie korjataan kesällä.' } },
    topics: ['transport'],
    statementDeadline: inDays(60),
    contact: { name: 'V', email: 'v@example.org' },
  });
  expect(created.status).toBe(201);
  expect((await officer.post(`/api/consultations/${created.json.id}/publish`)).status).toBe(200);
  return created.json.id as string;
}

/** The consultation as published, asked for in the languages (the stream may have asked already: it is idempotent). */
async function requested(id: string, languages: string[]) {
  const consultation = await getConsultation(store(), id);
  if (!consultation) throw new Error(`no consultation ${id}`);
  await requestTranslations(store(), consultationSubject(consultation), new Date(), languages);
}

const at = (id: string, language: string) => `/api/translation-requests/consultation/${id}/${language}`;

async function claimed(id: string, language: string, who: Client) {
  const read = await who.get(at(id, language));
  expect(read.status).toBe(200);
  const answer = await who.post(`${at(id, language)}/claim`, { version: read.json.request.version });
  expect(answer.status).toBe(200);
  return answer.json;
}

async function submitted(id: string, language: string, who: Client, fields: Record<string, string>) {
  const claim = await claimed(id, language, who);
  const saved = await who.request('PUT', `${at(id, language)}/draft`, {
    fields,
    version: claim.request.version,
  });
  expect(saved.status).toBe(200);
  const sent = await who.post(`${at(id, language)}/submit`, { version: saved.json.request.version });
  expect(sent.status).toBe(200);
  return sent.json;
}

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  bodyId = (
    await coordinator.post('/api/bodies', {
      kind: 'municipality',
      municipality: `Kunta-${randomUUID().slice(0, 8)}`,
      name: { fi: 'Käännöskunta', en: 'Translation municipality' },
      submissionEmail: 'k@example.org',
    })
  ).json.id;
  const email = uniqueEmail('translation-officer');
  await coordinator.post(`/api/bodies/${bodyId}/officers`, { email });
  [officer, translatorA, translatorB, persian, lead] = await Promise.all([
    signIn(email),
    signedInTranslator('translator-a', ['ar', 'so', 'uk']),
    signedInTranslator('translator-b', ['ar', 'so', 'uk']),
    signedInTranslator('translator-fa', ['fa']),
    memberOrganisation(coordinator, 'Kaannos'),
  ]);
});

describe('a Finnish consultation translated into Arabic', () => {
  let id: string;
  const arabic = { title: 'طريق المدرسة', plainSummary: 'سيتم إصلاح الطريق في الصيف.' };

  beforeAll(async () => {
    id = await publishFinnish('Koulutie');
    await requested(id, ['ar', 'so']);
  });

  it('is on the desk of Arabic translators, open, with the original beside it', async () => {
    // Every page: the shared runtime holds other files' Arabic requests, older ones first.
    const list = await allPages(translatorA, '/api/translation-requests?language=ar&status=open');
    expect(list).toContainEqual(
      expect.objectContaining({ kind: 'consultation', subjectId: id, language: 'ar', status: 'open' }),
    );
    const read = await translatorA.get(at(id, 'ar'));
    expect(read.json).toMatchObject({
      request: { status: 'open', sourceLanguage: 'fi', draftFrom: 'empty', draft: {} },
      original: { language: 'fi', fields: { title: 'Koulutie', plainSummary: 'Tie korjataan kesällä.' } },
      originalChanged: false,
      mayClaim: true,
    });
  });

  it('is claimed once: a second claimer gets 409', async () => {
    const before = (await translatorA.get(at(id, 'ar'))).json.request.version;
    const [first, second] = await Promise.all([
      translatorA.post(`${at(id, 'ar')}/claim`, { version: before }),
      translatorB.post(`${at(id, 'ar')}/claim`, { version: before }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    // Whoever won, A writes it from here: the loser releases nothing, the winner gives it to A.
    if (second.status === 200) {
      await translatorB.post(`${at(id, 'ar')}/release`, { version: second.json.request.version });
      const open = (await translatorA.get(at(id, 'ar'))).json.request.version;
      expect((await translatorA.post(`${at(id, 'ar')}/claim`, { version: open })).status).toBe(200);
    }
    expect((await translatorA.get(at(id, 'ar'))).json.request).toMatchObject({
      status: 'claimed',
      claimedByMe: true,
    });
  });

  it('is saved by its translator only, over the version read, with only the original texts', async () => {
    const read = (await translatorA.get(at(id, 'ar'))).json;
    expect(
      (
        await translatorB.request('PUT', `${at(id, 'ar')}/draft`, {
          fields: arabic,
          version: read.request.version,
        })
      ).status,
    ).toBe(403);
    const unknown = await translatorA.request('PUT', `${at(id, 'ar')}/draft`, {
      fields: { ...arabic, body: 'x' },
      version: read.request.version,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.fields).toEqual([expect.objectContaining({ field: 'fields.body' })]);
    const half = await translatorA.request('PUT', `${at(id, 'ar')}/draft`, {
      fields: { title: arabic.title },
      version: read.request.version,
    });
    expect(half.status).toBe(200);
    const stale = await translatorA.request('PUT', `${at(id, 'ar')}/draft`, {
      fields: arabic,
      version: read.request.version,
    });
    expect(stale.json.error.code).toBe('changed_meanwhile');
    const incomplete = await translatorA.post(`${at(id, 'ar')}/submit`, {
      version: half.json.request.version,
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.json.error.fields).toEqual([expect.objectContaining({ field: 'fields.plainSummary' })]);
    const whole = await translatorA.request('PUT', `${at(id, 'ar')}/draft`, {
      fields: arabic,
      version: half.json.request.version,
    });
    const sent = await translatorA.post(`${at(id, 'ar')}/submit`, { version: whole.json.request.version });
    expect(sent.status).toBe(200);
    expect(sent.json.request.status).toBe('submitted');
  });

  it('is reviewed by a second translator, never its own; published, it is reviewed and the request gone', async () => {
    const read = (await translatorB.get(at(id, 'ar'))).json;
    expect(read.mayReview).toBe(true);
    expect((await translatorA.get(at(id, 'ar'))).json.mayReview).toBe(false);
    // The submitted one waits on B's list for review, not on A's.
    const listOf = async (who: Client) =>
      (await who.get('/api/translation-requests?status=submitted&language=ar')).json.items.map(
        (r: { subjectId: string }) => r.subjectId,
      );
    expect(await listOf(translatorB)).toContain(id);
    expect(await listOf(translatorA)).not.toContain(id);
    const own = await translatorA.post(`${at(id, 'ar')}/review`, {
      outcome: 'publish',
      version: read.request.version,
    });
    expect(own.status).toBe(403);
    const published = await translatorB.post(`${at(id, 'ar')}/review`, {
      outcome: 'publish',
      version: read.request.version,
    });
    expect(published.status).toBe(200);
    const translation = await getTranslation(store(), 'consultation', id, 'ar');
    expect(translation).toMatchObject({
      fields: arabic,
      mark: 'reviewed',
      translatedBy: read.request.claimedBy,
      sourceHash: read.request.sourceHash,
    });
    expect(translation?.reviewedBy).toBeDefined();
    expect(translation?.reviewedBy).not.toBe(translation?.translatedBy);
    expect(await getRequest(store(), 'consultation', id, 'ar')).toBeUndefined();
    expect((await translatorA.get(at(id, 'ar'))).status).toBe(404);
  });

  it('returned with a note goes back to its translator, who submits again', async () => {
    const sent = await submitted(id, 'so', translatorA, {
      title: 'Waddada',
      plainSummary: 'Waa la hagaajin.',
    });
    const noNote = await translatorB.post(`${at(id, 'so')}/review`, {
      outcome: 'return',
      version: sent.request.version,
    });
    expect(noNote.status).toBe(400);
    const returned = await translatorB.post(`${at(id, 'so')}/review`, {
      outcome: 'return',
      note: 'Qoraalka kooban waa inuu fududaadaa.',
      version: sent.request.version,
    });
    expect(returned.status).toBe(200);
    expect(returned.json.request).toMatchObject({
      status: 'claimed',
      returnNote: 'Qoraalka kooban waa inuu fududaadaa.',
    });
    const mine = (await translatorA.get(at(id, 'so'))).json;
    expect(mine).toMatchObject({ mayEdit: true, request: { claimedByMe: true } });
    const again = await translatorA.post(`${at(id, 'so')}/submit`, { version: mine.request.version });
    expect(again.json.request.status).toBe('submitted');
    expect(
      (
        await translatorB.post(`${at(id, 'so')}/review`, {
          outcome: 'publish',
          version: again.json.request.version,
        })
      ).status,
    ).toBe(200);
    expect((await getTranslation(store(), 'consultation', id, 'so'))?.mark).toBe('reviewed');
  });
});

describe('an original amended after the translation was saved', () => {
  it('is not published as current until its translator saves against the new text', async () => {
    const id = await publishFinnish('Uimahalli');
    await requested(id, ['uk']);
    const sent = await submitted(id, 'uk', translatorA, {
      title: 'Басейн',
      plainSummary: 'Дорогу відремонтують.',
    });
    const consultation = await officer.get(`/api/consultations/${id}`);
    const amended = await officer.patch(`/api/consultations/${id}`, {
      texts: { fi: { ...consultation.json.texts.fi, plainSummary: 'Uimahalli remontoidaan syksyllä.' } },
    });
    expect(amended.status).toBe(200);
    const review = await translatorB.get(at(id, 'uk'));
    expect(review.json.originalChanged).toBe(true);
    expect(review.json.original.fields.plainSummary).toBe('Uimahalli remontoidaan syksyllä.');
    const refused = await translatorB.post(`${at(id, 'uk')}/review`, {
      outcome: 'publish',
      version: sent.request.version,
    });
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe('original_changed');
    expect(await getTranslation(store(), 'consultation', id, 'uk')).toBeUndefined();
    const returned = await translatorB.post(`${at(id, 'uk')}/review`, {
      outcome: 'return',
      note: 'Оригінал змінився.',
      version: sent.request.version,
    });
    // Submitting again without saving is refused too; saving brings the request up to date.
    expect(
      (await translatorA.post(`${at(id, 'uk')}/submit`, { version: returned.json.request.version })).json
        .error.code,
    ).toBe('original_changed');
    const saved = await translatorA.request('PUT', `${at(id, 'uk')}/draft`, {
      fields: { title: 'Басейн', plainSummary: 'Басейн відремонтують восени.' },
      version: returned.json.request.version,
    });
    expect(saved.json.originalChanged).toBe(false);
    const again = await translatorA.post(`${at(id, 'uk')}/submit`, { version: saved.json.request.version });
    const published = await translatorB.post(`${at(id, 'uk')}/review`, {
      outcome: 'publish',
      version: again.json.request.version,
    });
    expect(published.status).toBe(200);
    const current = await getConsultation(store(), id);
    expect((await getTranslation(store(), 'consultation', id, 'uk'))?.sourceHash).toBe(
      current && consultationSubject(current).sourceHash,
    );
  });
});

describe('who works on a request', () => {
  let id: string;
  beforeAll(async () => {
    id = await publishFinnish('Kirjasto');
    await requested(id, ['ar']);
  });

  it('refuses a non-translator and a translator of another language, lets the coordinator read and release', async () => {
    const rep = lead.reps[0] as Client;
    expect((await rep.get(at(id, 'ar'))).status).toBe(403);
    expect((await rep.get('/api/translation-requests')).status).toBe(403);
    expect((await persian.get(at(id, 'ar'))).status).toBe(403);
    expect((await persian.get('/api/translation-requests?language=ar')).status).toBe(403);
    const read = await coordinator.get(at(id, 'ar'));
    expect(read.status).toBe(200);
    const claim = await claimed(id, 'ar', translatorA);
    const released = await coordinator.post(`${at(id, 'ar')}/release`, { version: claim.request.version });
    expect(released.status).toBe(200);
    expect(released.json.request.status).toBe('open');
  });

  it('is never reviewed by someone who saved its draft, even after another translator took it over', async () => {
    const other = await publishFinnish('Sauna');
    await requested(other, ['so']);
    const claim = await claimed(other, 'so', translatorA);
    const saved = await translatorA.request('PUT', `${at(other, 'so')}/draft`, {
      fields: { title: 'Saunada', plainSummary: 'Waddada waa la hagaajin.' },
      version: claim.request.version,
    });
    expect(saved.status).toBe(200);
    await translatorA.post(`${at(other, 'so')}/release`, { version: saved.json.request.version });
    const sent = await translatorB.post(`${at(other, 'so')}/submit`, {
      version: (await claimed(other, 'so', translatorB)).request.version,
    });
    expect(sent.status).toBe(200);
    const byA = (await translatorA.get(at(other, 'so'))).json;
    expect(byA.mayReview).toBe(false);
    const toReview = await translatorA.get('/api/translation-requests?status=submitted&language=so');
    expect(toReview.json.items.map((r: { subjectId: string }) => r.subjectId)).not.toContain(other);
    const own = await translatorA.post(`${at(other, 'so')}/review`, {
      outcome: 'publish',
      version: sent.json.request.version,
    });
    expect(own.status).toBe(403);
    const published = await coordinator.post(`${at(other, 'so')}/review`, {
      outcome: 'publish',
      version: sent.json.request.version,
    });
    expect(published.status).toBe(200);
  });

  it("gives the coordinator every request, filtered by language and status; a translator's list only theirs", async () => {
    const byCoordinator = await allPages(coordinator, '/api/translation-requests?language=ar&status=open');
    expect(byCoordinator.map((r: { subjectId: string }) => r.subjectId)).toContain(id);
    const all = await coordinator.get('/api/translation-requests?status=open');
    expect(all.status).toBe(200);
    expect(all.json.items.every((r: { status: string }) => r.status === 'open')).toBe(true);
    const mine = await translatorA.get('/api/translation-requests');
    expect(mine.status).toBe(200);
    expect(mine.json.items.every((r: { language: string }) => ['ar', 'so', 'uk'].includes(r.language))).toBe(
      true,
    );
    expect(
      (await persian.get('/api/translation-requests')).json.items.every(
        (r: { language: string }) => r.language === 'fa',
      ),
    ).toBe(true);
  });
});

describe("a statement's translations", () => {
  it('are asked for by its lead, once open, into the languages given', async () => {
    const consultationId = await publishFinnish('Nuorisotila');
    const rep = lead.reps[0] as Client;
    const created = await rep.post(`/api/consultations/${consultationId}/statements`, {
      organisationId: lead.id,
      language: 'fi',
      title: 'Nuorisotila säilytettävä',
      body: 'Järjestöt esittävät, että nuorisotila säilytetään.',
    });
    expect(created.status).toBe(201);
    const ask = (who: Client) =>
      who.post(`/api/statements/${created.json.id}/translations`, { languages: ['ar'] });
    expect((await ask(rep)).json.error.code).toBe('draft_statement');
    await rep.post(`/api/statements/${created.json.id}/open`, { cosignDeadline: inDays(5) });
    const other = await memberOrganisation(coordinator, 'Toinen');
    expect((await ask(other.reps[0] as Client)).status).toBe(403);
    expect((await ask(translatorA)).status).toBe(403);
    const asked = await ask(rep);
    expect(asked.status).toBe(200);
    expect(asked.json).toEqual({ requested: ['ar'], unchanged: [] });
    expect((await ask(coordinator)).json).toEqual({ requested: [], unchanged: ['ar'] });
    const read = await translatorA.get(`/api/translation-requests/statement/${created.json.id}/ar`);
    expect(read.json.original.fields).toEqual({
      title: 'Nuorisotila säilytettävä',
      body: 'Järjestöt esittävät, että nuorisotila säilytetään.',
    });

    // A language named twice, in either form, is refused; asked for twice in the workflow, it is requested once.
    const twice = await rep.post(`/api/statements/${created.json.id}/translations`, {
      languages: ['so', 'som', 'so'],
    });
    expect(twice.status).toBe(400);
    expect(twice.json.error.fields).toEqual([
      expect.objectContaining({ field: 'languages', code: 'repeated' }),
    ]);
    const subject = await readSubject(store(), 'statement', created.json.id);
    if (!subject) throw new Error('no statement');
    expect(await requestTranslations(store(), subject, new Date(), ['so', 'so', 'ar'])).toEqual({
      requested: ['so'],
      unchanged: ['ar'],
    });
  });
});

describe('a draft too long to store', () => {
  let id: string;
  beforeAll(async () => {
    id = await publishFinnish('Kenttä');
    await requested(id, ['uk']);
  });

  it('refuses a text over its limit, and texts together over what the request holds, as field problems', async () => {
    const claim = await claimed(id, 'uk', translatorA);
    const long = await translatorA.request('PUT', `${at(id, 'uk')}/draft`, {
      fields: { title: 'x'.repeat(21_000) },
      version: claim.request.version,
    });
    expect(long.status).toBe(400);
    expect(long.json.error.fields).toEqual([
      expect.objectContaining({ field: 'fields.title', code: 'tooLong' }),
    ]);

    // The API takes no body that large; the use case holds to the item's size on its own.
    const { personId } = await makeTranslator('translator-long', ['uk']);
    const caller = callerFrom(await readPersonPartition(store(), personId));
    if (!caller) throw new Error('no caller');
    const ids = { kind: 'consultation' as const, subjectId: id, language: 'uk' };
    await translatorA.post(`${at(id, 'uk')}/release`, { version: claim.request.version });
    const mine = await claimRequest(store(), caller, ids, { version: claim.request.version + 1 }, new Date());
    const huge = 'ї'.repeat(110_000);
    const refused = await saveDraft(
      store(),
      caller,
      ids,
      { fields: { title: huge, plainSummary: huge }, version: mine.request.version },
      new Date(),
    ).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ValidationFailed);
    expect((refused as ValidationFailed).fields).toEqual([
      expect.objectContaining({ field: 'fields', code: 'tooLongToStore' }),
    ]);
    expect((await getRequest(store(), 'consultation', id, 'uk'))?.draft).toEqual({});
  });
});

describe('the desk', () => {
  it("shows a translator's open, claimed and to-review requests, and the coordinator the open and untaken ones", async () => {
    const [t1, t2] = await Promise.all([
      signedInTranslator('desk-ti-1', ['ti']),
      signedInTranslator('desk-ti-2', ['ti']),
    ]);
    const fresh = await publishFinnish('Puisto');
    const old = await publishFinnish('Tori');
    await requested(fresh, ['ti']);
    // Asked three days ago and never claimed: past the coordinator's reminder.
    const stale = await getConsultation(store(), old);
    if (!stale) throw new Error('no consultation');
    await requestTranslations(store(), consultationSubject(stale), new Date(Date.now() - 72 * 3_600_000), [
      'ti',
    ]);
    const path = (id: string) => `/translations/consultation/${id}/ti`;
    const paths = (list: { items: { path: string }[] }) => list.items.map((item) => item.path);
    const deskOf = async (who: Client) => (await who.get('/api/me/desk')).json;

    const first = await deskOf(t1);
    expect(paths(first.translations.open)).toEqual(expect.arrayContaining([path(fresh), path(old)]));
    expect(first.translations.open.items).toContainEqual(
      expect.objectContaining({ path: path(fresh), title: 'Puisto', language: 'ti' }),
    );
    const coordinatorDesk = (await deskOf(coordinator)).coordinator;
    expect(paths(coordinatorDesk.untakenTranslations)).toContain(path(old));
    expect(paths(coordinatorDesk.untakenTranslations)).not.toContain(path(fresh));
    expect(coordinatorDesk.openTranslations.count).toBeGreaterThanOrEqual(2);

    const sent = await submitted(fresh, 'ti', t1, { title: 'ፓርክ', plainSummary: 'መንገዲ ክዕረ እዩ።' });
    expect(sent.request.status).toBe('submitted');
    const claimedOld = await claimed(old, 'ti', t1);
    expect(claimedOld.request.status).toBe('claimed');
    const [mine, theirs] = await Promise.all([deskOf(t1), deskOf(t2)]);
    expect(paths(mine.translations.claimed)).toEqual([path(old)]);
    expect(paths(mine.translations.toReview)).not.toContain(path(fresh));
    expect(paths(theirs.translations.toReview)).toContain(path(fresh));
    expect(paths(theirs.translations.claimed)).toEqual([]);
    expect(paths(theirs.translations.open)).not.toContain(path(old));
    expect((await deskOf(lead.reps[0] as Client)).translations).toBeUndefined();
  });
});
