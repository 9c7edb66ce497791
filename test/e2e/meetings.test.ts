import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
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

/** A browser signed in as the address (its session cookie set), in English, on `path`; with its console errors. */
async function signedInPage(email: string, path: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: 'en-GB' });
  const [name, value] = (await sessionCookie(email)).split('=') as [string, string];
  await context.addCookies([{ name, value, url: baseUrl }]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseUrl}${path}`);
  return { page, errors };
}

/** Texts with Intl's thin and narrow no-break spaces written as plain ones. */
const spaced = (texts: string[]) => texts.map((text) => text.replace(/\s/g, ' '));

const notice = (page: Page) => page.locator('[role=status].notice').textContent();

describe('meetings in Chromium', () => {
  it('the coordinator starts a series with a host rotation; a representative of the host drafts a meeting with its agenda, ticks the checklist and publishes it', async () => {
    const run = randomUUID().slice(0, 8);
    const coordinator = `meetings-coordinator-${run}@example.org`;
    await makeCoordinator(coordinator);
    const asCoordinator = await signedInFetch(coordinator);
    const alpha = await approvedMember(asCoordinator, `Alpha ${run}`, `meetings-alpha-${run}@example.org`);
    const beta = await approvedMember(asCoordinator, `Beta ${run}`, `meetings-beta-${run}@example.org`);
    const seriesName = `Regional network ${run}`;

    // The coordinator starts a series: Beta, then Alpha added, and Alpha moved up to host first.
    const desk = await signedInPage(coordinator, '/coordinator?section=series');
    const { page } = desk;
    await page.getByText('Start a series').click();
    const create = page.locator('details.panel').first();
    await create.getByLabel('Name (required)').fill(seriesName);
    const add = create.getByLabel('Add to the rotation');
    for (const org of [beta, alpha]) {
      await add.selectOption({ label: org.name });
      await create.getByRole('button', { name: 'Add', exact: true }).click();
    }
    await create.getByRole('button', { name: `Move up ${alpha.name}` }).click();
    // Focus follows the organisation moved, so the keyboard can keep moving it.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(`Move down ${alpha.name}`);
    await create.getByRole('button', { name: 'Start the series' }).click();
    await expect.poll(() => notice(page)).toBe(`Started: ${seriesName}.`);
    const card = page.locator('li.card', { hasText: seriesName });
    await expect
      .poll(() => card.locator('p.muted').textContent())
      .toBe(`Hosts in turn: ${alpha.name} and ${beta.name}`);
    const { items } = await asCoordinator('GET', '/api/meeting-series');
    const series = items.find((s: { name: string }) => s.name === seriesName);
    expect(series.rotation.map((r: { organisationId: string }) => r.organisationId)).toEqual([
      alpha.id,
      beta.id,
    ]);
    expect(desk.errors).toEqual([]);

    // Alpha's representative drafts the meeting: Alpha's turn is next, so it is the proposed host.
    const host = await signedInPage(alpha.representative, '/meetings');
    const rep = host.page;
    await rep.getByRole('link', { name: 'New meeting' }).click();
    await expect.poll(() => rep.locator('h1').textContent()).toBe('New meeting');
    await rep.getByLabel('Series (required)').selectOption({ label: seriesName });
    const hostSelect = rep.getByLabel('Host organisation (required)');
    await expect
      .poll(() => hostSelect.locator('option:checked').textContent())
      .toBe(`${alpha.name} (next turn)`);
    const title = `Spring meeting ${run}`;
    await rep.getByLabel('Title (required)', { exact: true }).fill(title);
    await rep.getByLabel('Theme', { exact: true }).fill('Housing and the first year in a new municipality.');
    await rep.getByLabel('Start date', { exact: true }).fill('2031-03-12');
    await rep.getByLabel('Start time (required)').fill('10:00');
    await rep.getByLabel('End time', { exact: true }).fill('13:00');
    await rep.getByLabel('Address', { exact: true }).fill('Kauppakatu 1, Jyväskylä');
    await rep.getByLabel('Directions', { exact: true }).fill('Second floor, lift by the entrance.');
    await rep.getByLabel('Places (required)').fill('40');

    // Two agenda items; each shows when it runs, in Helsinki clock time from the start (as English writes it).
    await rep.getByRole('button', { name: 'Add an agenda item' }).click();
    await expect.poll(() => rep.evaluate(() => document.activeElement?.id)).toBe('meeting-agenda-0-title');
    await rep.keyboard.type('News from the organisations');
    await rep.locator('#meeting-agenda-0-kind').selectOption('news-round');
    await rep.locator('#meeting-agenda-0-minutes').fill('30');
    await rep.getByRole('button', { name: 'Add an agenda item' }).click();
    await rep.locator('#meeting-agenda-1-title').fill('Housing advice in Jyväskylä');
    await rep.locator('#meeting-agenda-1-presenter').fill('Aino Asuntoneuvoja');
    await rep.locator('#meeting-agenda-1-minutes').fill('45');
    const runs = async () => spaced(await rep.locator('.agenda-row legend .agenda-time').allTextContents());
    await expect.poll(runs).toEqual(['10:00 – 10:30 AM', '10:30 – 11:15 AM']);
    // Moved up, the presentation starts the meeting and the news round follows it.
    await rep.getByRole('button', { name: 'Move item 2 up' }).click();
    await expect.poll(runs).toEqual(['10:00 – 10:45 AM', '10:45 – 11:15 AM']);
    expect(await rep.locator('#meeting-agenda-0-title').inputValue()).toBe('Housing advice in Jyväskylä');
    expect(await rep.locator('.agenda-total').textContent()).toBe('The agenda in all: 75 minutes');

    await rep.getByLabel('Date and place agreed').check();
    await rep.getByLabel('Agenda or theme ready').check();
    await rep.getByRole('button', { name: 'Save the draft' }).click();
    await expect.poll(() => rep.locator('h1').textContent()).toBe(title);
    const meetingId = new URL(rep.url()).pathname.split('/').at(-1) as string;
    expect(await rep.locator('.kicker .badge').textContent()).toBe('Draft');
    expect(spaced(await rep.locator('ol.agenda .agenda-time').allTextContents())).toEqual([
      '10:00 – 10:45 AM',
      '10:45 – 11:15 AM',
    ]);
    expect(await rep.locator('ul.checklist li').allTextContents()).toEqual([
      '✓ Date and place agreed: done',
      '○ Room and coffee booked: not yet',
      '✓ Agenda or theme ready: done',
      '○ Invitations sent: not yet',
    ]);

    // The rest of the checklist is ticked in the editor, then the meeting is published.
    await rep.getByRole('link', { name: 'Edit the meeting' }).click();
    await rep.getByLabel('Room and coffee booked').check();
    await rep.getByLabel('Invitations sent').check();
    await rep.getByRole('button', { name: 'Save the changes' }).click();
    await expect.poll(() => rep.locator('ul.checklist li.done').count()).toBe(4);
    await rep.getByRole('button', { name: 'Publish and invite' }).click();
    expect(await rep.locator('.confirm-question').textContent()).toContain(`Publish “${title}”?`);
    await rep.getByRole('button', { name: 'Yes, publish and invite' }).click();
    await expect.poll(() => notice(rep)).toBe('Published. The invitations are on their way.');
    expect(await rep.locator('.kicker .badge').count()).toBe(0);

    const published = await asCoordinator('GET', `/api/meetings/${meetingId}`);
    expect(published).toMatchObject({
      status: 'published',
      hostOrganisationId: alpha.id,
      place: { address: 'Kauppakatu 1, Jyväskylä', directions: 'Second floor, lift by the entrance.' },
      capacity: 40,
      checklist: { datePlace: true, roomCoffee: true, agenda: true, invitations: true },
      agenda: [
        {
          title: 'Housing advice in Jyväskylä',
          kind: 'presentation',
          minutes: 45,
          presenter: 'Aino Asuntoneuvoja',
        },
        { title: 'News from the organisations', kind: 'news-round', minutes: 30 },
      ],
    });
    // 10.00 in Helsinki in March is 08.00 UTC (EET, +02:00).
    expect(Date.parse(published.startsAt)).toBe(Date.parse('2031-03-12T08:00:00Z'));
    expect(Date.parse(published.endsAt)).toBe(Date.parse('2031-03-12T11:00:00Z'));

    // The public list shows it, filtered by its series, with its places.
    await rep.goto(`${baseUrl}/meetings?series=${series.id}`);
    const listed = rep.locator('li.meeting-card', { hasText: title });
    await expect.poll(() => listed.count()).toBe(1);
    expect(spaced(await listed.locator('dd').allTextContents())).toEqual([
      'Wednesday, March 12, 2031, 10:00 AM – 1:00 PM',
      'Kauppakatu 1, Jyväskylä',
      alpha.name,
      '40 places left (40 in all)',
    ]);
    expect(
      await rep
        .getByRole('link', { name: 'Add the meetings to your calendar (iCalendar)' })
        .getAttribute('href'),
    ).toBe(`/api/feeds/meetings.ics?series=${series.id}`);
    expect(host.errors).toEqual([]);
  }, 120_000);
});
