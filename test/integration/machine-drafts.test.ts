import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTransientServiceError } from '#functions/lib/http-errors.ts';
import { startTranslateLocal, type TranslateLocal } from '#infra/local/translate-endpoint.ts';
import { store } from '#shared/store/client.ts';
import { putItem, transact } from '#shared/store/transactions.ts';
import { createAmazonTranslator, MAX_REQUEST_BYTES } from '#shared/translations/amazon-translate.ts';
import { draftTranslation } from '#shared/translations/draft-translation.ts';
import { getRequest } from '#shared/translations/request-store.ts';
import { readSubject } from '#shared/translations/subjects.ts';
import type { Translation, TranslationRequest } from '#shared/translations/translation.ts';
import { requestIndexKeys, requestKey, translationKey } from '#shared/translations/translation-keys.ts';
import { getTranslation } from '#shared/translations/translation-store.ts';
import {
  type Client,
  memberOrganisation,
  signedInCoordinator,
  signIn,
  uniqueEmail,
} from '../support/people.ts';

let endpoint: TranslateLocal;
let coordinator: Client;
let officer: Client;
let bodyId: string;

const translatorAt = (url: string) =>
  createAmazonTranslator({
    endpoint: url,
    region: 'eu-north-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });

/** The requests the endpoint got from the calls `run` makes. */
async function sentDuring(run: () => Promise<unknown>) {
  const before = endpoint.requests.length;
  await run();
  return endpoint.requests.slice(before);
}

async function until<T>(read: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`No ${what} within 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A Finnish consultation published through the API; its Arabic request (member organisations read Arabic). */
async function publishedWithArabicRequest(title: string) {
  const { json } = await officer.post('/api/consultations', {
    bodyId,
    kind: 'consultation',
    originalLanguage: 'fi',
    texts: { fi: { title, summary: 'Koulun piha kunnostetaan.', plainSummary: 'Piha korjataan.' } },
    topics: ['education'],
    statementDeadline: '2031-03-01T14:00:00Z',
    contact: { name: 'V', email: 'v@example.org' },
  });
  expect((await officer.post(`/api/consultations/${json.id}/publish`)).status).toBe(200);
  const id = json.id as string;
  const request = await until(() => getRequest(store(), 'consultation', id, 'ar'), 'Arabic request');
  return { id, request };
}

beforeAll(async () => {
  endpoint = await startTranslateLocal();
  coordinator = await signedInCoordinator();
  // Its languages (fi, ar) are needed ones: Arabic is requested for what is published.
  await memberOrganisation(coordinator, 'machine-drafts', 1, false);
  bodyId = (
    await coordinator.post('/api/bodies', {
      kind: 'municipality',
      municipality: `Kunta-${randomUUID().slice(0, 8)}`,
      name: { fi: 'Konekäännöskunta' },
      submissionEmail: 'k@example.org',
    })
  ).json.id;
  const email = uniqueEmail('machine-officer');
  await coordinator.post(`/api/bodies/${bodyId}/officers`, { email });
  officer = await signIn(email);
});

afterAll(() => endpoint?.stop());

describe('the Amazon Translate adapter, against the local TranslateText endpoint', () => {
  it('translates every field with the SDK, in Translate’s own language codes (Dari is fa-AF)', async () => {
    const translator = translatorAt(endpoint.endpoint);
    const sent = await sentDuring(async () => {
      expect(
        await translator.translate({ title: 'Koulutie', summary: 'Tie korjataan.' }, 'fi', 'ar'),
      ).toEqual({
        title: '[ar] Koulutie',
        summary: '[ar] Tie korjataan.',
      });
      expect(await translator.translate({ title: 'Koulutie' }, 'fi', 'prs')).toEqual({
        title: '[fa-AF] Koulutie',
      });
    });
    expect(sent.map((r) => [r.SourceLanguageCode, r.TargetLanguageCode, r.Text])).toEqual([
      ['fi', 'ar', 'Koulutie'],
      ['fi', 'ar', 'Tie korjataan.'],
      ['fi', 'fa-AF', 'Koulutie'],
    ]);
  });

  it('sends a long text in pieces under the quota, cut between paragraphs, and joins them with their breaks', async () => {
    // Finnish with ä and ö: two bytes each, so the quota is counted in bytes, not characters.
    const paragraph = (n: number) => `${n}. ${'Päätös koskee lähiympäristöä. '.repeat(130)}`.trim();
    const paragraphs = [1, 2, 3, 4].map(paragraph);
    const long = `${paragraphs.join('\n\n')}\n\n- **markdown** kept\n`;
    const translator = translatorAt(endpoint.endpoint);
    let result: Record<string, string> | undefined;
    const sent = await sentDuring(async () => {
      result = await translator.translate({ body: long }, 'fi', 'ar');
    });
    expect(sent.length).toBeGreaterThan(1);
    for (const request of sent)
      expect(Buffer.byteLength(request.Text, 'utf8')).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    // Each piece is whole paragraphs: no paragraph was cut.
    for (const request of sent) {
      for (const part of request.Text.split('\n\n'))
        expect([...paragraphs, '- **markdown** kept']).toContain(part);
    }
    expect(result?.body).toBe(`${sent.map((r) => `[ar] ${r.Text}`).join('\n\n')}\n`);
    // A single paragraph over the quota is cut between sentences.
    const oneParagraph = 'Lause on pitkä ja selkeä. '.repeat(600).trim();
    const pieces = await sentDuring(() => translator.translate({ body: oneParagraph }, 'fi', 'en'));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((r) => r.Text).join(' ')).toBe(oneParagraph);
  });

  it('answers nothing for a pair Translate does not support, asking it only where the table does not know', async () => {
    const translator = translatorAt(endpoint.endpoint);
    // Tigrinya and Sorani are not among Translate's languages: nothing is sent.
    const unsent = await sentDuring(async () => {
      expect(await translator.translate({ title: 'Koulutie' }, 'fi', 'ti')).toBeUndefined();
      expect(await translator.translate({ title: 'Koulutie' }, 'fi', 'ckb')).toBeUndefined();
    });
    expect(unsent).toEqual([]);
    // A service that refuses a pair the table lists (UnsupportedLanguagePairException): no draft either.
    const narrow = await startTranslateLocal({ languages: ['fi', 'en'] });
    try {
      expect(
        await translatorAt(narrow.endpoint).translate({ title: 'Koulutie' }, 'fi', 'so'),
      ).toBeUndefined();
      expect(narrow.requests).toHaveLength(1);
    } finally {
      await narrow.stop();
    }
  });

  it('throws a transient error while throttled, for the stream to try the record again', async () => {
    endpoint.throttle(10);
    try {
      const failure = await translatorAt(endpoint.endpoint)
        .translate({ title: 'Koulutie' }, 'fi', 'ar')
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(Error);
      expect((failure as Error).name).toBe('TooManyRequestsException');
      expect(isTransientServiceError(failure)).toBe(true);
    } finally {
      endpoint.throttle(0);
    }
  });
});

describe('the draft step of a new request', () => {
  it('writes the machine draft into the request and shows it marked machine, once however often the record comes', async () => {
    const { id, request } = await publishedWithArabicRequest(`Koulun piha ${randomUUID().slice(0, 6)}`);
    expect(request).toMatchObject({ draftFrom: 'empty', draft: {}, version: 1, status: 'open' });
    const translator = translatorAt(endpoint.endpoint);
    const subject = await readSubject(store(), 'consultation', id);
    const outcome = await draftTranslation(store(), translator, request, new Date());
    expect(outcome).toEqual({ drafted: true, shown: true });
    const drafted = await getRequest(store(), 'consultation', id, 'ar');
    expect(drafted).toMatchObject({
      draftFrom: 'machine',
      version: 2,
      status: 'open',
      draft: { title: `[ar] ${subject?.fields.title}`, plainSummary: '[ar] Piha korjataan.' },
    });
    const shown = await getTranslation(store(), 'consultation', id, 'ar');
    expect(shown).toMatchObject({ mark: 'machine', sourceHash: subject?.sourceHash, fields: drafted?.draft });
    expect(shown?.translatedBy).toBeUndefined();
    expect(shown?.reviewedBy).toBeUndefined();

    // The same INSERT delivered again: nothing is translated or written twice.
    const again = await sentDuring(async () => {
      expect(await draftTranslation(store(), translator, request, new Date())).toEqual({
        drafted: false,
        why: 'not-open',
      });
    });
    expect(again).toEqual([]);
    expect(await getRequest(store(), 'consultation', id, 'ar')).toEqual(drafted);
    expect(await getTranslation(store(), 'consultation', id, 'ar')).toEqual(shown);
  });

  it('never replaces a reviewed translation: the draft is then the translator’s only', async () => {
    const { id, request } = await publishedWithArabicRequest(`Kirjasto ${randomUUID().slice(0, 6)}`);
    const subject = await readSubject(store(), 'consultation', id);
    const reviewed: Translation = {
      kind: 'consultation',
      subjectId: id,
      language: 'ar',
      fields: { title: 'المكتبة', plainSummary: 'يتم إصلاح الفناء.' },
      mark: 'reviewed',
      sourceHash: subject?.sourceHash ?? '',
      publishedAt: new Date().toISOString(),
      translatedBy: 'test-translator',
      reviewedBy: 'test-reviewer',
    };
    // A person's translation published while the request was on its way to the draft step.
    await transact(store(), [
      putItem({ ...translationKey('consultation', id, 'ar'), entity: 'translation', ...reviewed }),
    ]);
    const outcome = await draftTranslation(store(), translatorAt(endpoint.endpoint), request, new Date());
    expect(outcome).toEqual({ drafted: true, shown: false });
    expect(await getTranslation(store(), 'consultation', id, 'ar')).toEqual(reviewed);
    expect((await getRequest(store(), 'consultation', id, 'ar'))?.draftFrom).toBe('machine');
    // Publishing ends the request, as the workflow does.
    await transact(store(), [{ Delete: { TableName: '', Key: requestKey('consultation', id, 'ar') } }]);
  });

  it('leaves a request a translator took meanwhile as it is, and asks Translate nothing', async () => {
    const { id, request } = await publishedWithArabicRequest(`Uimahalli ${randomUUID().slice(0, 6)}`);
    const claimed: TranslationRequest = {
      ...request,
      status: 'claimed',
      claimedBy: 'test-translator',
      claimedAt: new Date().toISOString(),
      version: 2,
    };
    await transact(store(), [
      putItem({
        ...requestKey('consultation', id, 'ar'),
        ...requestIndexKeys(claimed),
        entity: 'translation-request',
        ...claimed,
      }),
    ]);
    const sent = await sentDuring(async () => {
      expect(await draftTranslation(store(), translatorAt(endpoint.endpoint), request, new Date())).toEqual({
        drafted: false,
        why: 'not-open',
      });
    });
    expect(sent).toEqual([]);
    expect(await getRequest(store(), 'consultation', id, 'ar')).toEqual(claimed);
    expect(await getTranslation(store(), 'consultation', id, 'ar')).toBeUndefined();
  });
});
