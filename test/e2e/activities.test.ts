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
  it('a representative adds an activity with the keyboard; it shows on the organisation’s page, in the public tray and in the grid', async () => {
    const run = randomUUID().slice(0, 8);
    /** A municipality of this run alone, so the tray and the grid show this activity's figures only. */
    const town = `Kylä${run}`;
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
    await page.keyboard.type(town);
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
      areas: [{ kind: 'municipality', name: town }],
      schedule: { kind: 'weekly', days: ['TU'], startTime: '17:00', endTime: '19:00' },
      status: 'active',
    });

    // The public tray, filtered by its municipality and language, finds it.
    await page.goto(`${baseUrl}/tray?${new URLSearchParams({ municipality: town, language: 'so' })}`);
    await expect.poll(() => page.getByRole('link', { name: activity, exact: true }).count()).toBe(1);
    await page.goto(`${baseUrl}/tray?${new URLSearchParams({ municipality: town, language: 'ar' })}`);
    await expect.poll(() => page.getByText(activity).count()).toBe(0);

    // The coverage picture counts it: the grid's table has its municipality's row, one in "Taking part".
    await page.goto(`${baseUrl}/tray`);
    await page.getByRole('link', { name: 'Coverage and gaps' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Coverage and gaps');
    const row = page.locator('table tbody tr').filter({ has: page.getByRole('rowheader', { name: town }) });
    await expect.poll(() => row.count()).toBe(1);
    const headings = await page.locator('table thead th').allTextContents();
    const cells = await row.locator('td').allTextContents();
    expect(cells[headings.indexOf('Taking part') - 1]).toBe('1');
    expect(cells[headings.indexOf('Support') - 1]).toBe('0');

    // The tray's page leads to the material bank.
    await page.goto(`${baseUrl}/tray`);
    await page.getByRole('link', { name: 'Materials the organisations share' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Material bank');
    expect(new URL(page.url()).pathname).toBe('/materials');

    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
