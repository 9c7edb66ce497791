import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { makeCoordinator } from '../support/coordinator.ts';
import { consentedPeerLeader } from '../support/peers.ts';
import { waitForMatching } from '../support/ses.ts';
import { mailedLink } from './mailed-links.ts';
import { approvedMember, sessionCookie, signedInFetch } from './sessions.ts';

const { baseUrl } = inject('runtime');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A browser in English on `path`, signed in as the address if one is given; with its console errors. */
async function pageAt(email: string | undefined, path: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: 'en-GB' });
  if (email) {
    const [name, value] = (await sessionCookie(email)).split('=') as [string, string];
    await context.addCookies([{ name, value, url: baseUrl }]);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseUrl}${path}`);
  return { page, errors };
}

const notice = (page: Page) => page.locator('[role=status].notice').first().textContent();

describe('finding and asking a peer leader in Chromium', () => {
  it('a representative finds a leader by language and asks; the leader accepts from the emailed link; the representative is mailed their contact', async () => {
    const run = randomUUID().slice(0, 8);
    const coordinator = `peers-coordinator-${run}@example.org`;
    await makeCoordinator(coordinator);
    const representative = `peers-rep-${run}@example.org`;
    const org = await approvedMember(await signedInFetch(coordinator), `Peers ${run}`, representative);
    const municipality = `Kunta-${run}`;
    const leader = await consentedPeerLeader({
      languages: ['ti'],
      municipalities: [municipality],
      name: `Senait ${run}`,
    });

    // The representative searches by language (Tigrinya, by its code) and municipality, and asks.
    const { page, errors } = await pageAt(representative, '/peer-leaders');
    await page.locator('#peer-search-language').fill('ti');
    await page.locator('#peer-search-municipality').fill(municipality);
    await page.getByRole('button', { name: 'Search' }).click();
    const card = page.locator('.peer-cards li', { hasText: leader.name });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).not.toContain('@');
    await card.getByText('Ask for this peer leader').click();
    await card.getByLabel('What for (required)').fill('A Tigrinya-speaking mothers’ group.');
    await card.getByLabel('When (required)').fill('Tuesdays this autumn');
    await card.getByRole('button', { name: 'Send the request' }).click();
    await expect.poll(() => notice(page)).toContain(`The request was sent to ${leader.name}`);

    // The leader opens the emailed link, signed out: the page asks, and a button answers.
    const link = await mailedLink(leader.email, '/peer-requests/');
    const answer = await pageAt(undefined, link.slice(baseUrl.length));
    await expect.poll(() => answer.page.locator('dl.facts').textContent()).toContain(org.name);
    await answer.page.getByRole('button', { name: 'Yes, I can' }).click();
    await expect.poll(() => notice(answer.page)).toContain('You said yes');

    // The representative's mail now holds the leader's contact, and the leader's the representative's.
    const [toRep] = await waitForMatching(
      representative,
      (m) => m.body.text?.includes(leader.email) ?? false,
    );
    expect(toRep?.subject).toContain(leader.name);
    const [toLeader] = await waitForMatching(
      leader.email,
      (m) => m.body.text?.includes(representative) ?? false,
    );
    expect(toLeader?.subject).toContain(org.name);

    // The organisation's list shows the answer.
    await page.goto(`${baseUrl}/organisations/${org.id}/peer-requests`);
    await expect.poll(() => page.locator('ul.list').textContent()).toContain('Accepted');
    expect(errors).toEqual([]);
    expect(answer.errors).toEqual([]);
  });
});
