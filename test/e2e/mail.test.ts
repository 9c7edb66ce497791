import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';
import { makeCoordinator } from '../support/coordinator.ts';
import { emailsTo, waitForSubject } from '../support/ses.ts';
import { undeliveredNotice } from './outbox.ts';
import { sessionCookie } from './sessions.ts';

const { baseUrl } = inject('runtime');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('undelivered mail in Chromium', () => {
  it('the coordinator sees a message given up on, sends it again, and it leaves the list and is delivered', async () => {
    const run = randomUUID().slice(0, 8);
    const coordinator = `mail-coordinator-${run}@example.org`;
    const recipient = `mail-given-up-${run}@example.org`;
    const retrying = `mail-retrying-${run}@example.org`;
    const subject = `A notice given up on ${run}`;
    await makeCoordinator(coordinator);
    await undeliveredNotice(
      'exhausted',
      `e2e#${run}`,
      recipient,
      subject,
      'Throttling: Maximum sending rate exceeded.',
    );
    await undeliveredNotice(
      'failed',
      `e2e#${run}#failing`,
      retrying,
      `Still tried ${run}`,
      'Service unavailable',
    );
    expect(await emailsTo(recipient)).toEqual([]);

    const { page, errors } = await openPage(browser, `${baseUrl}/`);
    const [name, value] = (await sessionCookie(coordinator)).split('=') as [string, string];
    await page.context().addCookies([{ name, value, url: baseUrl }]);
    await page.goto(`${baseUrl}/coordinator`);
    await page.getByRole('link', { name: 'Undelivered mail' }).click();
    await expect.poll(() => page.url()).toBe(`${baseUrl}/coordinator?section=mail`);
    await expect.poll(() => page.getByRole('heading', { name: 'Undelivered mail' }).count()).toBe(1);

    const givenUp = page.locator('section[aria-labelledby="mail-exhausted"] li.card');
    const card = givenUp.filter({ hasText: recipient });
    await expect.poll(() => card.count()).toBe(1);
    const facts = await card.locator('dd').allTextContents();
    expect(facts.slice(0, 3)).toEqual(['Notice', 'Given up', '8']);
    expect(facts[4]).toBe('Throttling: Maximum sending rate exceeded.');

    // One still on the retry schedule is shown among those still tried, with nothing to press.
    const stillTried = page
      .locator('section[aria-labelledby="mail-failing"] li.card')
      .filter({ hasText: retrying });
    await expect.poll(() => stillTried.count()).toBe(1);
    expect(await stillTried.locator('dd').nth(1).textContent()).toBe('Failed, will be tried again');
    expect(await stillTried.getByRole('button').count()).toBe(0);

    await card.getByRole('button', { name: `Send again ${recipient}` }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toBe(`The message to ${recipient} is being sent again.`);
    await expect.poll(() => card.count()).toBe(0);
    expect((await waitForSubject(recipient, subject))?.subject).toBe(subject);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
