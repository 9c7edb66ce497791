import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { makeCoordinator } from '../support/coordinator.ts';
import { waitForMatching } from '../support/ses.ts';
import { sessionCookie, signedInFetch } from './sessions.ts';

const { baseUrl } = inject('runtime');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('translators in Chromium', () => {
  it('the coordinator makes a person a translator in Sorani and Arabic, and they are invited to the desk', async () => {
    const run = randomUUID().slice(0, 8);
    const coordinator = `translators-coordinator-${run}@example.org`;
    const translator = `translator-${run}@example.org`;
    await makeCoordinator(coordinator);

    const context = await browser.newContext({ locale: 'en-GB' });
    const [name, value] = (await sessionCookie(coordinator)).split('=') as [string, string];
    await context.addCookies([{ name, value, url: baseUrl }]);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}/coordinator`);
    await page.getByRole('link', { name: 'Translators', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Translators');

    const grant = page.locator('form', {
      has: page.getByRole('heading', { name: 'Make a person a translator' }),
    });
    await grant.getByLabel('Email', { exact: false }).first().fill(translator);
    await grant.getByLabel('Name', { exact: false }).fill('Hevin');
    await grant.getByLabel('Language 1').fill('ckb');
    await grant.getByRole('button', { name: 'Add a language' }).click();
    await grant.getByLabel('Language 2').fill('ar');
    await grant.getByRole('button', { name: 'Make a translator and send the invitation' }).click();
    await expect.poll(() => page.getByText(`${translator} is now a translator`).count()).toBe(1);
    // Found by the address: other files of the shared runtime name translators Hevin too.
    const card = page.locator('.card', { hasText: translator });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toContain('Hevin');
    expect(await card.textContent()).toContain('Arabic');

    const [mail] = await waitForMatching(translator, (m) => (m.body.text ?? '').includes('/translations'));
    expect(mail?.subject).toBe('Invitation to translate for Kaiutin');
    const me = await (await signedInFetch(translator))('GET', '/api/me');
    expect(me.translatorLanguages).toEqual(['ckb', 'ar']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
