import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';
import { focused, tabTo } from './keyboard-focus.ts';
import { approvedMember, boardWithOfficer, codesSoFar, signedInFetch, signInCode } from './sessions.ts';

const { baseUrl } = inject('runtime');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('with the keyboard only, in Chromium', () => {
  it('a representative signs in and co-signs a statement for its organisation', async () => {
    const run = randomUUID().slice(0, 8);
    const { asCoordinator, body, officer } = await boardWithOfficer('kb-', run, {
      fi: `Lautakunta ${run}`,
      en: `Committee ${run}`,
    });
    const asOfficer = await signedInFetch(officer);
    const consultation = await asOfficer('POST', '/api/consultations', {
      bodyId: body.id,
      kind: 'consultation',
      originalLanguage: 'en',
      texts: { en: { title: `Library hours ${run}`, summary: 'Longer opening hours.' } },
      topics: ['education'],
      statementDeadline: '2031-01-15T16:00:00Z',
      contact: { name: 'Olli Officer', email: officer },
    });
    await asOfficer('POST', `/api/consultations/${consultation.id}/publish`, {});
    const lead = await approvedMember(
      asCoordinator,
      `kb-lead association ${run}`,
      `kb-lead-${run}@example.org`,
    );
    const signer = await approvedMember(
      asCoordinator,
      `kb-signer association ${run}`,
      `kb-signer-${run}@example.org`,
    );
    const asLead = await signedInFetch(lead.representative);
    const statement = await asLead('POST', `/api/consultations/${consultation.id}/statements`, {
      organisationId: lead.id,
      language: 'en',
      title: `Open on Sundays ${run}`,
      body: 'We ask the library to open on Sundays.',
    });
    await asLead('POST', `/api/statements/${statement.id}/open`, { cosignDeadline: '2031-01-10T12:00:00Z' });

    // Signing in: every field reached with Tab, every action taken with Enter or Space.
    const { page, errors } = await openPage(browser, `${baseUrl}/sign-in`);
    await tabTo(page, 'Email address');
    await page.keyboard.type(signer.representative);
    const seen = await codesSoFar(signer.representative);
    await page.keyboard.press('Enter');
    const code = await signInCode(signer.representative, seen);
    // The page announces where the code went, with focus on that message; the code field is next.
    await expect.poll(() => focused(page)).toContain(signer.representative);
    await tabTo(page, 'Code');
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toBe(`${baseUrl}/desk`);

    // The statement's page (its address typed in), then through the page to the co-signing form.
    await page.goto(`${baseUrl}/statements/${statement.id}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Open on Sundays ${run}`);
    // Tab enters the mandate's radio group at its choice; the arrow keys change it.
    await tabTo(page, 'Standing mandate');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focused(page)).toBe('A decision of the board or a meeting');
    // A date field takes its parts in the order of the browser's locale, each moving on to the
    // next; the 11th of November reads the same day-first or month-first.
    await tabTo(page, 'Date of the decision');
    await page.keyboard.type('11112026');
    await tabTo(page, `Sign version 1 for ${signer.name}`);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[role=status].notice').textContent())
      .toBe(`${signer.name} signed version 1.`);
    expect(errors).toEqual([]);

    const signed = await asLead('GET', `/api/statements/${statement.id}`);
    expect(signed.signatures).toMatchObject([
      { organisationId: signer.id, mandate: { kind: 'decision', decidedOn: '2026-11-11' }, current: true },
    ]);
  });
});
