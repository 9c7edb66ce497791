import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';
import { waitForMatching } from '../support/ses.ts';
import { approvedMember, boardWithOfficer, codesSoFar, signedInFetch, signInCode } from './sessions.ts';

const { baseUrl } = inject('runtime');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A new browser (its own cookies) signed in on the sign-in page, as a person would; then on `path`. */
async function signedInPage(email: string, path: string) {
  const opened = await openPage(browser, `${baseUrl}/sign-in`);
  const { page } = opened;
  await page.getByLabel('Email address').fill(email);
  const seen = await codesSoFar(email);
  await page.getByRole('button', { name: 'Send a code' }).click();
  await page.getByLabel('Code').fill(await signInCode(email, seen));
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect.poll(() => page.url()).toBe(`${baseUrl}/desk`);
  await page.goto(`${baseUrl}${path}`);
  return opened;
}

const heading = (page: Page) => page.locator('h1').textContent();

describe('joint statements in Chromium', () => {
  it('a statement is drafted, co-signed by two organisations, submitted, acknowledged and answered on the public record', async () => {
    const run = randomUUID().slice(0, 8);
    const title = `Joint statement on school meals ${run}`;

    // A body with an officer and a registry address, as the coordinator sets it up.
    const { asCoordinator, body, officer, registry } = await boardWithOfficer('', run, {
      fi: `Kasvatus- ja opetuslautakunta ${run}`,
      en: `Education committee ${run}`,
    });

    // Three member organisations, each with a representative.
    const member = (label: string) =>
      approvedMember(
        asCoordinator,
        `${label} association ${run}`,
        `${label.toLowerCase()}-${run}@example.org`,
      );
    const [a, b, c] = [await member('Alpha'), await member('Beta'), await member('Gamma')];

    // The officer publishes a consultation.
    const asOfficer = await signedInFetch(officer);
    const consultation = await asOfficer('POST', '/api/consultations', {
      bodyId: body.id,
      kind: 'consultation',
      originalLanguage: 'en',
      texts: { en: { title: `School meals ${run}`, summary: 'The committee proposes a new menu.' } },
      topics: ['education'],
      statementDeadline: '2031-01-15T16:00:00Z',
      contact: { name: 'Olli Officer', email: officer },
    });
    await asOfficer('POST', `/api/consultations/${consultation.id}/publish`, {});

    // A's representative drafts the statement on the consultation's page, with a live preview.
    const lead = await signedInPage(a.representative, `/consultations/${consultation.id}`);
    const page = lead.page;
    await page.getByText('Draft a joint statement').click();
    await page.getByLabel('Title (required)', { exact: true }).fill(title);
    await page
      .getByLabel('Text of the statement (required)')
      .fill('We support the new menu.\n\nWe ask for halal and vegetarian options every day.');
    const preview = page.locator('section.preview');
    await expect
      .poll(() => preview.locator('.prose p').allTextContents())
      .toEqual(['We support the new menu.', 'We ask for halal and vegetarian options every day.']);
    await page.getByRole('button', { name: 'Save the draft' }).click();
    await expect.poll(() => heading(page)).toBe(title);
    const statementUrl = page.url();
    expect(statementUrl).toMatch(/\/statements\/[\w-]+$/);
    await expect.poll(() => page.locator('.kicker .badge').textContent()).toBe('Draft');

    // It is opened for co-signing, until a moment before the consultation's deadline.
    await page.getByLabel('Co-signing closes').fill('2031-01-10T12:00');
    await page.getByRole('button', { name: 'Open for co-signing' }).click();
    await expect
      .poll(() => page.locator('[role=status].notice').textContent())
      .toBe('The statement is open for co-signing.');
    expect(await page.locator('.kicker .badge').textContent()).toBe('Open for co-signing');

    // B signs with its standing mandate, C with its board's decision; each sees the version signed.
    const signers = [
      { org: b, decision: false },
      { org: c, decision: true },
    ];
    for (const { org, decision } of signers) {
      const signer = await signedInPage(org.representative, new URL(statementUrl).pathname);
      const cosign = signer.page.locator('section[aria-labelledby=cosign]');
      await expect
        .poll(() => cosign.locator('strong').first().textContent())
        .toBe('You are signing version 1 of the text above.');
      if (decision) {
        await cosign.getByLabel('A decision of the board or a meeting').check();
        await cosign.getByLabel('Date of the decision').fill('2026-11-10');
        await cosign.getByLabel('Who decided (optional)').fill('The board');
      }
      await cosign.getByRole('button', { name: `Sign version 1 for ${org.name}` }).click();
      await expect
        .poll(() => cosign.locator('[role=status].notice').textContent())
        .toBe(`${org.name} signed version 1.`);
      expect(signer.errors).toEqual([]);
      await signer.page.context().close();
    }

    // A submits with its own mandate (it has not signed itself), and reads the record.
    await page.reload();
    const submit = page.locator('section[aria-labelledby=statement-submit]');
    await expect
      .poll(() => submit.locator('p').first().textContent())
      .toBe(
        `The statement is delivered to Education committee ${run} as version 1. Signatories: 3, your organisation included.`,
      );
    await submit.getByRole('button', { name: 'Submit the statement' }).click();
    await expect
      .poll(() => page.locator('[role=status].notice').textContent())
      .toContain('The statement was submitted.');
    await page
      .locator('.notice')
      .getByRole('link', { name: 'Read the public record of the submission' })
      .click();
    await expect.poll(() => page.url()).toMatch(/\/submissions\/[\w-]+$/);
    const recordUrl = page.url();
    const hash = (await page.locator('pre.hash').textContent()) ?? '';
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await page.locator('ol.signatories li').allTextContents()).toEqual([
      expect.stringContaining(`${a.name} (lead) · Standing mandate`),
      expect.stringContaining(`${b.name} · Standing mandate`),
      expect.stringContaining(`${c.name} · Decision of The board, November 10, 2026`),
    ]);
    // The lead organisation sees where it was emailed.
    await expect.poll(() => page.getByRole('heading', { name: 'Deliveries' }).count()).toBe(1);

    // The registry's email names all three organisations and carries the same hash.
    const [delivered] = await waitForMatching(registry, (mail) => (mail.body.text ?? '').includes(title));
    const text = delivered?.body.text ?? '';
    for (const org of [a, b, c]) expect(text).toContain(org.name);
    expect(text).toContain(hash);
    expect(text).toContain(`/bodies/${body.id}/inbox`);

    // The officer finds the inbox from the account page, acknowledges with a record number, answers.
    const desk = await signedInPage(officer, '/account');
    await desk.page.getByRole('link', { name: /^Inbox/ }).click();
    await expect.poll(() => heading(desk.page)).toBe(`Inbox: Education committee ${run}`);
    const card = desk.page.locator('li.card', { hasText: title });
    await card.getByLabel('Record number (optional)').fill(`JKL/${run}/2026`);
    await card.getByRole('button', { name: 'Acknowledge receipt' }).click();
    await expect
      .poll(() => card.locator('[role=status].notice').first().textContent())
      .toContain('Receipt was acknowledged.');
    await card.getByLabel('Outcome').selectOption('partly');
    await card
      .getByLabel('Explanation')
      .fill('Vegetarian options are added every day.\n\nHalal meals twice a week.');
    await card.getByLabel('Link to the decision').fill('https://www.jyvaskyla.fi/paatokset/school-meals');
    await card.getByRole('button', { name: 'Save the answer' }).click();
    await expect
      .poll(() => card.locator('[role=status].notice').last().textContent())
      .toBe('The answer was recorded.');
    expect(await card.locator('.kicker .badge').textContent()).toBe('Answered');
    await desk.page.screenshot({ path: 'test/e2e/.screenshots/statement-inbox.png', fullPage: true });
    expect(desk.errors).toEqual([]);
    await desk.page.context().close();

    // A's representative sees the answer on the statement's page and on the record.
    await page.goto(statementUrl);
    const answer = page.locator('.answer');
    await expect.poll(() => answer.locator('strong').textContent()).toBe('Partly taken into account');
    expect(await answer.locator('.prose p').allTextContents()).toEqual([
      'Vegetarian options are added every day.',
      'Halal meals twice a week.',
    ]);
    await page.goto(recordUrl);
    await expect.poll(() => page.locator('.answer strong').textContent()).toBe('Partly taken into account');
    expect(lead.errors).toEqual([]);
    await page.context().close();

    // Anyone reads the answer and the same hash on the consultation's page and on the record.
    const reader = await openPage(browser, `${baseUrl}/consultations/${consultation.id}`);
    const record = reader.page.locator('section[aria-labelledby=submissions]');
    const submitted = record.locator('li.card', { hasText: title });
    await expect.poll(() => submitted.locator('code.hash-inline').textContent()).toBe(hash);
    expect(await submitted.locator('.answer strong').textContent()).toBe('Partly taken into account');
    expect(await submitted.textContent()).toContain(`Record number: JKL/${run}/2026`);
    for (const org of [a, b, c]) expect(await submitted.textContent()).toContain(org.name);
    await reader.page.screenshot({
      path: 'test/e2e/.screenshots/statement-consultation.png',
      fullPage: true,
    });
    await submitted.getByRole('link', { name: title }).click();
    await expect.poll(() => heading(reader.page)).toBe(title);
    await expect.poll(() => reader.page.locator('pre.hash').textContent()).toBe(hash);
    expect(await reader.page.locator('.answer strong').textContent()).toBe('Partly taken into account');
    expect(await reader.page.getByRole('link', { name: 'Read the decision' }).getAttribute('href')).toBe(
      'https://www.jyvaskyla.fi/paatokset/school-meals',
    );
    // Where it was emailed is not for the public.
    expect(await reader.page.getByRole('heading', { name: 'Deliveries' }).count()).toBe(0);
    await reader.page.screenshot({ path: 'test/e2e/.screenshots/submission.png', fullPage: true });
    expect(reader.errors).toEqual([]);
    await reader.page.context().close();
  });
});
