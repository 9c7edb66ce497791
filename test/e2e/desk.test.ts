import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';
import { boardWithOfficer, codesSoFar, signedInFetch, signInCode } from './sessions.ts';

const { baseUrl } = inject('runtime');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('the desk in Chromium', () => {
  it("is where signing in lands, and the navigation's workspaces reach an officer's inbox by keyboard", async () => {
    const run = randomUUID().slice(0, 8);
    const bodyName = `Desk committee ${run}`;
    const { body, officer } = await boardWithOfficer('desk-', run, {
      fi: `Työpöytälautakunta ${run}`,
      en: bodyName,
    });
    const draftTitle = `Library hours ${run}`;
    const asOfficer = await signedInFetch(officer);
    const draft = await asOfficer('POST', '/api/consultations', {
      bodyId: body.id,
      kind: 'consultation',
      originalLanguage: 'en',
      texts: { en: { title: draftTitle, summary: 'New opening hours.' } },
      topics: ['education'],
      contact: { name: 'Olli Officer', email: officer },
    });

    const { page, errors } = await openPage(browser, `${baseUrl}/sign-in`);
    await page.getByLabel('Email address').fill(officer);
    const seen = await codesSoFar(officer);
    await page.getByRole('button', { name: 'Send a code' }).click();
    await page.getByLabel('Code').fill(await signInCode(officer, seen));
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => page.url()).toBe(`${baseUrl}/desk`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Your desk');

    // The body's section: its drafts, counted in the heading, each a link.
    const section = page.locator('section.desk-role', { has: page.getByRole('heading', { name: bodyName }) });
    await expect
      .poll(() => section.getByRole('heading', { level: 3 }).allTextContents())
      .toEqual(['Consultation drafts (1)']);
    expect(await section.getByRole('link', { name: draftTitle }).getAttribute('href')).toBe(
      `/consultations/${draft.id}`,
    );

    // The workspaces menu opens with Enter and its links are reached with Tab: the body, then its inbox.
    await page.locator('details.workspaces > summary').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe(bodyName);
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe(`Inbox: ${bodyName}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toBe(`${baseUrl}/bodies/${body.id}/inbox`);
    // The page that opened closes the menu once it has drawn.
    await expect.poll(() => page.locator('details.workspaces').getAttribute('open')).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
