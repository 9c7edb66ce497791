import { randomUUID } from 'node:crypto';
import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';
import { makeCoordinator } from '../support/coordinator.ts';
import { waitForMatching } from '../support/ses.ts';
import { signedInFetch } from './sessions.ts';

const { baseUrl } = inject('runtime');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const open = (path: string) => openPage(browser, `${baseUrl}${path}`);

/** The first link in the email's text body to a page of the web app. */
const linkTo = (text: string | undefined, page: string) =>
  new RegExp(`https?://\\S+/${page}\\?\\S+`).exec(text ?? '')?.[0] ?? '';

describe('alerts by email for anyone outside the network, in Chromium', () => {
  it('a person subscribes, confirms with the emailed link, is alerted, and stops the alerts from the alert', async () => {
    const run = randomUUID().slice(0, 8);
    const person = `resident-${run}@example.org`;
    const officer = `officer-${run}@example.org`;
    const committee = `Youth committee ${run}`;

    // A body with an officer, as the coordinator sets it up.
    const coordinator = `coordinator-${run}@example.org`;
    await makeCoordinator(coordinator);
    const asCoordinator = await signedInFetch(coordinator);
    const body = await asCoordinator('POST', '/api/bodies', {
      kind: 'board',
      municipality: 'Jämsä',
      name: { fi: `Nuorisolautakunta ${run}`, en: committee },
      submissionEmail: `kirjaamo-${run}@example.org`,
    });
    await asCoordinator('POST', `/api/bodies/${body.id}/officers`, { email: officer, language: 'en' });
    const asOfficer = await signedInFetch(officer);
    const publish = async (title: string) => {
      const drafted = await asOfficer('POST', '/api/consultations', {
        bodyId: body.id,
        kind: 'hearing',
        originalLanguage: 'en',
        texts: { en: { title, summary: 'The youth centre may open on Sundays.' } },
        topics: ['culture-leisure'],
        statementDeadline: '2031-03-01T12:00:00Z',
        contact: { name: 'Olli Officer', email: officer },
      });
      await asOfficer('POST', `/api/consultations/${drafted.id}/publish`, {});
      return drafted.id as string;
    };

    // The home page leads anyone to the form.
    const visit = await open('/');
    const page = visit.page;
    await page.getByRole('link', { name: 'Get alerts by email' }).click();
    await expect.poll(() => page.url()).toBe(`${baseUrl}/subscribe`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Get alerts by email');

    // Without an address the form says what is missing, beside the field and in the summary.
    await page.getByRole('button', { name: 'Subscribe' }).click();
    const summary = page.locator('.error-summary');
    await expect.poll(() => summary.textContent()).toContain('Email address for the alerts: Fill this in.');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    const email = page.getByLabel('Email address for the alerts');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.field.invalid .field-error').textContent()).toBe('Error: Fill this in.');

    // The alerts come in the UI language and immediately unless chosen otherwise.
    await email.fill(person);
    await page.getByLabel(committee).check();
    expect(await page.getByLabel('Language of the alerts').inputValue()).toBe('en');
    expect(await page.getByLabel('Immediately').isChecked()).toBe(true);
    // Waiting for a translation is a choice of immediate alerts only; its hours show once chosen.
    const waitHours = page.locator('input[name="waitHours"]');
    expect(await waitHours.count()).toBe(0);
    await page.locator('input[name="delivery"][value="wait"]').check();
    expect(await waitHours.count()).toBe(1);
    await page.getByLabel('Weekly digest').check();
    expect(await page.locator('input[name="delivery"]').count()).toBe(0);
    expect(await waitHours.count()).toBe(0);
    await page.getByLabel('Immediately').check();
    expect(await page.locator('input[name="delivery"][value="now"]').isChecked()).toBe(true);
    await page.screenshot({ path: 'test/e2e/.screenshots/subscribe.png', fullPage: true });
    await page.getByRole('button', { name: 'Subscribe' }).click();
    const notice = page.locator('[role=status].notice');
    await expect.poll(() => notice.textContent()).toContain('Check your inbox');
    expect(await notice.textContent()).toContain(`We sent a confirmation link to ${person}`);
    expect(await notice.textContent()).toContain('within 7 days');

    // The confirmation email's link opens a page that confirms only when asked: mail scanners open links.
    const [confirmation] = await waitForMatching(person, (mail) =>
      (mail.body.text ?? '').includes('/subscriptions/confirm?'),
    );
    expect(confirmation?.subject).toBe('Confirm your Kaiutin alerts');
    const confirmLink = linkTo(confirmation?.body.text, 'subscriptions/confirm');
    const confirmPosts: Request[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/confirm')) confirmPosts.push(request);
    });
    await page.goto(confirmLink);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Confirm your alerts');
    const confirm = page.getByRole('button', { name: 'Confirm the subscription' });
    await confirm.waitFor();
    expect(confirmPosts).toEqual([]);
    await confirm.click();
    await expect
      .poll(() => page.locator('[role=status].notice').textContent())
      .toBe(`Thank you! The subscription is confirmed. From now on, the alerts go to ${person}.`);
    expect(confirmPosts).toHaveLength(1);
    const facts = page.locator('dl.meta');
    await expect.poll(() => facts.textContent()).toContain(committee);
    expect(await facts.textContent()).toContain('English');
    expect(await facts.textContent()).toContain('Immediately');
    await page.screenshot({ path: 'test/e2e/.screenshots/subscription-confirmed.png', fullPage: true });

    // The body publishes; the person is alerted.
    const title = `Youth centre on Sundays ${run}`;
    const id = await publish(title);
    const [alert] = await waitForMatching(person, (mail) => mail.subject.includes(title));
    expect(alert?.subject).toContain(title);
    expect(alert?.body.text).toContain(`/consultations/${id}`);

    // The alert's visible link stops the alerts; it names no organisation.
    const stopLink = linkTo(alert?.body.text, 'unsubscribe');
    expect(new URL(stopLink).searchParams.has('o')).toBe(false);
    expect(alert?.body.html).toContain(stopLink.replaceAll('&', '&amp;'));
    await page.goto(stopLink);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Stop alerts');
    await page.getByRole('button', { name: 'Stop alerts' }).click();
    await expect
      .poll(() => page.locator('[role=status].notice').textContent())
      .toContain('The subscription has ended.');
    expect(await page.getByRole('link', { name: 'Get alerts by email' }).getAttribute('href')).toBe(
      '/subscribe',
    );
    expect(visit.errors).toEqual([]);
    await page.context().close();

    // It has ended: the next publication finds no one to alert.
    const next = await publish(`Youth centre in summer ${run}`);
    await expect
      .poll(async () => (await asOfficer('GET', `/api/consultations/${next}/alerts`)).versions.length, {
        timeout: 15_000,
      })
      .toBe(1);
    expect((await asOfficer('GET', `/api/consultations/${next}/alerts`)).total).toMatchObject({
      recipients: 0,
      digest: 0,
    });
  });

  it('says plainly when a confirmation link is incomplete or not valid', async () => {
    const { page } = await open('/subscriptions/confirm?id=only-an-id');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Confirm your alerts');
    await expect
      .poll(() => page.locator('main p').first().textContent())
      .toBe('This link is incomplete. Use the link in the confirmation email.');
    expect(await page.getByRole('button', { name: 'Confirm the subscription' }).count()).toBe(0);

    await page.goto(`${baseUrl}/subscriptions/confirm?id=no-such-subscription&t=${'A'.repeat(43)}`);
    await page.getByRole('button', { name: 'Confirm the subscription' }).click();
    await expect
      .poll(() => page.locator('.error-summary').textContent())
      .toContain('This link is not valid. Use the link in the latest email.');
    expect(await page.getByRole('link', { name: 'Subscribe again' }).getAttribute('href')).toBe('/subscribe');
    await page.context().close();
  });
});
