import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readSubject, type TranslatableSubject } from '#shared/translations/subjects.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import { runtimeStore } from '../support/runtime-store.ts';
import { publishTranslationItem } from '../support/translations.ts';
import { boardWithOfficer, type Call, signedInFetch } from './sessions.ts';

const { baseUrl } = inject('runtime');
let browser: Browser;
let asOfficer: Call;
let consultationId: string;
const run = randomUUID().slice(0, 8);
const arabicTitle = `مواعيد فتح المكتبة ${run}`;
const somaliTitle = `Saacadaha furitaanka maktabadda ${run}`;
let bodyId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const { body, officer } = await boardWithOfficer('reading-', run, { fi: `Kulttuurilautakunta ${run}` });
  bodyId = body.id;
  asOfficer = await signedInFetch(officer);
  const consultation = await asOfficer('POST', '/api/consultations', {
    bodyId: body.id,
    kind: 'consultation',
    originalLanguage: 'fi',
    texts: {
      fi: {
        title: `Kirjaston aukioloajat ${run}`,
        summary: 'Lautakunta ehdottaa uusia aukioloaikoja.',
        plainSummary: 'Kirjasto aukeaa myöhemmin.',
      },
    },
    topics: ['culture-leisure'],
    statementDeadline: '2031-01-15T16:00:00Z',
    contact: { name: 'Olli Officer', email: officer },
  });
  consultationId = consultation.id;
  await asOfficer('POST', `/api/consultations/${consultationId}/publish`, {});
  const store = runtimeStore();
  const subject = (await readSubject(store, 'consultation', consultationId)) as TranslatableSubject;
  await publishTranslationItem(
    store,
    subject,
    'ar',
    { title: arabicTitle, plainSummary: 'تفتح المكتبة لاحقًا.' },
    new Date(),
    'reviewed',
  );
  await publishTranslationItem(
    store,
    subject,
    'so',
    { title: somaliTitle, plainSummary: 'Maktabaddu way soo daahaysaa.' },
    new Date(),
    'machine',
  );
});

afterAll(async () => {
  await browser?.close();
});

/** The consultation page read in the interface language given. */
async function readIn(language: string) {
  const { page, errors } = await openPage(browser, `${baseUrl}/consultations/${consultationId}`, language);
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
  return { page, errors };
}

describe("the reader's view of a translation in Chromium", () => {
  it('shows an Arabic reader the reviewed Arabic title, marked so, right to left; a Somali reader the machine mark', async () => {
    const arabic = await readIn('ar');
    const title = arabic.page.locator('main h1 bdi');
    await expect.poll(() => title.textContent()).toBe(arabicTitle);
    expect([await title.getAttribute('lang'), await title.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    const plain = arabic.page.locator('.plain-language .prose');
    expect([await plain.getAttribute('lang'), await plain.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    // The summary the network did not translate stays in Finnish, marked as such.
    const summary = arabic.page.locator('section[aria-labelledby="summary"] .prose');
    expect([await summary.getAttribute('lang'), await summary.getAttribute('dir')]).toEqual(['fi', 'ltr']);
    const note = arabic.page.locator('.translation-note');
    expect(await note.getAttribute('class')).toContain('reviewed');
    expect(await note.textContent()).toContain('ترجمة الشبكة، راجعها شخص');
    // The section the translation leaves out says it is in the original.
    expect(await arabic.page.locator('section[aria-labelledby="summary"] .in-original').textContent()).toBe(
      'معروض بلغته الأصلية (الفنلندية).',
    );
    expect(await arabic.page.locator('.plain-language .in-original').count()).toBe(0);
    expect(await arabic.page.locator('main').textContent()).not.toContain('هذا النص غير متوفر بلغتكم');

    // The language switch offers the translation (pressed) beside the original, and goes back and forth.
    const pressed = () =>
      arabic.page
        .locator('.text-languages button')
        .evaluateAll((buttons) =>
          buttons.map((b) => `${b.getAttribute('lang')}:${b.getAttribute('aria-pressed')}`),
        );
    expect(await pressed()).toEqual(['fi:false', 'ar:true']);
    await arabic.page.locator('.text-languages button[lang="fi"]').click();
    await expect
      .poll(() => arabic.page.locator('main h1').textContent())
      .toBe(`Kirjaston aukioloajat ${run}`);
    expect(await pressed()).toEqual(['fi:true', 'ar:false']);
    expect(await arabic.page.locator('main').textContent()).not.toContain('هذا النص غير متوفر بلغتكم');
    await arabic.page.locator('.text-languages button[lang="ar"]').click();
    await expect.poll(() => title.textContent()).toBe(arabicTitle);
    expect(await pressed()).toEqual(['fi:false', 'ar:true']);
    expect(arabic.errors).toEqual([]);

    const somali = await readIn('so');
    await expect.poll(() => somali.page.locator('main h1').textContent()).toBe(somaliTitle);
    const machine = somali.page.locator('.translation-note');
    expect(await machine.getAttribute('class')).toContain('machine');
    expect(await machine.textContent()).toContain('Turjumaad mashiin, weli qof ma hubin');
    expect(await machine.textContent()).not.toContain('Waxaa turjumay shabakadda');
  });

  it("lists it for an Arabic reader under its Arabic title, marked reviewed, and for a Somali reader under the machine's", async () => {
    const arabic = await openPage(browser, `${baseUrl}/consultations?body=${bodyId}`, 'ar');
    const card = arabic.page.locator('li.card');
    const title = card.getByRole('link', { name: arabicTitle });
    await expect.poll(() => title.count()).toBe(1);
    const words = card.locator('h2 a span');
    expect([await words.getAttribute('lang'), await words.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    const line = card.locator('.translation-line');
    expect(await line.getAttribute('class')).toContain('reviewed');
    expect(await line.textContent()).toContain('ترجمة الشبكة، راجعها شخص');
    // Not said to be in Finnish: what the reader reads is in Arabic.
    expect(await card.locator('.language-note').count()).toBe(0);
    await title.click();
    await expect.poll(() => arabic.page.locator('main h1 bdi').textContent()).toBe(arabicTitle);
    expect(arabic.errors).toEqual([]);

    const somali = await openPage(browser, `${baseUrl}/consultations?body=${bodyId}`, 'so');
    const machine = somali.page.locator('li.card .translation-line');
    await expect.poll(() => machine.count()).toBe(1);
    expect(await machine.getAttribute('class')).toContain('machine');
    expect(await somali.page.locator('li.card h2 a').textContent()).toBe(somaliTitle);
    const english = await openPage(browser, `${baseUrl}/consultations?body=${bodyId}`, 'en-GB');
    await expect
      .poll(() => english.page.locator('li.card h2 a').textContent())
      .toBe(`Kirjaston aukioloajat ${run}`);
    expect(await english.page.locator('li.card .translation-line').count()).toBe(0);
    for (const opened of [somali, english]) await opened.page.context().close();
    await arabic.page.context().close();
  });

  it('says a translation is of an earlier version once the original is amended, and shows the original on asking', async () => {
    await asOfficer('PATCH', `/api/consultations/${consultationId}`, {
      texts: {
        fi: {
          title: `Kirjaston uudet aukioloajat ${run}`,
          summary: 'Lautakunta ehdottaa uusia aukioloaikoja.',
          plainSummary: 'Kirjasto aukeaa myöhemmin.',
        },
      },
    });
    const { page } = await readIn('ar');
    const note = page.locator('.translation-note');
    await expect
      .poll(() => note.textContent())
      .toContain('مترجمة من نسخة سابقة؛ تغيّر النص الأصلي منذ ذلك الحين.');
    expect(await page.locator('main h1').textContent()).toBe(arabicTitle);
    await note.locator('button').click();
    const original = page.locator('main h1 bdi');
    await expect.poll(() => original.textContent()).toBe(`Kirjaston uudet aukioloajat ${run}`);
    expect([await original.getAttribute('lang')]).toEqual(['fi']);
  });
});
