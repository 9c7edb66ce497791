import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSubject, type TranslatableSubject } from '#shared/translations/subjects.ts';
import { anonymous, type Client, signedInCoordinator } from '../support/people.ts';
import { runtimeStore } from '../support/runtime-store.ts';
import { publishTranslationItem } from '../support/translations.ts';

/**
 * What a reader gets of a published consultation's translations: each language's text with its
 * mark (reviewed by a person, or a machine draft), outdated once the original is amended, and
 * nothing of who translated it. A draft has none to show.
 */
const store = runtimeStore();
let coordinator: Client;
let bodyId: string;
let consultationId: string;
let subject: TranslatableSubject;

const consultationInput = (title: string) => ({
  bodyId,
  kind: 'consultation',
  originalLanguage: 'fi',
  texts: {
    fi: {
      title,
      summary: 'Kirjaston aukioloaikoja muutetaan ensi vuoden alusta.',
      plainSummary: 'Kirjasto on auki eri aikoina.',
    },
  },
  topics: ['culture-leisure'],
  statementDeadline: '2031-05-04T12:00:00Z',
  contact: { name: 'V', email: 'v@example.org' },
});

const path = (kind: string, id: string, language?: string) =>
  `/api/translations/${kind}/${encodeURIComponent(id)}${language ? `?language=${language}` : ''}`;

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  const body = await coordinator.post('/api/bodies', {
    kind: 'board',
    municipality: `Kunta-${randomUUID().slice(0, 8)}`,
    name: { fi: 'Sivistyslautakunta' },
    submissionEmail: 'kirjaamo@kunta.example',
  });
  bodyId = body.json.id;
  const draft = await coordinator.post('/api/consultations', consultationInput('Kirjaston aukioloajat'));
  consultationId = draft.json.id;
  expect((await coordinator.post(`/api/consultations/${consultationId}/publish`)).status).toBe(200);
  subject = (await readSubject(store, 'consultation', consultationId)) as TranslatableSubject;
  const now = new Date();
  await publishTranslationItem(
    store,
    subject,
    'ar',
    { title: 'مواعيد فتح المكتبة', plainSummary: 'المكتبة مفتوحة في أوقات مختلفة.' },
    now,
    'reviewed',
  );
  await publishTranslationItem(
    store,
    subject,
    'so',
    {
      title: 'Saacadaha furitaanka maktabadda',
      plainSummary: 'Maktabaddu waxay furan tahay waqtiyo kala duwan.',
    },
    now,
    'machine',
  );
});

describe('reading translations', () => {
  it("gives each language's text with its mark, current with the original, and no person ids", async () => {
    const answer = await anonymous().get(path('consultation', consultationId));
    expect(answer.status).toBe(200);
    const byLanguage = Object.fromEntries(
      (answer.json.items as { language: string }[]).map((item) => [item.language, item]),
    );
    expect(byLanguage).toEqual({
      ar: {
        language: 'ar',
        fields: { title: 'مواعيد فتح المكتبة', plainSummary: 'المكتبة مفتوحة في أوقات مختلفة.' },
        mark: 'reviewed',
        outdated: false,
        publishedAt: expect.any(String),
      },
      so: {
        language: 'so',
        fields: {
          title: 'Saacadaha furitaanka maktabadda',
          plainSummary: 'Maktabaddu waxay furan tahay waqtiyo kala duwan.',
        },
        mark: 'machine',
        outdated: false,
        publishedAt: expect.any(String),
      },
    });
    expect(JSON.stringify(answer.json)).not.toMatch(/test-translator|test-reviewer|translatedBy|reviewedBy/);
  });

  it('gives one language when asked, and none for a language nobody translated', async () => {
    const somali = await anonymous().get(path('consultation', consultationId, 'so'));
    expect(
      somali.json.items.map((item: { language: string; mark: string }) => [item.language, item.mark]),
    ).toEqual([['so', 'machine']]);
    const persian = await anonymous().get(path('consultation', consultationId, 'fa'));
    expect([persian.status, persian.json.items]).toEqual([200, []]);
  });

  it('refuses what is no translatable kind or no language code, and does not know a draft', async () => {
    const draft = await coordinator.post('/api/consultations', consultationInput('Luonnos'));
    expect(draft.status).toBe(201);
    for (const client of [anonymous(), coordinator]) {
      const unseen = await client.get(path('consultation', draft.json.id));
      expect([unseen.status, unseen.json.error.code]).toEqual([404, 'not_found']);
    }
    expect((await anonymous().get(path('consultation', `no-such-${randomUUID()}`))).status).toBe(404);
    const kind = await anonymous().get(path('organisation', consultationId));
    expect([kind.status, kind.json.error.code]).toEqual([400, 'validation_failed']);
    const language = await anonymous().get(path('consultation', consultationId, 'not a language'));
    expect([language.status, language.json.error.code]).toEqual([400, 'validation_failed']);
  });

  it("gives the public list each title in the reader's language, marked, where the network translated it", async () => {
    const listed = async (language: string) => {
      const answer = await anonymous().get(`/api/consultations?body=${bodyId}&language=${language}`);
      expect(answer.status).toBe(200);
      return answer.json.items.map((c: { id: string; translatedTitle?: unknown }) => [
        c.id,
        c.translatedTitle,
      ]);
    };
    expect(await listed('ar')).toEqual([
      [consultationId, { language: 'ar', title: 'مواعيد فتح المكتبة', mark: 'reviewed', outdated: false }],
    ]);
    expect(await listed('so')).toEqual([
      [
        consultationId,
        { language: 'so', title: 'Saacadaha furitaanka maktabadda', mark: 'machine', outdated: false },
      ],
    ]);
    // Nobody translated it into Persian, and Finnish is what its officer wrote.
    expect(await listed('fa')).toEqual([[consultationId, undefined]]);
    expect(await listed('fi')).toEqual([[consultationId, undefined]]);
    const plain = await anonymous().get(`/api/consultations?body=${bodyId}`);
    expect(plain.json.items.map((c: { translatedTitle?: unknown }) => c.translatedTitle)).toEqual([
      undefined,
    ]);
    const wrong = await anonymous().get(`/api/consultations?body=${bodyId}&language=klingon!`);
    expect([wrong.status, wrong.json.error.code]).toEqual([400, 'validation_failed']);
  });

  it('marks every translation outdated once the original is amended through the API', async () => {
    const amended = await coordinator.patch(`/api/consultations/${consultationId}`, {
      texts: {
        fi: {
          title: 'Kirjaston uudet aukioloajat',
          summary: 'Kirjaston aukioloaikoja muutetaan ensi vuoden alusta.',
          plainSummary: 'Kirjasto on auki eri aikoina.',
        },
      },
    });
    expect(amended.status).toBe(200);
    const answer = await anonymous().get(path('consultation', consultationId));
    expect(
      answer.json.items
        .map((item: { language: string; mark: string; outdated: boolean }) => [
          item.language,
          item.mark,
          item.outdated,
        ])
        .sort(),
    ).toEqual([
      ['ar', 'reviewed', true],
      ['so', 'machine', true],
    ]);
    const listed = await anonymous().get(`/api/consultations?body=${bodyId}&language=ar`);
    expect(listed.json.items[0].translatedTitle).toMatchObject({ mark: 'reviewed', outdated: true });
  });
});
