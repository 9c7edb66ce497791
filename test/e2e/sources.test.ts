import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';
import { waitForMatching } from '../support/ses.ts';
import { startSourceFixtures } from '../support/source-fixtures.ts';
import { approvedMember, boardWithOfficer, sessionCookie, signedInFetch } from './sessions.ts';

const { baseUrl } = inject('runtime');
let browser: Browser;
let fixtures: Awaited<ReturnType<typeof startSourceFixtures>>;

beforeAll(async () => {
  [browser, fixtures] = await Promise.all([launchBrowser(), startSourceFixtures()]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), fixtures?.stop()]);
});

const cards = (page: Page, section: string) =>
  page.locator(`section[aria-labelledby="${section}-heading"] li.card`);

describe('agenda sources in Chromium', () => {
  it('the coordinator adds a source; it is polled, its items wait in the queue once each, and publishing one alerts', async () => {
    const run = randomUUID().slice(0, 8);
    const { body } = await boardWithOfficer('src-', run, {
      fi: `Kaupunginhallitus ${run}`,
      en: `City board ${run}`,
    });
    const coordinator = `src-coordinator-${run}@example.org`;
    const representative = `src-rep-${run}@example.org`;
    const organisation = await approvedMember(
      await signedInFetch(coordinator),
      `Agenda watchers ${run}`,
      representative,
    );
    const asRepresentative = await signedInFetch(representative);
    await asRepresentative('POST', `/api/organisations/${organisation.id}/subscriptions`, {
      bodies: [body.id],
      language: 'en',
      frequency: 'immediate',
    });

    const { page, errors } = await openPage(browser, `${baseUrl}/`);
    const [name, value] = (await sessionCookie(coordinator)).split('=') as [string, string];
    await page.context().addCookies([{ name, value, url: baseUrl }]);
    await page.goto(`${baseUrl}/coordinator?section=sources`);
    await expect.poll(() => page.getByRole('heading', { name: 'Agenda sources' }).count()).toBe(1);

    // Adding: the form names what is missing before it sends anything.
    await page.getByText('Add a source').click();
    await page.getByRole('button', { name: 'Add the source' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Name');
    await page.getByLabel(/^Body/).selectOption({ label: `City board ${run}` });
    await page.getByLabel(/^Name/).fill(`Board agenda ${run}`);
    await page.getByLabel('Address of the feed').fill(fixtures.url('/agenda.rss'));
    await page.getByLabel(/^Kind/).selectOption('rss');
    await page.getByRole('checkbox', { name: 'Education', exact: true }).check();
    await page.getByRole('button', { name: 'Add the source' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toBe(`Board agenda ${run} was added.`);
    const source = cards(page, 'sources').filter({ hasText: `Board agenda ${run}` });
    await expect.poll(() => source.textContent()).toContain('Not read yet');

    // The schedule polls it, as it would every few minutes.
    expect((await fetch(`${baseUrl}/_local/schedules/poll-sources`, { method: 'POST' })).status).toBe(200);
    await page.reload();
    await expect.poll(() => source.textContent()).toContain('3 items found');
    await expect.poll(() => source.textContent()).toContain('3 imported');
    // Reading it again finds nothing new.
    await source.getByRole('button', { name: `Read now Board agenda ${run}` }).click();
    await expect.poll(() => source.getByRole('status').textContent()).toBe('Read: 0 new, 0 updated.');

    await page.getByRole('link', { name: 'Agenda queue' }).click();
    const queued = cards(page, 'triage').filter({ hasText: `City board ${run}` });
    await expect.poll(() => queued.count()).toBe(3);
    const school = queued.filter({ hasText: 'Koulukuljetusten periaatteet' });
    await expect.poll(() => school.textContent()).toContain('Suggested topics: Education');
    expect(await school.getByRole('link', { name: 'The item in the source' }).getAttribute('href')).toBe(
      'https://paatokset.example.fi/dynasty/kokous/2026112/asia/6',
    );

    await school.getByRole('button', { name: /^Publish / }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toMatch(/^Published: .*Koulukuljetusten/);
    await expect.poll(() => queued.count()).toBe(2);
    const [alert] = await waitForMatching(representative, (mail) =>
      mail.subject.includes('Koulukuljetusten'),
    );
    expect(alert?.subject).toContain('Kaupunginhallitus 30.11.2026, § 6: Koulukuljetusten periaatteet');

    const lighting = queued.filter({ hasText: 'Katuvalaistuksen urakka' });
    await lighting.getByRole('button', { name: /^Dismiss / }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toMatch(/^Dismissed: .*Katuvalaistuksen/);
    await expect.poll(() => queued.count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
