import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';
import { sessionCookie } from './sessions.ts';

const { baseUrl } = inject('runtime');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const open = (locale: string) => openPage(browser, baseUrl, locale);

describe('the web app in Chromium', () => {
  it("renders the home page in the browser's language, Finnish for a Finnish browser", async () => {
    const { page, errors } = await open('fi-FI');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Vaikuta ajoissa');
    expect(await page.getAttribute('html', 'lang')).toBe('fi');
    expect(await page.locator('nav').getAttribute('aria-label')).toBe('Päävalikko');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('switches to Arabic, right to left, and remembers the choice', async () => {
    const { page, errors } = await open('en-GB');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Be heard in time');
    await page.getByLabel('Language').selectOption('ar');
    await expect.poll(() => page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    await page.screenshot({ path: 'test/e2e/.screenshots/home-ar.png', fullPage: true });
    await page.reload();
    await expect.poll(() => page.getAttribute('html', 'dir')).toBe('rtl');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('navigates to the status page, moves focus to its heading, and shows that the API answers', async () => {
    const { page, errors } = await open('en-GB');
    await page.getByRole('link', { name: 'Service status' }).click();
    await expect.poll(() => page.url()).toBe(`${baseUrl}/status`);
    await expect.poll(() => page.locator('[role=status]').textContent()).toContain('The service is working');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.locator('a[aria-current=page]').textContent()).toBe('Service status');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a not-found page for an unknown address', async () => {
    const { page } = await open('en-GB');
    await page.goto(`${baseUrl}/no/such/page`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Page not found');
    await page.context().close();
  });

  it('says a consultation or statement that does not exist was not found, and shows the way back', async () => {
    const { page } = await open('en-GB');
    for (const [path, heading] of [
      ['/consultations/no-such-consultation', 'Consultation not found'],
      ['/statements/no-such-statement', 'Statement not found'],
    ]) {
      await page.goto(`${baseUrl}${path}`);
      await expect.poll(() => page.locator('h1').textContent()).toBe(heading);
      await expect
        .poll(() => page.locator('main a[href="/consultations"]').textContent())
        .toBe('All consultations');
      expect(await page.locator('main [role=alert]').count()).toBe(0);
    }
    await page.context().close();
  });
});

describe('the unsubscribe page behind the link in alert emails', () => {
  it('asks to confirm, and says plainly when a link is incomplete or not valid', async () => {
    const incomplete = await open('en-GB');
    await incomplete.page.goto(`${baseUrl}/unsubscribe`);
    await expect
      .poll(() => incomplete.page.locator('main p').textContent())
      .toBe('This link is incomplete. Use the link in the latest alert.');
    await incomplete.page.context().close();

    const { page } = await open('en-GB');
    await page.goto(`${baseUrl}/unsubscribe?o=org&s=sub&t=${'A'.repeat(43)}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Stop alerts');
    await page.getByRole('button', { name: 'Stop alerts' }).click();
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain('This link is not valid. Use the link in the latest email.');
    await page.context().close();
  });
});

describe("a signed-in person's language", () => {
  it("outranks the browser's, follows the switcher, and reaches the person's other devices", async () => {
    const address = `polyglot-${Date.now()}@example.org`;
    const [name, value] = (await sessionCookie(address)).split('=') as [string, string];
    const withSession = async (locale: string) => {
      const context = await browser.newContext({ locale });
      await context.addCookies([{ name, value, url: baseUrl }]);
      const page = await context.newPage();
      await page.goto(baseUrl);
      return page;
    };
    const preference = async () =>
      (await (await fetch(`${baseUrl}/api/session`, { headers: { cookie: `${name}=${value}` } })).json()).me
        .language;
    const saved = await fetch(`${baseUrl}/api/me`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie: `${name}=${value}` },
      body: JSON.stringify({ language: 'so' }),
    });
    expect(saved.status).toBe(200);

    const phone = await withSession('en-GB');
    await expect.poll(() => phone.getAttribute('html', 'lang')).toBe('so');
    await expect.poll(() => phone.locator('h1').textContent()).not.toBe('Be heard in time');
    await phone.locator('.language select').selectOption('sv');
    await expect.poll(preference).toBe('sv');
    await phone.context().close();

    const laptop = await withSession('ar');
    await expect.poll(() => laptop.getAttribute('html', 'lang')).toBe('sv');
    await laptop.context().close();

    const signedOut = await openPage(browser, baseUrl, 'ar');
    await expect.poll(() => signedOut.page.getAttribute('html', 'lang')).toBe('ar');
    await signedOut.page.context().close();
  });
});

describe('a field the API refuses', () => {
  it("is explained in the reader's language, next to the field", async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}/apply`, 'fi-FI');
    const run = Date.now();
    await page.locator('#apply-organisationName').fill(`Kielikerho ${run}`);
    await page.locator('#apply-municipalities').fill('Jyväskylä');
    await page.locator('#apply-languages').fill('fi, somali');
    await page.locator('#apply-description').fill('Läksykerho.');
    await page.locator('#apply-contact-name').fill('Aino Esimerkki');
    await page.locator('#apply-contact-email').fill(`aino-${run}@example.org`);
    await page.locator('#apply-representatives').fill(`aino-${run}@example.org`);
    await page.locator('#apply-acceptedPrinciplesVersion').check();
    await page.locator('form button[type=submit]').click();
    const summary = page.locator('.error-summary');
    await expect
      .poll(() => summary.textContent())
      .toContain('Käytä kaksi- tai kolmikirjaimisia kielikoodeja, esimerkiksi fi tai so.');
    expect(await summary.textContent()).not.toContain('Use a two- or three-letter');
    expect(await summary.locator('a').first().getAttribute('href')).toBe('#apply-languages');
    expect(errors.filter((error) => !error.includes('400'))).toEqual([]);
    await page.context().close();
  });
});
