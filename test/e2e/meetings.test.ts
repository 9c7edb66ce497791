import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { makeCoordinator } from '../support/coordinator.ts';
import { waitForSubject } from '../support/ses.ts';
import { linkIn } from './mailed-links.ts';
import { approvedMember, sessionCookie, signedInFetch } from './sessions.ts';

const { baseUrl } = inject('runtime');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A browser in English on `path`, signed in as the address if one is given (its session cookie set); with its console errors. */
async function pageAt(email: string | undefined, path: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: 'en-GB' });
  if (email) {
    const [name, value] = (await sessionCookie(email)).split('=') as [string, string];
    await context.addCookies([{ name, value, url: baseUrl }]);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error')
      errors.push(`${message.text()} ${new URL(message.location().url).pathname}`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseUrl}${path}`);
  return { page, errors };
}

/** Texts with Intl's thin and narrow no-break spaces written as plain ones. */
const spaced = (texts: string[]) => texts.map((text) => text.replace(/\s/g, ' '));

const notice = (page: Page) => page.locator('[role=status].notice').textContent();

describe('meetings in Chromium', () => {
  it('the coordinator starts a series with a host rotation; the host drafts and publishes a meeting; someone registers and confirms by email; after the meeting the chair runs the news round by keyboard, the host publishes the minutes with a decision and the next meeting agreed, and its host finds the next draft', async () => {
    const run = randomUUID().slice(0, 8);
    const coordinator = `meetings-coordinator-${run}@example.org`;
    await makeCoordinator(coordinator);
    const asCoordinator = await signedInFetch(coordinator);
    const alpha = await approvedMember(asCoordinator, `Alpha ${run}`, `meetings-alpha-${run}@example.org`);
    const beta = await approvedMember(asCoordinator, `Beta ${run}`, `meetings-beta-${run}@example.org`);
    const seriesName = `Regional network ${run}`;

    // The coordinator starts a series: Beta, then Alpha added, and Alpha moved up to host first.
    const desk = await pageAt(coordinator, '/coordinator?section=series');
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
    const host = await pageAt(alpha.representative, '/meetings');
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

    // A participant who is no member registers on the public page and confirms from the emailed link.
    const participant = `meetings-participant-${run}@example.org`;
    const gamma = `Gamma ${run}`;
    const visitor = await pageAt(undefined, `/meetings/${meetingId}`);
    const guest = visitor.page;
    await guest.getByLabel('Name (required)').fill('Pia Participant');
    await guest.getByLabel('Email (required)').fill(participant);
    await guest.getByLabel('Organisation (optional)').fill(gamma);
    await guest.getByLabel('Language of the emails').selectOption('en');
    await guest.getByRole('button', { name: 'Register' }).click();
    await expect.poll(() => notice(guest)).toContain(participant);
    const confirmMail = await waitForSubject(participant, `Confirm your registration: ${title}`);
    await guest.goto(linkIn(confirmMail?.body.text, `/meetings/${meetingId}/registration?act=confirm`));
    await expect.poll(() => guest.locator('h1').textContent()).toBe('Confirm your registration');
    await guest.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => notice(guest)).toBe('You have a place at the meeting.');
    await guest.getByRole('link', { name: 'To the meeting’s page' }).click();
    await expect
      .poll(() => guest.locator('.registration > p').first().textContent())
      .toBe('1 / 40 places, 0 waiting');
    expect(visitor.errors).toEqual([]);

    // It was held: its host moves it into the past (the API takes a published meeting's new time).
    const asHost = await signedInFetch(alpha.representative);
    const hour = 3_600_000;
    await asHost('PATCH', `/api/meetings/${meetingId}`, {
      startsAt: new Date(Date.now() - 3 * hour).toISOString(),
      endsAt: new Date(Date.now() - hour).toISOString(),
    });

    // The chair runs the news round by keyboard alone: the registered organisation, then one added.
    await rep.goto(`${baseUrl}/meetings/${meetingId}`);
    await rep.getByRole('link', { name: 'Run the news round' }).click();
    // The title is isolated by invisible marks (FSI … PDI), so that it keeps its order in a right-to-left heading.
    await expect
      .poll(async () => (await rep.locator('h1').textContent())?.replace(/[\u2068\u2069]/g, ''))
      .toBe(`News round: ${title}`);
    const current = () => rep.locator('#news-round-current').textContent();
    const clock = () => rep.locator('.news-round-clock').textContent();
    expect(await current()).toBe(gamma);
    expect(await clock()).toBe('03:00');
    const tabTo = async (selector: string, key = 'Tab') => {
      for (let i = 0; i < 30; i++) {
        if (await rep.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
        await rep.keyboard.press(key);
      }
      throw new Error(`${key} never reached ${selector}`);
    };
    await tabTo('input[name=organisation]');
    await rep.keyboard.type(alpha.name);
    await rep.keyboard.press('Enter');
    await expect.poll(() => rep.locator('.news-round-turn > p').first().textContent()).toBe('Turn 1 of 2');
    // Back to the controls; the shortcuts work on them too: the start button, then S on it.
    await tabTo('.news-round-controls button:first-child', 'Shift+Tab');
    await rep.keyboard.press('Enter');
    await expect.poll(clock).not.toBe('03:00');
    expect(await rep.locator('.news-round-controls button').first().textContent()).toBe('Pause');
    await rep.keyboard.press('s');
    await expect.poll(() => rep.locator('.news-round-spoken').textContent()).toBe('Has spoken');
    // F shows the turn alone on the whole screen, for the projector, and F again leaves it.
    await rep.keyboard.press('f');
    await expect
      .poll(() => rep.evaluate(() => document.fullscreenElement?.className))
      .toBe('news-round-turn');
    await rep.keyboard.press('f');
    await expect.poll(() => rep.evaluate(() => document.fullscreenElement === null)).toBe(true);
    await rep.keyboard.press('n');
    await expect.poll(current).toBe(alpha.name);
    // A screen reader hears whose turn it is.
    expect(await rep.locator('.news-round-turn [aria-live]').textContent()).toBe(
      `Turn 2 of 2: ${alpha.name}`,
    );
    expect(await clock()).toBe('03:00');
    expect(await rep.locator('.news-round-turn > p').first().textContent()).toBe('Turn 2 of 2');
    expect(await rep.locator('ol.news-round-order li').allTextContents()).toEqual([
      `${gamma} – Has spoken`,
      alpha.name,
    ]);
    const round = await asHost('GET', `/api/meetings/${meetingId}/news-round`);
    expect(round.turns).toEqual([
      { organisation: gamma, spoken: true },
      { organisation: alpha.name, spoken: false },
    ]);

    // The host writes the minutes with a decision, then publishes them with the next meeting agreed.
    await rep.getByRole('link', { name: 'Back to the meeting' }).click();
    await rep
      .getByLabel('Minutes (required)')
      .fill('The organisations told their news.\n\nHousing advice was presented.');
    await rep.getByRole('button', { name: 'Add a decision' }).click();
    await rep.getByLabel('Decision 1').fill('The network writes a joint statement on housing advice.');
    await rep.getByRole('button', { name: 'Save the draft' }).click();
    await expect.poll(() => notice(rep)).toBe('The draft of the minutes is saved.');
    const nextHostSelect = rep.getByLabel('Host of the next meeting');
    // Beta hosts next: the rotation's turn after Alpha.
    expect(await nextHostSelect.locator('option:checked').textContent()).toBe(beta.name);
    await rep.getByLabel('Starts (Helsinki time)').fill('2031-09-17T10:00');
    await rep.getByLabel('Ends (Helsinki time)').fill('2031-09-17T13:00');
    await rep.getByRole('button', { name: 'Publish the minutes' }).click();
    // Beta's representatives and the coordinator plan the next meeting: Alpha's is told where it went.
    await expect
      .poll(() => notice(rep))
      .toBe(
        `The minutes are published. The next meeting's draft is with the representatives of ${beta.name} and the coordinator: they plan it and send the invitations.`,
      );
    expect(await rep.locator('section[aria-labelledby=minutes-heading] p').allTextContents()).toContain(
      'Housing advice was presented.',
    );
    expect(await rep.locator('section[aria-labelledby=minutes-heading] ol li').allTextContents()).toEqual([
      'The network writes a joint statement on housing advice.',
    ]);
    expect(await rep.locator('.kicker .badge').textContent()).toBe('Minutes published');

    // Beta's representative finds the next meeting's draft among the drafts: Beta hosts, the previous meeting linked.
    const closed = await asHost('GET', `/api/meetings/${meetingId}`);
    expect(closed.status).toBe('closed');
    // The next draft is Beta's to plan: its id is not shown to the host who closed, only to its planners.
    expect(closed.nextMeetingId).toBeUndefined();
    const { nextMeetingId } = await asCoordinator('GET', `/api/meetings/${meetingId}`);
    const next = await pageAt(beta.representative, '/meetings?when=drafts');
    const nextCard = next.page.locator('li.meeting-card').filter({ hasText: beta.name });
    await expect.poll(() => nextCard.count()).toBe(1);
    await nextCard.getByRole('link').first().click();
    await expect.poll(() => new URL(next.page.url()).pathname).toBe(`/meetings/${nextMeetingId}`);
    expect(await next.page.locator('.kicker .badge').textContent()).toBe('Draft');
    expect(spaced(await next.page.locator('dl.meta dd').allTextContents()).slice(0, 3)).toEqual([
      'Wednesday, September 17, 2031, 10:00 AM – 1:00 PM',
      beta.name,
      '40 places left (40 in all)',
    ]);
    await next.page.getByRole('link', { name: 'The previous meeting' }).click();
    await expect.poll(() => next.page.locator('h1').textContent()).toBe(title);
    expect(next.errors).toEqual([]);
    // The one answer the host's browser logs (on each visit before the draft was saved): the minutes asked for before any was written (404).
    expect([...new Set(host.errors)]).toEqual([
      `Failed to load resource: the server responded with a status of 404 (Not Found) /api/meetings/${meetingId}/minutes`,
    ]);
  }, 180_000);
});
