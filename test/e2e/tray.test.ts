import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { makeCoordinator } from '../support/coordinator.ts';
import { runtimeStore } from '../support/runtime-store.ts';
import { sampleActivity, writeActivity } from '../support/tray.ts';
import { tabTo } from './keyboard-focus.ts';
import { approvedMember, signedInFetch } from './sessions.ts';

const { baseUrl } = inject('runtime');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the public tray, in Chromium with the keyboard only', () => {
  it('finds an activity by municipality and language, and its count and a gap in the coverage picture', async () => {
    const run = randomUUID().slice(0, 8);
    // A name that sorts first, so the shared runtime's other municipalities cannot crowd it out of the gap list.
    const town = `Aatray-${run}`;
    const coordinator = `tray-coordinator-${run}@example.org`;
    await makeCoordinator(coordinator);
    const asCoordinator = await signedInFetch(coordinator);
    const org = await approvedMember(asCoordinator, `Tarjotin ry ${run}`, `tray-rep-${run}@example.org`);
    await asCoordinator('PATCH', `/api/organisations/${org.id}`, {
      municipalities: [town],
      languages: ['so'],
    });
    const name = `Naisten kielikahvila ${run}`;
    await writeActivity(
      runtimeStore(),
      sampleActivity(org.id, {
        areas: [{ kind: 'municipality', name: town }],
        languages: ['so'],
        texts: [{ language: 'en', name, description: 'Language practice over coffee.' }],
      }),
    );

    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/tray`);
    await page.locator('main h1').waitFor();
    await tabTo(page, 'Municipality');
    await page.keyboard.type(town);
    await tabTo(page, 'Language');
    await expect
      .poll(() => page.locator('select[name=language] option', { hasText: 'Somali' }).count())
      .toBe(1);
    await page.keyboard.type('Somali');
    await tabTo(page, 'Show activities');
    await page.keyboard.press('Enter');

    await expect.poll(() => new URL(page.url()).searchParams.get('municipality')).toBe(town);
    expect(new URL(page.url()).searchParams.get('language')).toBe('so');
    await expect.poll(() => page.locator('.cards h2').allTextContents()).toEqual([name]);
    await expect.poll(() => page.locator('main [role=status]').textContent()).toBe('1 activity shown');

    await tabTo(page, 'Coverage and gaps');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/tray/coverage`);
    const row = page.locator('table tr', { has: page.locator('th', { hasText: town }) });
    await expect.poll(() => row.locator('td').allTextContents()).toEqual(['1', '0', '0']);
    // The grid draws the same figures: the town's name and its three cells.
    const drawn = page.locator('.coverage-grid g', { has: page.locator('text', { hasText: town }) });
    await expect.poll(() => drawn.locator('text.coverage-count').allTextContents()).toEqual(['1', '0', '0']);
    await expect
      .poll(() => page.locator('.gap-list li').allTextContents())
      .toContain(`No activity to take part in in Somali in ${town}`);
    // The grid's frame scrolls by keyboard: it takes focus.
    await tabTo(page, 'Coverage grid');
    await context.close();
  });
});
