import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';
import { makeCoordinator } from '../support/coordinator.ts';
import { emailsTo } from '../support/ses.ts';

const { baseUrl } = inject('runtime');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const open = (path: string) => openPage(browser, `${baseUrl}${path}`);

/** The code of the newest sign-in email to the address, once there are more than `seen`. */
async function signInCode(address: string, seen: number): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const found = (await emailsTo(address)).filter((email) => /sign-in code: \d{6}$/.test(email.subject));
    if (found.length > seen) return (found[found.length - 1]?.subject ?? '').slice(-6);
    if (Date.now() > deadline) throw new Error(`No sign-in code reached ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const codesSoFar = async (address: string) =>
  (await emailsTo(address)).filter((email) => /sign-in code: \d{6}$/.test(email.subject)).length;

/** A fetch with a session: signs in through the API as a person would, and keeps the cookie. */
async function signedInFetch(address: string) {
  const seen = await codesSoFar(address);
  const json = { 'content-type': 'application/json' };
  await fetch(`${baseUrl}/api/auth/code`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email: address, language: 'en' }),
  });
  const code = await signInCode(address, seen);
  const session = await fetch(`${baseUrl}/api/auth/session`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email: address, code }),
  });
  expect(session.status).toBe(200);
  const cookie = session.headers.get('set-cookie')?.split(';')[0] ?? '';
  return async (method: 'POST', path: string, body: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...json, cookie },
      body: JSON.stringify(body),
    });
    expect(response.status, await response.clone().text()).toBeLessThan(300);
    return response.json();
  };
}

describe('consultations in Chromium', () => {
  it('an officer drafts and publishes a consultation; anyone reads it, plain language first', async () => {
    const run = randomUUID().slice(0, 8);
    const coordinator = `coordinator-${run}@example.org`;
    const officer = `officer-${run}@example.org`;
    const title = `Library opening hours ${run}`;

    // The coordinator adds a body and makes the officer its officer.
    await makeCoordinator(coordinator);
    const asCoordinator = await signedInFetch(coordinator);
    const body = await asCoordinator('POST', '/api/bodies', {
      kind: 'board',
      municipality: 'Muurame',
      name: { fi: `Kulttuurilautakunta ${run}`, en: `Culture committee ${run}` },
      submissionEmail: `kirjaamo-${run}@example.org`,
    });
    await asCoordinator('POST', `/api/bodies/${body.id}/officers`, { email: officer, language: 'en' });

    // The officer signs in and drafts the consultation.
    const desk = await open('/sign-in');
    const page = desk.page;
    await page.getByLabel('Email address').fill(officer);
    const seen = await codesSoFar(officer);
    await page.getByRole('button', { name: 'Send a code' }).click();
    await page.getByLabel('Code').fill(await signInCode(officer, seen));
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => page.url()).toBe(`${baseUrl}/account`);
    await page.getByRole('link', { name: 'New consultation' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('New consultation');
    await page.getByLabel('Body').selectOption(body.id);
    await page.getByLabel('Kind').selectOption('consultation');
    await page.getByLabel('Original language').selectOption('en');
    await page.getByLabel('Title (in English)').fill(title);
    await page
      .getByLabel(/^Summary \(in English\)/)
      .fill('The committee proposes new opening hours.\n\nThey start in March.');
    await page
      .getByLabel('Plain-language summary (in English)')
      .fill('The library may open later. Tell us what you think.');
    await page.getByLabel('Culture and leisure').check();
    await page.getByLabel('Statement deadline').fill('2031-01-15T16:00');
    await page.getByLabel("Contact person's name").fill('Olli Officer');
    await page.getByRole('button', { name: 'Save the draft' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(title);
    await expect.poll(() => page.locator('.kicker .badge').textContent()).toBe('Draft');

    // It is published from its page.
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect
      .poll(() => page.locator('[role=status].notice').textContent())
      .toBe('The consultation was published.');
    expect(await page.locator('.kicker .badge').textContent()).toBe('Open');
    expect(desk.errors).toEqual([]);
    await page.context().close();

    // Anyone finds it in the public list and reads it: the plain-language summary comes first.
    const reader = await open('/consultations');
    const card = reader.page.locator('li.card', { hasText: title });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toContain(`Culture committee ${run}`);
    await card.getByRole('link', { name: title }).click();
    await expect.poll(() => reader.page.locator('h1').textContent()).toBe(title);
    await expect.poll(() => reader.page.locator('main h2').first().textContent()).toBe('In plain language');
    expect(await reader.page.locator('main h2').nth(1).textContent()).toBe('Summary');
    expect(await reader.page.locator('.plain-language p').textContent()).toBe(
      'The library may open later. Tell us what you think.',
    );
    expect(await reader.page.locator('section:has(#summary) p').allTextContents()).toEqual([
      'The committee proposes new opening hours.',
      'They start in March.',
    ]);
    expect(await reader.page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expect.poll(() => reader.page.locator('table.log tbody tr').count()).toBe(1);
    await reader.page.screenshot({ path: 'test/e2e/.screenshots/consultation.png', fullPage: true });
    expect(reader.errors).toEqual([]);
    await reader.page.context().close();
  });
});
