import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getConsultation } from '#shared/consultations/consultation-store.ts';
import { requestTranslations } from '#shared/translations/request-translations.ts';
import { consultationSubject } from '#shared/translations/subjects.ts';
import { getTranslation } from '#shared/translations/translation-store.ts';
import { launchBrowser } from '../support/browser.ts';
import { runtimeStore } from '../support/runtime-store.ts';
import { makeTranslator } from '../support/translators.ts';
import { boardWithOfficer, sessionCookie, signedInFetch } from './sessions.ts';

const { baseUrl } = inject('runtime');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A browser in English, 320 px wide, signed in as the address, on `path`; with its console errors. */
async function pageAt(email: string, path: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 320, height: 800 } });
  const [name, value] = (await sessionCookie(email)).split('=') as [string, string];
  await context.addCookies([{ name, value, url: baseUrl }]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseUrl}${path}`);
  return { page, errors };
}

const notice = (page: Page) => page.locator('[role=status].notice').first().textContent();

describe('translating a consultation in Chromium', () => {
  it('a translator claims it on the desk, writes it beside the original and submits; a second translator publishes it', async () => {
    const run = randomUUID().slice(0, 8);
    const { body, officer } = await boardWithOfficer('translate-', run, {
      fi: `Kulttuurilautakunta ${run}`,
      en: `Culture committee ${run}`,
    });
    const asOfficer = await signedInFetch(officer);
    const title = `Kirjastoauto ${run}`;
    const consultation = await asOfficer('POST', '/api/consultations', {
      bodyId: body.id,
      kind: 'consultation',
      originalLanguage: 'fi',
      texts: {
        fi: { title, summary: 'Kirjastoauton reitit muuttuvat.', plainSummary: 'Auto ajaa uutta reittiä.' },
      },
      topics: ['culture-leisure'],
      statementDeadline: '2031-04-01T12:00:00Z',
      contact: { name: 'Olli Officer', email: officer },
    });
    await asOfficer('POST', `/api/consultations/${consultation.id}/publish`, {});
    const stored = await getConsultation(runtimeStore(), consultation.id);
    if (!stored) throw new Error('no consultation');
    await requestTranslations(runtimeStore(), consultationSubject(stored), new Date(), ['ar']);
    const [translator, reviewer] = await Promise.all([
      makeTranslator('translate-a', ['ar']),
      makeTranslator('translate-b', ['ar']),
    ]);

    // The translator finds it on the desk and opens it.
    const { page, errors } = await pageAt(translator.email, '/desk');
    await page.getByRole('link', { name: 'Translations' }).first().waitFor();
    const onDesk = page
      .locator('section[aria-labelledby=desk-translator]')
      .getByRole('link', { name: title });
    await onDesk.click();
    await page.getByRole('button', { name: 'Claim this translation' }).click();
    await expect.poll(() => notice(page)).toContain('It is yours');

    // Side by side: the Finnish original, and the Arabic textareas written right to left; stacked at 320 px.
    const titleField = page.getByLabel('Title · translation (Arabic)');
    expect(await titleField.getAttribute('lang')).toBe('ar');
    expect(await titleField.getAttribute('dir')).toBe('rtl');
    const original = page.locator('.side-by-side .original p').first();
    expect(await original.getAttribute('lang')).toBe('fi');
    expect(await original.textContent()).toBe(title);
    const [left, right] = await Promise.all([original.boundingBox(), titleField.boundingBox()]);
    expect(right && left && right.y > left.y).toBe(true);
    await titleField.fill('سيارة المكتبة');
    await page.getByLabel('Plain-language summary · translation (Arabic)').fill('تسير السيارة في طريق جديد.');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect.poll(() => notice(page)).toContain('Submitted');
    expect(errors).toEqual([]);

    // The second translator reviews it on the same page and publishes it.
    const path = `/translations/consultation/${encodeURIComponent(consultation.id)}/ar`;
    const review = await pageAt(reviewer.email, path);
    await review.page.getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => notice(review.page)).toContain('Published');
    expect(review.errors).toEqual([]);

    // The desk's filters are labelled controls, one under the other at 320 px.
    await review.page.goto(`${baseUrl}/translations`);
    const filters = review.page.locator('form.filters');
    const [language, status] = [filters.getByLabel('Language'), filters.getByLabel('Status')];
    expect(await language.evaluate((element) => element.tagName)).toBe('SELECT');
    const [above, below] = await Promise.all([language.boundingBox(), status.boundingBox()]);
    expect(above && below && below.y > above.y + above.height).toBe(true);
    const published = await getTranslation(runtimeStore(), 'consultation', consultation.id, 'ar');
    expect(published).toMatchObject({
      mark: 'reviewed',
      fields: { title: 'سيارة المكتبة', plainSummary: 'تسير السيارة في طريق جديد.' },
      translatedBy: translator.personId,
      reviewedBy: reviewer.personId,
    });
  });
});
