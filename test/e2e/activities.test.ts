import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { makeCoordinator } from '../support/coordinator.ts';
import { approvedMember, sessionCookie, signedInFetch } from './sessions.ts';

const { baseUrl } = inject('runtime');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the tray in Chromium', () => {
  it('a representative adds an activity with the keyboard and finds it on the organisation’s activities page', async () => {
    const run = randomUUID().slice(0, 8);
    const coordinator = `activities-coordinator-${run}@example.org`;
    await makeCoordinator(coordinator);
    const org = await approvedMember(
      await signedInFetch(coordinator),
      `Tray ${run}`,
      `activities-rep-${run}@example.org`,
    );
    const context = await browser.newContext({ locale: 'en-GB' });
    const [name, value] = (await sessionCookie(org.representative)).split('=') as [string, string];
    await context.addCookies([{ name, value, url: baseUrl }]);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    // From the organisation's page to its activities.
    await page.goto(`${baseUrl}/organisations/${org.id}`);
    await page.getByRole('link', { name: 'Activities in the integration tray' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Activities: ${org.name}`);
    await expect.poll(() => page.getByText('No activities yet.').count()).toBe(1);

    // Everything typed or chosen with the keyboard: focus a field, type, Tab and arrow keys on.
    const activity = `Homework club ${run}`;
    await page.getByLabel('Name (required)', { exact: true }).focus();
    await page.keyboard.type(activity);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Help with homework, in Finnish and Somali.');
    // The category: the first choice, then the arrow key to the next.
    await page.getByLabel('Support', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Taking part', { exact: true }).isChecked()).toBe(true);
    await page.getByLabel('Name of area 1 (required)').focus();
    await page.keyboard.type('Jyväskylä');
    await page.getByRole('button', { name: 'Add a language' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Language 2 (code) (required)').focus();
    await page.keyboard.type('so');
    await expect.poll(() => page.locator('output.language-name').last().textContent()).toBe('Somali');
    await page.getByRole('button', { name: 'Add the activity' }).focus();
    await page.keyboard.press('Enter');

    await expect.poll(() => page.locator('[role=status].notice').textContent()).toBe(`Added: ${activity}`);
    await expect.poll(() => page.getByRole('link', { name: activity, exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: `Edit: ${activity}` }).count()).toBe(1);
    const listed = await (await fetch(`${baseUrl}/api/organisations/${org.id}/activities`)).json();
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0]).toMatchObject({
      category: 'participation',
      languages: ['en', 'so'],
      areas: [{ kind: 'municipality', name: 'Jyväskylä' }],
      schedule: { kind: 'weekly', days: ['TU'], startTime: '17:00', endTime: '19:00' },
      status: 'active',
    });
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
