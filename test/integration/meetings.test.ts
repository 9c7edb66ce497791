import { parseFeed } from '@rowanmanning/feed-parser';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Registration } from '#shared/meetings/meeting.ts';
import { registrations } from '../support/meetings.ts';
import {
  anonymous,
  type Client,
  memberOrganisation,
  signedInCoordinator,
  uniqueEmail,
} from '../support/people.ts';
import { emailsTo, type StoredEmail, waitForMatching } from '../support/ses.ts';

const { baseUrl } = inject('runtime');

let coordinator: Client;
let a: Awaited<ReturnType<typeof memberOrganisation>>;
let b: Awaited<ReturnType<typeof memberOrganisation>>;
let repA: Client;
let repB: Client;
/** A's representative who reads Swedish, named (never signed in) only to be invited. */
let swedishRepA: string;
let seriesId: string;

/** 10.00–12.30 Helsinki time (UTC+2 in March). */
const startsAt = '2031-03-12T08:00:00.000Z';
const endsAt = '2031-03-12T10:30:00.000Z';

const agenda = [
  { title: 'Uutiskierros', kind: 'news-round', minutes: 20, presenter: 'Puheenjohtaja' },
  { title: 'Kotoutumisohjelma *luonnos*', kind: 'presentation', minutes: 45, presenter: 'Kaupunki' },
  { title: 'Seuraava tapaaminen', kind: 'decision', minutes: 15 },
];

const draftInput = (title: string, extra: Record<string, unknown> = {}) => ({
  seriesId,
  hostOrganisationId: a.id,
  title,
  capacity: 40,
  ...extra,
});

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  [a, b] = await Promise.all([
    memberOrganisation(coordinator, 'meet-a'),
    memberOrganisation(coordinator, 'meet-b'),
  ]);
  [repA, repB] = [a.reps[0], b.reps[0]] as [Client, Client];
  swedishRepA = uniqueEmail('meet-a-sv');
  const added = await repA.post(`/api/organisations/${a.id}/representatives`, {
    email: swedishRepA,
    language: 'sv',
  });
  expect(added.status).toBe(201);
  const series = await coordinator.post('/api/meeting-series', {
    name: `Verkostotapaamiset ${a.id.slice(0, 6)}`,
    rotation: [a.id, b.id],
  });
  expect(series.status).toBe(201);
  seriesId = series.json.id;
});

describe('meeting series', () => {
  it('are started and changed by the coordinator, with member organisations taking turns', async () => {
    expect((await repA.post('/api/meeting-series', { name: 'Oma sarja', rotation: [a.id] })).status).toBe(
      403,
    );
    const listed = await anonymous().get('/api/meeting-series');
    const mine = listed.json.items.find((s: { id: string }) => s.id === seriesId);
    expect(mine.rotation).toEqual([
      { organisationId: a.id, name: a.name },
      { organisationId: b.id, name: b.name },
    ]);

    const renamed = await coordinator.patch(`/api/meeting-series/${seriesId}`, {
      description: 'Alueen kotoutumistyön verkosto',
      rotation: [b.id, a.id],
    });
    expect(renamed.status).toBe(200);
    expect(renamed.json.rotation.map((r: { organisationId: string }) => r.organisationId)).toEqual([
      b.id,
      a.id,
    ]);
    await coordinator.patch(`/api/meeting-series/${seriesId}`, { rotation: [a.id, b.id] });

    const stranger = await coordinator.patch(`/api/meeting-series/${seriesId}`, {
      rotation: [a.id, 'no-such-organisation'],
    });
    expect(stranger.status).toBe(400);
    expect(stranger.json.error.fields).toEqual([
      expect.objectContaining({ field: 'rotation.1', code: 'notMember' }),
    ]);
    expect((await coordinator.patch('/api/meeting-series/no-such-series', { name: 'X' })).status).toBe(404);
  });
});

describe('drafting a meeting', () => {
  it("is for the host's representatives and the coordinator; a draft is seen by no one else", async () => {
    const draft = await repA.post('/api/meetings', draftInput('Kevään tapaaminen'));
    expect(draft.status).toBe(201);
    expect(draft.json).toMatchObject({
      status: 'draft',
      hostOrganisationName: a.name,
      canManage: true,
      places: { capacity: 40, registered: 0, waiting: 0 },
    });
    const id = draft.json.id;

    expect((await repB.post('/api/meetings', draftInput('B:n yritys'))).status).toBe(403);
    expect((await coordinator.post('/api/meetings', draftInput('Koordinaattorin luonnos'))).status).toBe(201);
    expect((await anonymous().get(`/api/meetings/${id}`)).status).toBe(404);
    expect((await repB.get(`/api/meetings/${id}`)).status).toBe(404);
    expect((await repB.patch(`/api/meetings/${id}`, { title: 'Kaapattu' })).status).toBe(404);
    expect((await repB.post(`/api/meetings/${id}/publish`)).status).toBe(404);
    expect((await coordinator.get(`/api/meetings/${id}`)).json.canManage).toBe(true);

    const drafts = await repA.get(`/api/meetings?when=drafts&series=${seriesId}`);
    expect(drafts.json.items.map((m: { id: string }) => m.id)).toContain(id);
    expect((await repB.get(`/api/meetings?when=drafts&series=${seriesId}`)).json.items).toEqual([]);
    expect((await anonymous().get('/api/meetings?when=drafts')).json.items).toEqual([]);

    const backwards = await repA.patch(`/api/meetings/${id}`, { startsAt: endsAt, endsAt: startsAt });
    expect(backwards.status).toBe(400);
    expect(backwards.json.error.fields[0]).toMatchObject({ field: 'endsAt', code: 'endsBeforeStart' });
    expect(
      (await repA.post('/api/meetings', draftInput('Ei sarjaa', { seriesId: 'no-such-series' }))).json.error
        .code,
    ).toBe('unknown_series');
  });

  it('keeps an agenda, a checklist and a capacity never below the places taken', async () => {
    const { id } = (await repA.post('/api/meetings', draftInput('Syksyn tapaaminen'))).json;
    const planned = await repA.patch(`/api/meetings/${id}`, {
      agenda,
      checklist: { datePlace: true, agenda: true },
    });
    expect(planned.status).toBe(200);
    expect(planned.json.agenda.map((item: { minutes: number }) => item.minutes)).toEqual([20, 45, 15]);
    expect(planned.json.checklist).toEqual({ datePlace: true, agenda: true });
    expect(planned.json.version).toBe(2);

    // Three places taken (as registering would leave them).
    await registrations(id, [{}, {}, {}]);
    const tooSmall = await repA.patch(`/api/meetings/${id}`, { capacity: 2 });
    expect(tooSmall.status).toBe(409);
    expect(tooSmall.json.error.code).toBe('capacity_below_registered');
    const smaller = await repA.patch(`/api/meetings/${id}`, { capacity: 3 });
    expect(smaller.json.places).toEqual({ capacity: 3, registered: 3, waiting: 0 });
    // A change leaves what it does not name as it was.
    expect(smaller.json).toMatchObject({ capacity: 3, checklist: { datePlace: true, agenda: true } });
    expect(smaller.json.agenda).toHaveLength(3);
  });
});

const isInvitation = (id: string) => (mail: StoredEmail) =>
  (mail.body.text ?? '').includes(`/meetings/${id}`);

describe('publishing a meeting', () => {
  it('needs a time and a place or a link, and invites every member organisation in its language', async () => {
    const { id } = (
      await repA.post('/api/meetings', draftInput('Kevätkokous', { agenda, theme: 'Nuorten osallisuus' }))
    ).json;
    const early = await repA.post(`/api/meetings/${id}/publish`);
    expect(early.status).toBe(400);
    expect(early.json.error.fields.map((f: { code: string }) => f.code)).toEqual([
      'required',
      'required',
      'placeOrLink',
    ]);
    await repA.patch(`/api/meetings/${id}`, {
      startsAt,
      endsAt,
      place: { address: 'Kauppakatu 1, Jyväskylä', directions: 'Toinen kerros, hissi' },
      onlineUrl: 'https://meet.example.org/kevat',
    });
    const published = await repA.post(`/api/meetings/${id}/publish`);
    expect(published.status).toBe(200);
    expect(published.json).toMatchObject({ status: 'published', checklist: { invitations: true } });
    expect((await anonymous().get(`/api/meetings/${id}`)).json.canManage).toBe(false);
    expect((await coordinator.post(`/api/meetings/${id}/publish`)).json.error.code).toBe('not_draft');

    const [english] = await waitForMatching(repA.email, isInvitation(id));
    expect(english?.subject).toBe('Invitation: Kevätkokous (March 12, 2031)');
    const text = english?.body.text ?? '';
    expect(text).toContain('Time: March 12, 2031 at 10:00 AM – March 12, 2031 at 12:30 PM');
    expect(text).toContain('Place: Kauppakatu 1, Jyväskylä');
    expect(text).toContain('Directions: Toinen kerros, hissi');
    expect(text).toContain('Theme: Nuorten osallisuus');
    expect(text).toContain('- 10:00–10:20 Uutiskierros (news round, Puheenjohtaja)');
    expect(text).toContain('- 10:20–11:05 Kotoutumisohjelma \\*luonnos\\* (presentation, Kaupunki)');
    expect(text).toContain('- 11:05–11:20 Seuraava tapaaminen (decision)');
    expect(english?.body.html).toContain(
      '<li>10:20–11:05 Kotoutumisohjelma *luonnos* (presentation, Kaupunki)',
    );

    const [swedish] = await waitForMatching(swedishRepA, isInvitation(id));
    expect(swedish?.subject).toBe('Inbjudan: Kevätkokous (12 mars 2031)');
    expect(swedish?.body.text).toContain('- 10:00–10:20 Uutiskierros (nyhetsrunda, Puheenjohtaja)');
    const [otherMember] = await waitForMatching(repB.email, isInvitation(id));
    expect(otherMember).toBeDefined();

    const attachment = english?.attachments?.[0];
    expect(attachment?.contentType).toContain('text/calendar');
    const ics = Buffer.from(attachment?.content ?? '', 'base64').toString('utf8');
    expect(ics).toContain('METHOD:PUBLISH\r\n');
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    expect(events).toHaveLength(1);
    const [event] = events as [ICAL.Event];
    expect(event.uid).toBe(`meeting-${id}@kaiutin`);
    expect(event.startDate.toJSDate().toISOString()).toBe(startsAt);
    expect(event.endDate.toJSDate().toISOString()).toBe(endsAt);
    expect(event.location).toBe('Kauppakatu 1, Jyväskylä');
    expect(event.description).toContain('10:00–10:20 Uutiskierros (news round, Puheenjohtaja)');
    expect(event.component.getFirstPropertyValue('url')).toMatch(new RegExp(`/meetings/${id}$`));

    const upcoming = await anonymous().get(`/api/meetings?series=${seriesId}`);
    expect(upcoming.json.items.map((m: { id: string }) => m.id)).toEqual([id]);
  });
});

/** A published meeting of A's in the series, starting in `hours` from now and lasting two hours. */
async function publishedMeeting(title: string, hours: number, series = seriesId, capacity = 40) {
  const start = Date.now() + hours * 3_600_000;
  const created = await repA.post('/api/meetings', {
    ...draftInput(title, { agenda, capacity }),
    seriesId: series,
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 2 * 3_600_000).toISOString(),
    onlineUrl: 'https://meet.example.org/verkosto',
  });
  expect(created.status).toBe(201);
  expect((await repA.post(`/api/meetings/${created.json.id}/publish`)).status).toBe(200);
  return created.json.id as string;
}

describe('the meetings feeds', () => {
  it('give published meetings as iCalendar and Atom, filtered by series', async () => {
    const other = (
      await coordinator.post('/api/meeting-series', {
        name: `Alueen tapaamiset ${a.id.slice(0, 6)}`,
        rotation: [],
      })
    ).json.id;
    const [here, there] = await Promise.all([
      publishedMeeting('Sarjan syystapaaminen', 24 * 30),
      publishedMeeting('Toisen sarjan tapaaminen', 24 * 31, other),
    ]);
    const calendar = await fetch(`${baseUrl}/api/feeds/meetings.ics?series=${other}`);
    expect(calendar.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const events = new ICAL.Component(ICAL.parse(await calendar.text()))
      .getAllSubcomponents('vevent')
      .map((event) => new ICAL.Event(event));
    expect(events.map((event) => event.uid)).toEqual([`meeting-${there}@kaiutin`]);
    expect(events[0]?.location).toBe('https://meet.example.org/verkosto');

    const atom = await fetch(`${baseUrl}/api/feeds/meetings.atom?series=${seriesId}&lang=en`);
    expect(atom.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const feed = parseFeed(await atom.text());
    const urls = feed.items.map((item) => item.url);
    expect(urls[0]).toBe(`${baseUrl}/meetings/${here}`);
    expect(urls).not.toContain(`${baseUrl}/meetings/${there}`);

    const everything = await (await fetch(`${baseUrl}/api/feeds/meetings.ics`)).text();
    expect(everything).toContain(`UID:meeting-${here}@kaiutin`);
    expect(everything).toContain(`UID:meeting-${there}@kaiutin`);
  });
});

/** A registration written as registering would leave it (the registrations routes are another area's). */
const runReminders = () => fetch(`${baseUrl}/_local/schedules/send-reminders`, { method: 'POST' });
const isReminder = (id: string) => (mail: StoredEmail) =>
  (mail.body.text ?? '').includes(`/meetings/${id}/registration?act=cancel`);

describe('the reminder before a meeting', () => {
  it('reaches the registered participants only, in their language, with their own cancel link', async () => {
    // Full with its two places, so the third waits.
    const id = await publishedMeeting('Huomenna', 24, seriesId, 2);
    const [finnish, english, waiting, cancelled] = (await registrations(id, [
      { status: 'registered', language: 'fi' },
      { status: 'registered', language: 'en' },
      { status: 'waiting', language: 'en' },
      { status: 'cancelled', language: 'en' },
    ])) as [Registration, Registration, Registration, Registration];
    expect((await runReminders()).status).toBe(200);

    const [toFinnish] = await waitForMatching(finnish.email, isReminder(id));
    expect(toFinnish?.subject).toMatch(/^Muistutus: Huomenna \(/);
    expect(toFinnish?.body.text).toContain('Uutiskierros (uutiskierros, Puheenjohtaja)');
    expect(toFinnish?.body.text).toContain('https://meet.example.org/verkosto');
    expect(toFinnish?.body.text).toContain(`/meetings/${id}/registration?act=cancel&r=${finnish.id}&t=`);
    const [toEnglish] = await waitForMatching(english.email, isReminder(id));
    expect(toEnglish?.subject).toMatch(/^Reminder: Huomenna \(/);
    expect(toEnglish?.body.text).toContain(`r=${english.id}&t=`);

    // Once only: the reminder is gone once handled.
    await runReminders();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await emailsTo(finnish.email)).filter(isReminder(id))).toHaveLength(1);
    expect(await emailsTo(waiting.email)).toEqual([]);
    expect(await emailsTo(cancelled.email)).toEqual([]);
  });

  it('follows a meeting that moves: nothing at the old time, a reminder at the new', async () => {
    const id = await publishedMeeting('Siirtyvä tapaaminen', 24);
    const [participant] = (await registrations(id, [{ language: 'en' }])) as [Registration];
    const later = Date.now() + 10 * 24 * 3_600_000;
    const moved = await repA.patch(`/api/meetings/${id}`, {
      startsAt: new Date(later).toISOString(),
      endsAt: new Date(later + 3_600_000).toISOString(),
    });
    expect(moved.status).toBe(200);
    await runReminders();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await emailsTo(participant.email)).toEqual([]);

    const soon = Date.now() + 30 * 3_600_000;
    await repA.patch(`/api/meetings/${id}`, {
      startsAt: new Date(soon).toISOString(),
      endsAt: new Date(soon + 3_600_000).toISOString(),
    });
    await runReminders();
    expect(await waitForMatching(participant.email, isReminder(id))).toHaveLength(1);
  });
});
