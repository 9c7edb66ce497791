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

describe('the peer-leader bank in Chromium', () => {
  it('an invited peer leader signs in, consents, and saves a profile in Tigrinya, a language outside the eight', async () => {
    const run = randomUUID().slice(0, 8);
    const coordinator = `peers-coordinator-${run}@example.org`;
    const leader = `peers-leader-${run}@example.org`;
    await makeCoordinator(coordinator);
    const asCoordinator = await signedInFetch(coordinator);
    await asCoordinator('POST', '/api/peer-leaders/invitations', { email: leader, language: 'en' });
    await waitForMatching(leader, (mail) => (mail.body.text ?? '').includes('/peer-leader'));

    const context = await browser.newContext({ locale: 'en-GB' });
    const [name, value] = (await sessionCookie(leader)).split('=') as [string, string];
    await context.addCookies([{ name, value, url: baseUrl }]);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}/`);

    // The workspaces menu leads to the profile page.
    await page.getByText('Workspaces').click();
    await page.getByRole('link', { name: 'My peer-leader profile' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('My peer-leader profile');
    await expect.poll(() => page.getByText('may reveal your ethnic origin').count()).toBe(1);
    await page.getByLabel("The coordinator and member organisations' representatives").check();
    await page.getByRole('button', { name: 'I consent' }).click();

    await page.getByLabel('Name (required)').fill('Saba Tesfaye');
    // The profile's languages (the page also offers the languages to translate into).
    const languages = page.getByRole('group', { name: 'Languages', exact: true });
    await languages.getByLabel('Language 1').fill('ti');
    await languages.getByRole('button', { name: 'Add a language' }).click();
    await languages.getByLabel('Language 2').fill('am');
    await page.getByLabel('Municipalities (required)').fill(`Kunta-${run}`);
    await page.getByLabel('Employment').check();
    await page.getByLabel('Introduction (optional)').fill('Ohjaan naisten ryhmää tigrinjaksi.');
    await page.getByRole('button', { name: 'Save the profile' }).click();
    await expect.poll(() => page.getByText('Your profile is saved.').count()).toBe(1);

    await page.reload();
    await expect.poll(() => languages.getByLabel('Language 1').inputValue()).toBe('ti');
    expect(await languages.getByLabel('Language 2').inputValue()).toBe('am');
    const mine = await (await signedInFetch(leader))('GET', '/api/me/peer-leader');
    expect(mine.profile).toMatchObject({ languages: ['ti', 'am'], visibility: 'members', public: false });
    expect(errors).toEqual([]);
    await context.close();
  });
});
