import { createHmac, randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';
import { waitForMatching } from '../support/ses.ts';
import { startSourceFixtures } from '../support/source-fixtures.ts';
import { approvedMember, boardWithOfficer, sessionCookie, signedInFetch } from './sessions.ts';

const { baseUrl } = inject('runtime');
let browser: Browser;
let fixtures: Awaited<ReturnType<typeof startSourceFixtures>>;

beforeAll(async () => {
  [browser, fixtures] = await Promise.all([launchBrowser(), startSourceFixtures()]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), fixtures?.stop()]);
});

const cards = (page: Page, section: string) =>
  page.locator(`section[aria-labelledby="${section}-heading"] li.card`);

/** A coordinator of a new board, and a page of the agenda sources signed in as them. */
async function sourcesPage(run: string) {
  const { asCoordinator, body, officer } = await boardWithOfficer('src-', run, {
    fi: `Lautakunta ${run}`,
    en: `Committee ${run}`,
  });
  const { page, errors } = await openPage(browser, `${baseUrl}/`);
  const [name, value] = (await sessionCookie(`src-coordinator-${run}@example.org`)).split('=') as [
    string,
    string,
  ];
  await page.context().addCookies([{ name, value, url: baseUrl }]);
  await page.goto(`${baseUrl}/coordinator?section=sources`);
  await expect.poll(() => page.getByRole('heading', { name: 'Agenda sources' }).count()).toBe(1);
  return { asCoordinator, body, officer, page, errors };
}

describe('agenda sources in Chromium', () => {
  it('the coordinator adds a source; it is polled, its items wait in the queue once each, and publishing one alerts', async () => {
    const run = randomUUID().slice(0, 8);
    const { body } = await boardWithOfficer('src-', run, {
      fi: `Kaupunginhallitus ${run}`,
      en: `City board ${run}`,
    });
    const coordinator = `src-coordinator-${run}@example.org`;
    const representative = `src-rep-${run}@example.org`;
    const organisation = await approvedMember(
      await signedInFetch(coordinator),
      `Agenda watchers ${run}`,
      representative,
    );
    const asRepresentative = await signedInFetch(representative);
    await asRepresentative('POST', `/api/organisations/${organisation.id}/subscriptions`, {
      bodies: [body.id],
      language: 'en',
      frequency: 'immediate',
    });

    const { page, errors } = await openPage(browser, `${baseUrl}/`);
    const [name, value] = (await sessionCookie(coordinator)).split('=') as [string, string];
    await page.context().addCookies([{ name, value, url: baseUrl }]);
    await page.goto(`${baseUrl}/coordinator?section=sources`);
    await expect.poll(() => page.getByRole('heading', { name: 'Agenda sources' }).count()).toBe(1);

    // Adding: the form names what is missing before it sends anything.
    await page.getByText('Add a source').click();
    await page.getByRole('button', { name: 'Add the source' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Name');
    await page.getByLabel(/^Body/).selectOption({ label: `City board ${run}` });
    await page.getByLabel(/^Name/).fill(`Board agenda ${run}`);
    await page.getByLabel('Address of the feed').fill(fixtures.url('/agenda.rss'));
    await page.getByLabel(/^Kind/).selectOption('rss');
    await page.getByRole('checkbox', { name: 'Education', exact: true }).check();
    await page.getByRole('button', { name: 'Add the source' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toBe(`Board agenda ${run} was added.`);
    const source = cards(page, 'sources').filter({ hasText: `Board agenda ${run}` });
    await expect.poll(() => source.textContent()).toContain('Not read yet');

    // The schedule polls it, as it would every few minutes.
    expect((await fetch(`${baseUrl}/_local/schedules/poll-sources`, { method: 'POST' })).status).toBe(200);
    await page.reload();
    await expect.poll(() => source.textContent()).toContain('3 items found');
    await expect.poll(() => source.textContent()).toContain('3 imported');
    // Reading it again finds nothing new.
    await source.getByRole('button', { name: `Read now Board agenda ${run}` }).click();
    await expect.poll(() => source.getByRole('status').textContent()).toBe('Read: 0 new, 0 updated.');

    await page.getByRole('link', { name: 'Agenda queue' }).click();
    const queued = cards(page, 'triage').filter({ hasText: `City board ${run}` });
    await expect.poll(() => queued.count()).toBe(3);
    const school = queued.filter({ hasText: 'Koulukuljetusten periaatteet' });
    await expect.poll(() => school.textContent()).toContain('Suggested topics: Education');
    expect(await school.getByRole('link', { name: 'The item in the source' }).getAttribute('href')).toBe(
      'https://paatokset.example.fi/dynasty/kokous/2026112/asia/6',
    );

    await school.getByRole('button', { name: /^Publish / }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toMatch(/^Published: .*Koulukuljetusten/);
    await expect.poll(() => queued.count()).toBe(2);
    const [alert] = await waitForMatching(representative, (mail) =>
      mail.subject.includes('Koulukuljetusten'),
    );
    expect(alert?.subject).toContain('Kaupunginhallitus 30.11.2026, § 6: Koulukuljetusten periaatteet');

    const lighting = queued.filter({ hasText: 'Katuvalaistuksen urakka' });
    await lighting.getByRole('button', { name: /^Dismiss / }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toMatch(/^Dismissed: .*Katuvalaistuksen/);
    await expect.poll(() => queued.count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('choosing a preset fills in its language and says what to paste; a known address suggests its preset; a preview reads the first items and saves nothing', async () => {
    const run = randomUUID().slice(0, 8);
    const { asCoordinator, page } = await sourcesPage(run);
    const sourcesBefore = (await asCoordinator('GET', '/api/sources')).items.length;
    await page.getByText('Add a source').click();
    const kind = page.getByLabel(/^Kind/);
    const language = page.getByLabel(/^Language of the source/);
    const hint = page.locator('#source-url-hint');
    const mapping = page.getByRole('group', { name: 'Fields of the JSON' });

    // The decision systems come first, then the generic feeds.
    expect(
      await kind
        .locator('option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)),
    ).toEqual([
      'dynasty',
      'ahjo',
      'kerrokantasi',
      'lausuntopalvelu',
      'kuntalaisaloite',
      'rss',
      'atom',
      'json',
    ]);
    await language.selectOption('en');
    await kind.selectOption('kerrokantasi');
    expect(await language.inputValue()).toBe('fi');
    await expect.poll(() => hint.textContent()).toContain('Kerrokantasi list of open hearings');
    expect(await hint.textContent()).toContain('https://kerrokantasi.api.hel.fi/v1/hearing/?open=true');
    expect(await mapping.count()).toBe(0);

    await kind.selectOption('lausuntopalvelu');
    await expect
      .poll(() => page.locator('form').last().textContent())
      .toContain('Each proposal goes to the body whose name is that of the ministry');
    await kind.selectOption('dynasty');
    expect(await hint.textContent()).toContain('/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30');

    // A pasted address of a known system suggests its preset.
    await kind.selectOption('rss');
    await page
      .getByLabel('Address of the feed')
      .fill('https://www.kuntalaisaloite.fi/api/v1/initiatives?municipality=179');
    await expect
      .poll(() => page.getByText('This looks like an address of Kuntalaisaloite.fi.').count())
      .toBe(1);
    await page.getByRole('button', { name: 'Use Kuntalaisaloite.fi' }).click();
    expect(await kind.inputValue()).toBe('kuntalaisaloite');
    expect(await page.getByText('This looks like an address of').count()).toBe(0);

    await kind.selectOption('json');
    await expect.poll(() => mapping.count()).toBe(1);

    // The preview reads the fixture feed, as adding it would, and shows what its drafts would say.
    await kind.selectOption('rss');
    await page.getByLabel('Address of the feed').fill(fixtures.url('/agenda.rss'));
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    const preview = page.getByRole('region', { name: 'Preview of the first items' });
    await expect
      .poll(() => preview.getByRole('status').textContent())
      .toBe('Items found: 3. Shown: 3. Nothing is saved by a preview.');
    const school = preview.locator('li.card').filter({ hasText: 'Koulukuljetusten periaatteet' });
    expect(await school.textContent()).toContain('KindUpcoming decision');
    expect(await school.textContent()).toContain('LanguagesFinnish');
    expect(await school.getByRole('link', { name: /^The item in the source/ }).getAttribute('href')).toBe(
      'https://paatokset.example.fi/dynasty/kokous/2026112/asia/6',
    );
    expect((await asCoordinator('GET', '/api/sources')).items.length).toBe(sourcesBefore);

    // A document that cannot be read is named in the reader's language.
    await page.getByLabel('Address of the feed').fill(fixtures.url('/broken.rss'));
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await expect
      .poll(() => preview.getByRole('alert').textContent())
      .toBe('The address could not be read: The address does not give well-formed XML.');
    await page.context().close();
  });

  it('the coordinator edits a source, enables its push hook (the secret shown once signs a call), and deletes it; its drafts stay in the queue', async () => {
    const run = randomUUID().slice(0, 8);
    const { asCoordinator, body, page, errors } = await sourcesPage(run);
    const name = `Agenda ${run}`;
    const created = await asCoordinator('POST', '/api/sources', {
      bodyId: body.id,
      name,
      url: fixtures.url('/agenda.rss'),
      kind: 'rss',
      topics: ['education'],
    });
    await asCoordinator('POST', `/api/sources/${created.id}/poll`, {});
    await page.reload();
    const card = cards(page, 'sources').filter({ hasText: name });

    // Editing: the form shows the source as it is; the changes are saved through PATCH.
    await card.getByRole('button', { name: `Edit ${name}` }).click();
    expect(await card.getByLabel(/^Name/).inputValue()).toBe(name);
    expect(await card.getByLabel(/^Kind/).inputValue()).toBe('rss');
    expect(await card.getByLabel('Address of the feed').inputValue()).toBe(fixtures.url('/agenda.rss'));
    expect(await card.getByRole('checkbox', { name: 'Education', exact: true }).isChecked()).toBe(true);
    await card.getByLabel(/^Name/).fill(`${name} (muokattu)`);
    await card.getByLabel(/^Read every \(minutes\)/).fill('120');
    await card.getByRole('checkbox', { name: 'Transport', exact: true }).check();
    await card.getByRole('button', { name: 'Save the changes' }).click();
    await expect
      .poll(() => card.getByRole('status').textContent())
      .toBe(`The changes to ${name} (muokattu) are saved.`);
    await expect.poll(() => card.textContent()).toContain('Read every 120 min');
    const edited = await asCoordinator('GET', `/api/sources/${created.id}`);
    expect([edited.name, edited.everyMinutes, edited.topics]).toEqual([
      `${name} (muokattu)`,
      120,
      ['education', 'transport'],
    ]);

    // The push hook: the secret is shown once, with how to sign a call; a call signed with it reads the source.
    await card.getByText(/^Push hook: off/).click();
    await card.getByRole('button', { name: `Enable the push hook ${name} (muokattu)` }).click();
    const secret = (await card.locator('p.hash').textContent({ timeout: 5000 })) ?? '';
    expect(secret.length).toBeGreaterThan(20);
    const how = (await card.locator('pre.hash').textContent()) ?? '';
    expect(how).toContain(`/api/sources/${created.id}/hook`);
    expect(how).toContain('X-Kaiutin-Timestamp');
    expect(how).toContain('X-Kaiutin-Signature: sha256=');
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = createHmac('sha256', secret).update(`${timestamp}.{}`).digest('hex');
    const hooked = await fetch(`${baseUrl}/api/sources/${created.id}/hook`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-kaiutin-timestamp': timestamp,
        'x-kaiutin-signature': `sha256=${signature}`,
      },
      body: '{}',
    });
    expect(hooked.status).toBe(200);
    await page.reload();
    await card.getByText(/^Push hook: on/).click();
    expect(await card.textContent()).toContain('On since');
    expect(await card.locator('p.hash').count()).toBe(0);
    // Renewing asks first, then shows a new secret.
    await card.getByRole('button', { name: `Renew the secret ${name} (muokattu)` }).click();
    expect(await card.locator('.confirm-question').textContent()).toContain(
      'The old one stops working at once.',
    );
    await card.locator('form.confirm').getByRole('button', { name: 'Renew the secret' }).click();
    await expect.poll(() => card.locator('p.hash').count()).toBe(1);
    expect(await card.locator('p.hash').textContent()).not.toBe(secret);
    await card.getByRole('button', { name: `Disable the push hook ${name} (muokattu)` }).click();
    await expect
      .poll(() => card.getByRole('status').textContent())
      .toBe(`The push hook of ${name} (muokattu) is off.`);
    expect((await asCoordinator('GET', `/api/sources/${created.id}`)).hook).toBeUndefined();

    // Deleting asks first and says the drafts stay.
    await card.getByRole('button', { name: `Delete ${name} (muokattu)` }).click();
    expect(await card.locator('.confirm-question').textContent()).toBe(
      `Delete ${name} (muokattu)? It is no longer read. The drafts it imported stay in the agenda queue, to publish or dismiss.`,
    );
    await card.getByRole('button', { name: 'Delete the source' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toBe(`${name} (muokattu) was deleted. Its drafts stay in the agenda queue.`);
    await expect.poll(() => card.count()).toBe(0);
    await page.getByRole('link', { name: 'Agenda queue' }).click();
    await expect
      .poll(() =>
        cards(page, 'triage')
          .filter({ hasText: `Committee ${run}` })
          .count(),
      )
      .toBe(3);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a failing source's error is named in the reader's language", async () => {
    const run = randomUUID().slice(0, 8);
    const { asCoordinator, body, page } = await sourcesPage(run);
    const name = `Unreachable ${run}`;
    const created = await asCoordinator('POST', '/api/sources', {
      bodyId: body.id,
      name,
      url: 'http://127.0.0.1:9/agenda.rss',
      kind: 'rss',
      topics: ['education'],
    });
    await asCoordinator('POST', `/api/sources/${created.id}/poll`, {});
    await page.reload();
    const warning = cards(page, 'sources').filter({ hasText: name }).locator('.warning');
    await expect
      .poll(() => warning.textContent())
      .toContain('The server at the address could not be reached, or it did not answer in time.');
    // Said by the app, not the server's English passed through.
    expect(await warning.locator('[lang="en"]').count()).toBe(0);
    await page.locator('label.language select').selectOption('fi');
    await expect
      .poll(() => warning.textContent())
      .toContain('Osoitteen palvelimeen ei saatu yhteyttä, tai se ei vastannut ajoissa.');
    await page.context().close();
  });

  it('a draft shows when its meeting is, in Finnish time', async () => {
    const run = randomUUID().slice(0, 8);
    const { body, officer, page } = await sourcesPage(run);
    const asOfficer = await signedInFetch(officer);
    const draft = await asOfficer('POST', '/api/consultations', {
      bodyId: body.id,
      kind: 'initiative',
      originalLanguage: 'fi',
      texts: { fi: { title: `Aloite ${run}`, summary: 'Uimahalli auki sunnuntaisin.' } },
      topics: ['culture-leisure'],
      decisionDate: '2026-12-14',
      meetingAt: '2026-12-14T14:00:00Z',
      contact: { name: 'Olli Officer', email: officer },
    });
    await page.goto(`${baseUrl}/consultations/${draft.id}`);
    const facts = page.locator('dl.meta');
    await expect.poll(() => facts.textContent()).toMatch(/MeetingDecember 14, 2026 at 4:00\sPM/);
    expect(await facts.textContent()).toContain("KindResidents' initiative");
    await page.context().close();
  });
});
