import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inParallel } from '#shared/concurrency.ts';
import { CONSENT_VERSION } from '#shared/peers/facts.ts';
import type { TranslatableKind, TranslationMark } from '#shared/translations/facts.ts';
import { readSubject, type TranslatableSubject } from '#shared/translations/subjects.ts';
import { launchBrowser } from '../support/browser.ts';
import { consentedPeerLeader } from '../support/peers.ts';
import { newClientAddress } from '../support/people.ts';
import { runtimeStore } from '../support/runtime-store.ts';
import { publishTranslationItem } from '../support/translations.ts';
import { makeTranslator } from '../support/translators.ts';
import { mailedLink } from './mailed-links.ts';
import { undeliveredNotice } from './outbox.ts';
import { approvedMember, boardWithOfficer, type Call, sessionCookie, signedInFetch } from './sessions.ts';

const { baseUrl } = inject('runtime');
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const rules = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let browser: Browser;
/**
 * Pages to check, each for whom: anyone, or a person signed in with this cookie; `open` brings the
 * page to a state it does not show on loading (a form opened, a preview read).
 */
let pages: { path: string; cookie?: string; state?: string; open?: (page: Page) => Promise<void> }[];

/** The sources page with the form to add one open: a preset chosen, and an address of another system pasted. */
async function addingSource(page: Page) {
  await page.locator('details.panel > summary').last().click();
  await page.locator('#source-kind').selectOption('kerrokantasi');
  await page.locator('#source-url').fill('https://kunta.oncloudos.com/cgi/DREQUEST.PHP?page=rss/meetings');
  await page.locator('#source-kind').selectOption('json');
}

/** Every folded panel of the page opened (a material's change form, the form to share one). */
async function openPanels(page: Page) {
  for (const summary of await page.locator('details.panel > summary').all()) await summary.click();
}

beforeAll(async () => {
  browser = await launchBrowser();
  const run = randomUUID().slice(0, 8);
  const representative = `a11y-rep-${run}@example.org`;
  const { asCoordinator, body, officer } = await boardWithOfficer('a11y-', run, {
    fi: `Sivistyslautakunta ${run}`,
    en: `Education committee ${run}`,
    ar: `لجنة التعليم ${run}`,
  });
  const org = await approvedMember(asCoordinator, `Saavutettavuus ry ${run}`, representative);

  const asOfficer = await signedInFetch(officer);
  const consultation = await asOfficer('POST', '/api/consultations', {
    bodyId: body.id,
    kind: 'consultation',
    originalLanguage: 'fi',
    texts: {
      fi: {
        title: `Kouluruoka ${run}`,
        summary: 'Lautakunta ehdottaa uutta ruokalistaa.',
        plainSummary: 'Ruoka muuttuu.',
      },
      ar: { title: `وجبات المدرسة ${run}`, summary: 'تقترح اللجنة قائمة طعام جديدة.' },
    },
    topics: ['education'],
    statementDeadline: '2031-01-15T16:00:00Z',
    contact: { name: 'Olli Officer', email: officer },
  });
  await asOfficer('POST', `/api/consultations/${consultation.id}/publish`, {});

  // A statement that went the whole way, so the record shows an acknowledgement and an answer.
  const asRepresentative = await signedInFetch(representative);
  const statement = await asRepresentative('POST', `/api/consultations/${consultation.id}/statements`, {
    organisationId: org.id,
    language: 'fi',
    title: `Kasvisvaihtoehto joka päivä ${run}`,
    body: 'Esitämme kasvisvaihtoehtoa joka päivä.',
  });
  await asRepresentative('POST', `/api/statements/${statement.id}/open`, {
    cosignDeadline: '2031-01-10T12:00:00Z',
  });
  await asRepresentative('POST', `/api/statements/${statement.id}/submit`, { mandate: { kind: 'standing' } });
  const draft = await asRepresentative('POST', `/api/consultations/${consultation.id}/statements`, {
    organisationId: org.id,
    language: 'fi',
    title: `Luonnos ${run}`,
    body: 'Keskeneräinen teksti.',
  });
  await asOfficer('POST', `/api/submissions/${statement.id}/acknowledge`, { diaryNumber: `D/${run}` });
  await asOfficer('POST', `/api/submissions/${statement.id}/response`, {
    outcome: 'partly',
    explanation: 'Kasvisvaihtoehto tulee kolmena päivänä viikossa.',
  });

  // Agenda sources: one that reads this runtime's own Atom feed (so the queue has a draft), one
  // that cannot be reached (so its card shows the failure).
  for (const [name, url] of [
    [`Oma syöte ${run}`, `${baseUrl}/api/feeds/consultations.atom`],
    [`Tavoittamaton ${run}`, 'http://127.0.0.1:9/agenda.rss'],
  ] as const) {
    const source = await asCoordinator('POST', '/api/sources', {
      bodyId: body.id,
      name,
      url,
      kind: 'atom',
      topics: ['education'],
    });
    await asCoordinator('POST', `/api/sources/${source.id}/poll`, {});
  }

  // Mail given up on and mail still tried, so the mail section shows both lists (long words and all).
  await undeliveredNotice(
    'exhausted',
    `a11y#${run}`,
    `a.long.address.of.an.association.${run}@yhdistykset-ja-kunnat.example.org`,
    `Ilmoitus ${run}`,
    'MessageRejected: Email address is not verified. The following identities failed the check: arn:aws:ses:eu-north-1:123456789012:identity/example.org',
  );
  await undeliveredNotice(
    'failed',
    `a11y#${run}#failing`,
    representative,
    `Muistutus ${run}`,
    'Service unavailable',
  );

  // A meeting series with the organisation in its rotation, and a published meeting it hosts.
  const series = await asCoordinator('POST', '/api/meeting-series', {
    name: `Verkoston kokoukset ${run}`,
    rotation: [org.id],
  });
  const meeting = await asRepresentative('POST', '/api/meetings', {
    seriesId: series.id,
    hostOrganisationId: org.id,
    title: `Kevätkokous ${run}`,
    theme: 'Asuminen ja ensimmäinen vuosi uudessa kunnassa.',
    language: 'fi',
    startsAt: '2031-03-12T08:00:00Z',
    endsAt: '2031-03-12T11:00:00Z',
    place: { address: 'Kauppakatu 1, Jyväskylä', directions: 'Toinen kerros, hissi sisäänkäynnin vieressä.' },
    onlineUrl: 'https://meet.example.org/a-very-long-meeting-room-name-that-must-wrap-on-a-phone',
    capacity: 40,
    agenda: [
      { title: 'Kuulumiskierros', kind: 'news-round', minutes: 30 },
      {
        title: 'Asumisneuvonta',
        kind: 'presentation',
        minutes: 45,
        presenter: 'Aino Asuntoneuvoja',
        consultationId: consultation.id,
      },
    ],
    checklist: { datePlace: true },
  });
  await asRepresentative('POST', `/api/meetings/${meeting.id}/publish`, {});

  // A meeting that was held: two registered (one left unconfirmed, whose emailed link is checked),
  // moved into the past by its host, its minutes published with a date poll for the next one.
  const held = await asRepresentative('POST', '/api/meetings', {
    seriesId: series.id,
    hostOrganisationId: org.id,
    title: `Syyskokous ${run}`,
    language: 'fi',
    startsAt: '2031-02-12T08:00:00Z',
    endsAt: '2031-02-12T11:00:00Z',
    place: { address: 'Kauppakatu 1, Jyväskylä' },
    capacity: 40,
    agenda: [{ title: 'Kuulumiskierros', kind: 'news-round', minutes: 30 }],
  });
  await asRepresentative('POST', `/api/meetings/${held.id}/publish`, {});
  const participant = `a11y-participant-${run}@example.org`;
  const unconfirmed = `a11y-unconfirmed-${run}@example.org`;
  for (const [email, organisation] of [
    [participant, `Kotoutumisen tuki ry ${run}`],
    [unconfirmed, `Toinen yhdistys ${run}`],
  ]) {
    const registered = await fetch(`${baseUrl}/api/meetings/${held.id}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cloudfront-viewer-address': newClientAddress() },
      body: JSON.stringify({ name: 'Pia Osallistuja', email, organisation, language: 'en' }),
    });
    expect(registered.status).toBe(202);
  }
  const confirming = new URL(await mailedLink(participant, `/meetings/${held.id}/registration?act=confirm`));
  const confirmed = await fetch(
    `${baseUrl}/api/meetings/${held.id}/registrations/${confirming.searchParams.get('r')}/confirm`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: confirming.searchParams.get('t') }),
    },
  );
  expect(confirmed.status).toBe(200);
  const confirmLink = await mailedLink(unconfirmed, `/meetings/${held.id}/registration?act=confirm`);
  const hour = 3_600_000;
  await asRepresentative('PATCH', `/api/meetings/${held.id}`, {
    startsAt: new Date(Date.now() - 4 * hour).toISOString(),
    endsAt: new Date(Date.now() - 2 * hour).toISOString(),
  });
  await asRepresentative('POST', `/api/meetings/${held.id}/news-round/turns`, {
    organisation: `Yhdistys, jolla on hyvin pitkä nimi ja monta sanaa ${run}`,
  });
  await asRepresentative('POST', `/api/meetings/${held.id}/minutes`, {
    text: 'Järjestöt kertoivat kuulumisensa.\n\n- Asumisneuvonta esiteltiin\n- Seuraava kokous sovittiin',
    decisions: [{ text: 'Verkosto kirjoittaa yhteisen lausunnon asumisneuvonnasta.' }],
  });
  const { nextMeeting } = await asRepresentative('POST', `/api/meetings/${held.id}/minutes/close`, {
    next: {
      options: [
        { startsAt: '2031-09-17T07:00:00Z', endsAt: '2031-09-17T10:00:00Z' },
        { startsAt: '2031-09-24T07:00:00Z', endsAt: '2031-09-24T10:00:00Z' },
      ],
    },
  });
  const pollLink = await mailedLink(participant, `/meetings/${nextMeeting.id}/poll?`);
  // A meeting just held whose minutes are being written: the editor and the closing form.
  const writing = await asRepresentative('POST', '/api/meetings', {
    seriesId: series.id,
    hostOrganisationId: org.id,
    title: `Talvikokous ${run}`,
    language: 'fi',
    startsAt: '2031-01-12T08:00:00Z',
    endsAt: '2031-01-12T11:00:00Z',
    onlineUrl: 'https://meet.example.org/talvi',
    capacity: 20,
    agenda: [],
  });
  await asRepresentative('POST', `/api/meetings/${writing.id}/publish`, {});
  await asRepresentative('PATCH', `/api/meetings/${writing.id}`, {
    startsAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
    endsAt: new Date(Date.now() - 3_600_000).toISOString(),
  });
  await asRepresentative('POST', `/api/meetings/${writing.id}/minutes`, {
    text: 'Luonnos pöytäkirjasta.',
    decisions: [{ text: 'Ensimmäinen päätös.' }],
  });
  // The ended meeting's feedback survey, mailed by its schedule.
  expect((await fetch(`${baseUrl}/_local/schedules/send-meeting-feedback`, { method: 'POST' })).ok).toBe(
    true,
  );
  const feedbackLink = await mailedLink(participant, `/meetings/${held.id}/feedback?`);
  // The year's network survey, sent to every representative.
  const year = new Date().getFullYear();
  await asCoordinator('POST', '/api/network-surveys', {
    year,
    introduction: 'Kertokaa, miten verkosto on toiminut tänä vuonna.',
  });
  await asCoordinator('POST', `/api/network-surveys/${year}/send`, {});
  const surveyLink = await mailedLink(representative, `/network-survey/${year}?`);
  const path = (link: string) => link.slice(baseUrl.length);
  // A material of the organisation's in the bank, in Arabic and Somali: the list and its own section show it.
  await asRepresentative('POST', '/api/materials', {
    organisationId: org.id,
    title: `Opas ${run}`,
    description: 'Selkokielinen opas kunnan palveluihin.',
    languages: ['ar', 'so'],
    topics: ['integration-services'],
    url: 'https://example.org/opas',
  });
  // The tray: one of the organisation's activities, under a unit of its own.
  const unit = await asRepresentative('POST', `/api/organisations/${org.id}/units`, {
    name: `Piiri ${run}`,
    level: 'regional',
    areas: [{ kind: 'region', name: 'Keski-Suomi' }],
  });
  const activity = await asRepresentative('POST', '/api/activities', {
    organisationId: org.id,
    unitId: unit.id,
    texts: [{ language: 'fi', name: `Läksykerho ${run}`, description: 'Apua koulutehtäviin.' }],
    category: 'support',
    level: 'local',
    areas: [{ kind: 'municipality', name: 'Jyväskylä' }],
    languages: ['fi', 'so'],
    targetGroups: ['children'],
    schedule: { kind: 'weekly', days: ['TU'], startTime: '16:00', endTime: '18:00' },
    place: { city: 'Jyväskylä' },
    cost: { free: true },
  });
  // A peer leader members may see, and the organisation's request to them: the answer page of its email.
  const peerPlace = `A11y-kunta-${run}`;
  const leader = await consentedPeerLeader({ languages: ['so', 'ar'], municipalities: [peerPlace] });
  await asRepresentative('POST', `/api/peer-leaders/${leader.personId}/requests`, {
    organisationId: org.id,
    purpose: 'Vertaisryhmä somalinkielisille äideille.',
    when: 'Tiistaisin syksyllä',
  });
  const peerRequestLink = await mailedLink(leader.email, '/peer-requests/');

  const officerCookie = await sessionCookie(officer);
  const coordinatorCookie = await sessionCookie(`a11y-coordinator-${run}@example.org`);
  const representativeCookie = await sessionCookie(representative);
  pages = [
    { path: '/' },
    { path: '/consultations' },
    { path: `/consultations/${consultation.id}` },
    { path: `/statements/${statement.id}` },
    { path: `/submissions/${statement.id}` },
    { path: `/bodies/${body.id}` },
    { path: '/organisations' },
    { path: `/organisations/${org.id}` },
    { path: '/sign-in' },
    { path: '/apply' },
    { path: '/subscribe' },
    { path: '/status' },
    { path: '/account', cookie: representativeCookie },
    { path: `/statements/${draft.id}`, cookie: representativeCookie },
    { path: `/organisations/${org.id}/statements`, cookie: representativeCookie },
    { path: `/bodies/${body.id}/inbox`, cookie: officerCookie },
    { path: `/submissions/${statement.id}`, cookie: officerCookie },
    { path: '/coordinator?section=sources', cookie: coordinatorCookie },
    {
      path: '/coordinator?section=sources',
      cookie: coordinatorCookie,
      state: 'adding, editing and the push hook open',
      async open(page) {
        await addingSource(page);
        const card = page.locator('li.card.source').first();
        await card.locator('button[aria-expanded]').click();
        await card.locator('details.panel > summary').click();
      },
    },
    {
      path: '/coordinator?section=sources',
      cookie: coordinatorCookie,
      state: 'a preview read',
      async open(page) {
        await addingSource(page);
        await page.locator('#source-kind').selectOption('atom');
        await page.locator('#source-url').fill(`${baseUrl}/api/feeds/consultations.atom`);
        // The add form's first row of buttons holds "Preview".
        await page.locator('details.panel').last().locator('.actions button[type=button]').first().click();
        await page.locator('section.preview li.card').first().waitFor();
      },
    },
    { path: '/coordinator?section=triage', cookie: coordinatorCookie },
    { path: '/coordinator?section=mail', cookie: coordinatorCookie },
    { path: '/desk', cookie: representativeCookie },
    { path: '/desk', cookie: coordinatorCookie },
    {
      path: '/desk',
      cookie: officerCookie,
      state: 'the workspaces menu open',
      async open(page) {
        await page.locator('details.workspaces > summary').click();
      },
    },
    { path: '/meetings' },
    { path: `/meetings/${meeting.id}` },
    { path: `/meetings/${meeting.id}`, cookie: representativeCookie },
    {
      path: '/meetings/new',
      cookie: representativeCookie,
      state: 'an agenda item added',
      async open(page) {
        await page.locator('.agenda-editor button[type=button]').last().click();
      },
    },
    { path: `/meetings/${meeting.id}/edit`, cookie: representativeCookie },
    { path: `/organisations/${org.id}/activities` },
    { path: `/organisations/${org.id}/activities`, cookie: representativeCookie },
    {
      path: `/activities/${activity.id}/edit`,
      cookie: representativeCookie,
      state: 'on given dates, with a fee',
      async open(page) {
        await page.locator('input[type=radio][name=scheduleKind]').last().check();
        await page.locator('input[type=checkbox][name=free]').uncheck();
      },
    },
    { path: '/coordinator?section=trayPartners', cookie: coordinatorCookie },
    {
      path: '/coordinator?section=series',
      cookie: coordinatorCookie,
      state: 'a series open for editing',
      async open(page) {
        await page.locator('li.card details.panel > summary').first().click();
      },
    },
    { path: path(confirmLink) },
    { path: `/meetings/${held.id}/news-round`, cookie: representativeCookie },
    { path: `/meetings/${held.id}` },
    { path: `/meetings/${held.id}`, cookie: representativeCookie },
    {
      path: `/meetings/${writing.id}`,
      cookie: representativeCookie,
      state: 'minutes being written, the next date left to a poll',
      async open(page) {
        await page.locator('input[type=radio][name=nextKind]').last().check();
      },
    },
    { path: path(pollLink) },
    { path: `/meetings/${nextMeeting.id}`, cookie: representativeCookie },
    { path: path(feedbackLink) },
    { path: path(surveyLink) },
    { path: '/coordinator?section=surveys', cookie: coordinatorCookie },
    { path: '/tray' },
    { path: `/activities/${activity.id}` },
    { path: '/tray/coverage' },
    // Signed in as a representative, the picture also lists the languages with no peer leader.
    { path: '/tray/coverage', cookie: representativeCookie },
    { path: '/materials' },
    {
      path: `/materials?q=${run}`,
      cookie: representativeCookie,
      state: 'the forms to change the material and to share another open',
      open: openPanels,
    },
    { path: '/peer-leaders' },
    {
      path: '/peer-leaders',
      cookie: representativeCookie,
      state: 'a search with results and the ask form open',
      async open(page) {
        await page.fill('#peer-search-language', 'so');
        await page.fill('#peer-search-municipality', peerPlace);
        await page.locator('form.peer-search button[type=submit]').click();
        await page.locator('.peer-cards details.ask > summary').first().click();
      },
    },
    { path: path(peerRequestLink) },
    { path: `/organisations/${org.id}/peer-requests`, cookie: representativeCookie },
    { path: '/coordinator?section=peerFigures', cookie: coordinatorCookie },
    ...(await peerLeaderPages(
      asCoordinator,
      asRepresentative,
      org.id,
      run,
      coordinatorCookie,
      representativeCookie,
    )),
    ...(await translatedPages(asOfficer, body.id, officer, run)),
    ...(await translatorPages(asCoordinator, run, coordinatorCookie)),
    ...(await translationPages(asRepresentative, statement.id, representativeCookie)),
  ];
  // The held meeting (its invitation and minutes' decisions) and the activity, translated by the network.
  await translate('meeting', held.id, 'reviewed');
  await translate('minutes', held.id, 'machine');
  await translate('activity', activity.id, 'reviewed');
}, 90_000);

/**
 * The translator's pages: their requests, a statement's Arabic translation they claimed (the
 * editor), and a Persian one another translator submitted (the review); the statement's ask.
 */
async function translationPages(asRepresentative: Call, statementId: string, representativeCookie: string) {
  await asRepresentative('POST', `/api/statements/${statementId}/translations`, { languages: ['ar', 'fa'] });
  const [translator, writer] = await Promise.all([
    makeTranslator('a11y-translator', ['ar', 'fa']),
    makeTranslator('a11y-writer', ['fa']),
  ]);
  const asTranslator = await signedInFetch(translator.email);
  const asWriter = await signedInFetch(writer.email);
  const at = (language: string) => `/api/translation-requests/statement/${statementId}/${language}`;
  const versionOf = async (call: Call, language: string) => (await call('GET', at(language))).request.version;
  await asTranslator('POST', `${at('ar')}/claim`, { version: await versionOf(asTranslator, 'ar') });
  const claimed = await asWriter('POST', `${at('fa')}/claim`, { version: await versionOf(asWriter, 'fa') });
  const fields = Object.fromEntries(Object.keys(claimed.original.fields).map((name) => [name, 'ترجمه']));
  const saved = await signedInFetchPut(writer.email, `${at('fa')}/draft`, {
    fields,
    version: claimed.request.version,
  });
  await asWriter('POST', `${at('fa')}/submit`, { version: saved.request.version });
  const translatorCookie = await sessionCookie(translator.email);
  return [
    { path: '/translations', cookie: translatorCookie },
    { path: `/translations/statement/${statementId}/ar`, cookie: translatorCookie },
    { path: `/translations/statement/${statementId}/fa`, cookie: translatorCookie, state: 'the review' },
    { path: '/desk', cookie: translatorCookie, state: "a translator's" },
    { path: `/statements/${statementId}`, cookie: representativeCookie, state: "the lead's" },
  ];
}

/** A PUT with a session (the shared helper sends GET, POST and PATCH). */
async function signedInFetchPut(address: string, path: string, body: unknown) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie: await sessionCookie(address) },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return response.json();
}

afterAll(async () => {
  await browser?.close();
});

/**
 * A published subject translated into the languages the run reads (fi, en, ar) but its own, with the
 * mark given; each field's words begin with their language's code.
 */
async function translate(kind: TranslatableKind, id: string, mark: TranslationMark) {
  const store = runtimeStore();
  const subject = (await readSubject(store, kind, id)) as TranslatableSubject;
  for (const language of ['fi', 'en', 'ar'].filter((l) => l !== subject.originalLanguage)) {
    const fields = Object.fromEntries(
      Object.entries(subject.fields).map(([name, text]) => [name, `(${language}) ${text}`]),
    );
    await publishTranslationItem(store, subject, language, fields, new Date(), mark);
  }
}

/** Swedish consultations read through the network's translations: reviewed, machine, and outdated by an amendment. */
async function translatedPages(asOfficer: Call, bodyId: string, officer: string, run: string) {
  const swedish = async (title: string) => {
    const c = await asOfficer('POST', '/api/consultations', {
      bodyId,
      kind: 'consultation',
      originalLanguage: 'sv',
      texts: {
        sv: {
          title,
          summary: 'Nämnden föreslår nya öppettider.',
          plainSummary: 'Biblioteket öppnar senare.',
        },
      },
      topics: ['culture-leisure'],
      statementDeadline: '2031-01-15T16:00:00Z',
      contact: { name: 'Olli Officer', email: officer },
    });
    await asOfficer('POST', `/api/consultations/${c.id}/publish`, {});
    return c.id as string;
  };
  const [reviewed = '', machine = '', outdated = ''] = await Promise.all(
    ['Granskad', 'Maskin', 'Ändrad'].map((word) => swedish(`Bibliotekets öppettider ${word} ${run}`)),
  );
  await translate('consultation', reviewed, 'reviewed');
  await translate('consultation', machine, 'machine');
  await translate('consultation', outdated, 'reviewed');
  await asOfficer('PATCH', `/api/consultations/${outdated}`, {
    texts: {
      sv: { title: `Bibliotekets nya öppettider ${run}`, summary: 'Nämnden föreslår nya öppettider.' },
    },
  });
  return [
    { path: `/consultations/${reviewed}`, state: 'a reviewed translation' },
    { path: `/consultations/${machine}`, state: 'a machine translation' },
    { path: `/consultations/${outdated}`, state: 'a translation of an earlier version' },
    {
      path: `/consultations/${outdated}`,
      state: 'the original instead of an outdated translation',
      open: (page: Page) => page.locator('.translation-note button').click(),
    },
  ];
}

/** The peer-leader bank's pages: consenting, a consented profile, the coordinator's page with a proposal, proposing. */
async function peerLeaderPages(
  asCoordinator: Call,
  asRepresentative: Call,
  organisationId: string,
  run: string,
  coordinatorCookie: string,
  representativeCookie: string,
) {
  const [invited, consented] = [`a11y-peer-invited-${run}@example.org`, `a11y-peer-${run}@example.org`];
  for (const email of [invited, consented])
    await asCoordinator('POST', '/api/peer-leaders/invitations', { email, language: 'en' });
  await asRepresentative('POST', `/api/organisations/${organisationId}/peer-leader-proposals`, {
    email: `a11y-proposed-${run}@example.org`,
    name: 'Amanuel',
    note: 'Ohjaa tigrinjankielistä ryhmää.',
  });
  const consentedCookie = await sessionCookie(consented);
  const put = (path: string, body: unknown) =>
    fetch(`${baseUrl}${path}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: consentedCookie },
      body: JSON.stringify(body),
    });
  await put('/api/me/peer-leader/consent', { version: CONSENT_VERSION, visibility: 'members' });
  await put('/api/me/peer-leader/profile', {
    name: 'Saba',
    languages: ['ti', 'am'],
    municipalities: ['Jyväskylä'],
    availability: 'available',
    introduction: 'Ohjaan naisten ryhmää.',
  });
  return [
    { path: '/peer-leader', cookie: await sessionCookie(invited) },
    { path: '/peer-leader', cookie: consentedCookie },
    { path: '/coordinator/peer-leaders', cookie: coordinatorCookie },
    { path: `/organisations/${organisationId}/peer-leader-proposal`, cookie: representativeCookie },
  ];
}

/** The translator role's pages: the coordinator's, with a translator's change panel open, and a translator's own section. */
async function translatorPages(asCoordinator: Call, run: string, coordinatorCookie: string) {
  const translator = `a11y-translator-${run}@example.org`;
  await asCoordinator('POST', '/api/translators', {
    email: translator,
    name: 'Hevin',
    languages: ['ckb', 'ar'],
    language: 'en',
  });
  return [
    {
      path: '/coordinator/translators',
      cookie: coordinatorCookie,
      state: "a translator's change of languages open",
      open: openPanels,
    },
    { path: '/peer-leader', cookie: await sessionCookie(translator) },
  ];
}

/**
 * What axe does not check: nothing moves for a reader who asked for reduced motion (WCAG 2.3.3),
 * and at 400 % zoom (a 1280 px window is then 320 CSS px wide) nothing scrolls sideways (1.4.10).
 */
async function motionAndReflow(page: Page): Promise<string[]> {
  const moving: string[] = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((element) => {
      const style = getComputedStyle(element);
      const moves =
        style.animationName !== 'none' ||
        style.transitionDuration.split(',').some((duration) => Number.parseFloat(duration) > 0) ||
        style.scrollBehavior === 'smooth';
      return moves ? [`motion: ${element.tagName.toLowerCase()}.${element.className}`] : [];
    }),
  );
  await page.setViewportSize({ width: 320, height: 256 });
  const overflowing: string[] = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll('main *, header *, footer *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.right > width + 1 || box.left < -1;
      })
      .slice(0, 5)
      .map((element) => `reflow at 320 px: ${element.tagName.toLowerCase()}.${element.className}`);
  });
  return [...moving, ...overflowing];
}

/** Pages checked at once in a language: most of a page's time is waiting for the runtime, not the browser. */
const AT_ONCE = 3;
/** Playwright's default window, set again after the reflow check narrowed it. */
const VIEWPORT = { width: 1280, height: 720 };

/** axe-core's WCAG 2.2 A/AA and best-practice rules, run in Chromium on each page in the language. */
async function violations(language: string) {
  const found: string[] = [];
  // A page per lane, reused from state to state: a new context is a new renderer process, and
  // starting one for each of ninety states took more of the run than axe did.
  const lanes = await Promise.all(
    Array.from({ length: AT_ONCE }, async () => {
      // axe is injected as a script, which the app's Content-Security-Policy would rightly refuse.
      const context = await browser.newContext({
        locale: language,
        bypassCSP: true,
        reducedMotion: 'reduce',
      });
      await context.addInitScript((chosen) => localStorage.setItem('kaiutin.language', chosen), language);
      return { context, page: await context.newPage() };
    }),
  );
  await inParallel(pages, AT_ONCE, async ({ path, cookie, state, open }) => {
    const { context, page } = lanes.pop() as (typeof lanes)[number];
    await context.clearCookies();
    if (cookie) {
      const [name, value] = cookie.split('=') as [string, string];
      await context.addCookies([{ name, value, url: baseUrl }]);
    }
    await page.setViewportSize(VIEWPORT);
    await page.goto(`${baseUrl}${path}`);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
    // The page says `lang="fi"` before the app has drawn anything: wait for its heading too.
    await page.locator('main h1').first().waitFor();
    // Checked once what the page shows has loaded (no "Loading…" left) without an error.
    await expect.poll(() => page.locator('p.loading').count()).toBe(0);
    expect(await page.locator('p[role=alert].error').allTextContents(), path).toEqual([]);
    await open?.(page);
    await page.evaluate(axeSource);
    const result: string[] = await page.evaluate(async (runOnly) => {
      const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<any> } }).axe;
      const report = await axe.run(document, { runOnly });
      return report.violations.map(
        (v: { id: string; nodes: { target: string[] }[] }) =>
          `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    }, rules);
    result.push(...(await motionAndReflow(page)));
    found.push(
      ...result.map(
        (violation) => `${path}${cookie ? ' (signed in)' : ''}${state ? ` (${state})` : ''} ${violation}`,
      ),
    );
    // What one state left in the page's storage (a draft, a choice) is not the next state's.
    await page.evaluate(() => localStorage.clear());
    lanes.push({ context, page });
  });
  await Promise.all(lanes.map(({ context }) => context.close()));
  return found;
}

describe('accessibility (axe-core, WCAG 2.2 AA) in Chromium', () => {
  // About ninety page states, three at a time: under a minute a language alone on 2 cores.
  it.each(['fi', 'en', 'ar'])('every page has no violation in %s', async (language) => {
    expect(await violations(language)).toEqual([]);
  }, 400_000);
});
