import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { principles } from '#shared/membership/principles.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import { makeCoordinator } from '../support/coordinator.ts';
import { waitForMatching } from '../support/ses.ts';
import { codesSoFar, signedInFetch, signInCode } from './sessions.ts';

const { baseUrl } = inject('runtime');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const open = (path: string) => openPage(browser, `${baseUrl}${path}`);

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

    // A member organisation follows the body: its representative subscribes it to immediate alerts.
    const representative = `rep-${run}@example.org`;
    const applied = await fetch(`${baseUrl}/api/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        organisationName: `Library friends ${run}`,
        municipalities: ['Muurame'],
        languages: ['fi', 'en'],
        topics: ['culture-leisure'],
        description: 'Reading circles in many languages.',
        contact: { name: 'Rita Representative', email: representative, language: 'en' },
        representatives: [representative],
        acceptedPrinciplesVersion: principles.version,
      }),
    });
    expect(applied.status).toBe(201);
    const organisation = await asCoordinator(
      'POST',
      `/api/applications/${(await applied.json()).id}/approve`,
      {},
    );
    const asRepresentative = await signedInFetch(representative);
    await asRepresentative('POST', `/api/organisations/${organisation.id}/subscriptions`, {
      bodies: [body.id],
      language: 'en',
      frequency: 'immediate',
    });

    // The officer signs in and drafts the consultation.
    const desk = await open('/sign-in');
    const page = desk.page;
    await page.getByLabel('Email address').fill(officer);
    const seen = await codesSoFar(officer);
    await page.getByRole('button', { name: 'Send a code' }).click();
    await page.getByLabel('Code').fill(await signInCode(officer, seen));
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => page.url()).toBe(`${baseUrl}/desk`);
    await page.goto(`${baseUrl}/account`);
    await page.getByRole('link', { name: 'New consultation' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('New consultation');
    await page.getByLabel('Body').selectOption(body.id);
    await page.getByLabel('Kind').selectOption('consultation');
    await page.getByLabel('Original language').selectOption('en');
    await page.getByLabel('Title (in English)').fill(title);
    await page
      .getByLabel(/^Summary \(in English\)/)
      .fill(
        'The committee proposes **new opening hours**.\n\nThey start in March: [the draft](https://example.org/draft), [not this](javascript:alert(1))',
      );
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

    // The organisation that follows the body is alerted, in the language it chose.
    const [alert] = await waitForMatching(representative, (mail) => mail.subject.includes(title));
    expect(alert?.subject).toContain(title);

    // The officer reads how many were alerted; pending goes down as alerts go out, so they refresh.
    const figures = page.locator('section', { has: page.getByRole('heading', { name: 'Alerts sent' }) });
    const totals = async () => {
      const headers = await figures.locator('thead th').allTextContents();
      const cells = await figures.locator('tfoot tr').locator('th, td').allTextContents();
      return Object.fromEntries(headers.map((header, i) => [header, cells[i]]));
    };
    await expect
      .poll(
        async () => {
          const alerted = (await totals()).Alerted;
          if (alerted !== '1') await figures.getByRole('button', { name: 'Refresh the figures' }).click();
          return alerted;
        },
        { timeout: 15_000 },
      )
      .toBe('1');
    expect(await totals()).toMatchObject({ Version: 'Total', Recipients: '1', Pending: '0', Failed: '0' });
    expect(await figures.locator('caption').textContent()).toBe('Alerts by version');
    expect(await figures.locator('tbody th[scope=row]').allTextContents()).toEqual(['Version 1: published']);
    await page.screenshot({ path: 'test/e2e/.screenshots/consultation-alerts.png', fullPage: true });
    expect(desk.errors).toEqual([]);
    await page.context().close();

    // The alert's own link ends the organisation's subscription and points back to its page.
    const stopLink = /https?:\/\/\S+\/unsubscribe\?\S+/.exec(alert?.body.text ?? '')?.[0] ?? '';
    expect(new URL(stopLink).searchParams.get('o')).toBe(organisation.id);
    const inbox = await openPage(browser, stopLink);
    await inbox.page.getByRole('button', { name: 'Stop alerts' }).click();
    await expect
      .poll(() => inbox.page.locator('[role=status].notice').textContent())
      .toContain('The subscription has ended.');
    expect(
      await inbox.page.getByRole('link', { name: 'your organisation’s page' }).getAttribute('href'),
    ).toBe(`/organisations/${organisation.id}`);
    expect(inbox.errors).toEqual([]);
    await inbox.page.context().close();

    // Anyone finds it in the public list and reads it: the plain-language summary comes first.
    const reader = await open('/consultations');
    const alertRequests: string[] = [];
    reader.page.on('request', (request) => {
      if (request.url().includes('/alerts')) alertRequests.push(request.url());
    });
    const card = reader.page.locator('li.card', { hasText: title });
    await expect.poll(() => card.count()).toBe(1);
    // The body's name comes with the bodies, which may load after the list.
    await expect.poll(() => card.textContent()).toContain(`Culture committee ${run}`);
    await card.getByRole('link', { name: title }).click();
    await expect.poll(() => reader.page.locator('h1').textContent()).toBe(title);
    await expect.poll(() => reader.page.locator('main h2').first().textContent()).toBe('In plain language');
    expect(await reader.page.locator('main h2').nth(1).textContent()).toBe('Summary');
    expect(await reader.page.locator('.plain-language p').textContent()).toBe(
      'The library may open later. Tell us what you think.',
    );
    // Its simple markdown is rendered (the renderer is a chunk of its own), safely: bold, an http(s)
    // link, and no link that is not http(s).
    await expect.poll(() => reader.page.locator('section:has(#summary) strong').count()).toBe(1);
    expect(await reader.page.locator('section:has(#summary) p').allTextContents()).toEqual([
      'The committee proposes new opening hours.',
      'They start in March: the draft, not this',
    ]);
    expect(await reader.page.locator('section:has(#summary) strong').textContent()).toBe('new opening hours');
    const draftLink = reader.page.locator('section:has(#summary) a');
    expect(await draftLink.getAttribute('href')).toBe('https://example.org/draft');
    expect(await draftLink.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await reader.page.locator('section:has(#summary) a').count()).toBe(1);
    expect(await reader.page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expect.poll(() => reader.page.locator('table.log tbody tr').count()).toBe(1);
    // The alert figures are the officers' and the coordinator's: a reader neither sees nor asks for them.
    expect(await reader.page.getByRole('heading', { name: 'Alerts sent' }).count()).toBe(0);
    expect(alertRequests).toEqual([]);
    await reader.page.screenshot({ path: 'test/e2e/.screenshots/consultation.png', fullPage: true });
    expect(reader.errors).toEqual([]);
    await reader.page.context().close();
  });
});
