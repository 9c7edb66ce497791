import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';
import { makeCoordinator } from '../support/coordinator.ts';
import { emailsTo, type StoredEmail } from '../support/ses.ts';

const { baseUrl } = inject('runtime');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const open = (path: string) => openPage(browser, `${baseUrl}${path}`);

/** The newest sign-in email to the address (English: the browser asks in its UI language). */
async function signInEmail(address: string): Promise<StoredEmail> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const found = (await emailsTo(address)).filter((email) => /sign-in code: \d{6}$/.test(email.subject));
    if (found.length > 0) return found[found.length - 1] as StoredEmail;
    if (Date.now() > deadline) throw new Error(`No sign-in code reached ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('membership in Chromium', () => {
  it('an organisation applies, the coordinator approves it, its representative signs in and manages it', async () => {
    const run = randomUUID().slice(0, 8);
    const name = `E2E Association ${run}`;
    const representative = `rep-${run}@example.org`;
    const coordinator = `coordinator-${run}@example.org`;

    // The organisation applies.
    const applicant = await open('/apply');
    const form = applicant.page;
    await form.getByLabel('Name of the organisation').fill(name);
    await form.getByLabel('Municipalities').fill('Jyväskylä, Muurame');
    await form.locator('#apply-languages').fill('fi, so');
    await form.getByLabel('Education', { exact: true }).check();
    await form.getByLabel('Description of its activities').fill('Homework club and peer support.');
    await form.getByLabel("Contact person's name").fill('Erkki Esimerkki');
    await form.getByLabel("Contact person's email address").fill(`contact-${run}@example.org`);
    await form.getByLabel("Representatives' email addresses").fill(representative);
    await form.getByLabel(/I accept the network's goals and principles/).check();
    await form.getByRole('button', { name: 'Send the application' }).click();
    await expect
      .poll(() => form.locator('[role=status]').textContent())
      .toContain('The application was received');
    expect(applicant.errors).toEqual([]);
    await form.context().close();

    // The coordinator signs in with the code from the email and approves the application.
    await makeCoordinator(coordinator);
    const desk = await open('/sign-in');
    await desk.page.getByLabel('Email address').fill(coordinator);
    await desk.page.getByRole('button', { name: 'Send a code' }).click();
    const code = (await signInEmail(coordinator)).subject.slice(-6);
    await desk.page.getByLabel('Code').fill(code);
    await desk.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => desk.page.url()).toBe(`${baseUrl}/desk`);
    await desk.page.getByText('Your workspaces').click();
    await desk.page.getByRole('link', { name: 'Coordinator', exact: true }).first().click();
    const card = desk.page.locator('li.card', { hasText: name });
    await card.getByRole('button', { name: `Approve ${name}` }).click();
    await expect
      .poll(() => desk.page.locator('[role=status]').first().textContent())
      .toContain('was approved');
    expect(desk.errors).toEqual([]);
    await desk.page.context().close();

    // The representative asks for a code, then follows the link in the email, which carries it.
    const rep = await open('/sign-in');
    await rep.page.getByLabel('Email address').fill(representative);
    await rep.page.getByRole('button', { name: 'Send a code' }).click();
    await expect.poll(() => rep.page.locator('[role=status]').textContent()).toContain('We sent a code');
    const link = (await signInEmail(representative)).body.text?.match(/http\S+\/sign-in\?\S+/)?.[0];
    expect(link).toBeDefined();
    await rep.page.goto(link as string);
    await expect.poll(() => rep.page.getByLabel('Code').inputValue()).toMatch(/^\d{6}$/);
    await rep.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => rep.page.url()).toBe(`${baseUrl}/desk`);
    await rep.page.getByText('Your workspaces').click();
    await rep.page.getByRole('link', { name }).click();
    await expect.poll(() => rep.page.locator('h1').textContent()).toBe(name);
    const representatives = rep.page.locator('section', {
      has: rep.page.getByRole('heading', { name: 'Representatives' }),
    });
    await expect.poll(() => representatives.locator('ul').textContent()).toContain(representative);
    expect(await rep.page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await rep.page.screenshot({ path: 'test/e2e/.screenshots/membership-organisation.png', fullPage: true });
    expect(rep.errors).toEqual([]);
    await rep.page.context().close();
  });
});
