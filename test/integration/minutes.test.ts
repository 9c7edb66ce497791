import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { fieldProblems } from '#shared/api/field-problems.ts';
import type { Caller } from '#shared/auth/access.ts';
import { signedLinkKey } from '#shared/auth/session-key.ts';
import { closeMinutes } from '#shared/meetings/close-minutes.ts';
import type { Registration, Series } from '#shared/meetings/meeting.ts';
import { getMeeting, meetingItem } from '#shared/meetings/meeting-store.ts';
import { minutesInput } from '#shared/meetings/minutes.ts';
import {
  getPollAnswer,
  listPollAnswers,
  putNewsRound,
  putPollAnswer,
} from '#shared/meetings/minutes-store.ts';
import { dueReminders } from '#shared/statements/reminders.ts';
import { type Store, store } from '#shared/store/client.ts';
import { failedNames, putItem, transact } from '#shared/store/transactions.ts';
import { heldMeeting, registrations, seriesWith, storedMeeting } from '../support/meetings.ts';
import {
  anonymous,
  type Client,
  memberOrganisation,
  signedInCoordinator,
  signIn,
  uniqueEmail,
} from '../support/people.ts';
import { type StoredEmail, storedEmails, waitForMatching } from '../support/ses.ts';

const { baseUrl } = inject('runtime');

let coordinator: Client;
let host: Awaited<ReturnType<typeof memberOrganisation>>;
let other: Awaited<ReturnType<typeof memberOrganisation>>;
let series: Series;
const hostRep = () => host.reps[0] as Client;
const otherRep = () => other.reps[0] as Client;
const hostOf = (org: { id: string; name: string }) => ({ organisationId: org.id, name: org.name });
const inDays = (days: number, hour = 9) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};
const span = (days: number) => ({ startsAt: inDays(days, 9), endsAt: inDays(days, 12) });

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  [host, other] = await Promise.all([
    memberOrganisation(coordinator, 'minutes-host'),
    memberOrganisation(coordinator, 'minutes-other'),
  ]);
  series = await seriesWith([hostOf(host), hostOf(other)]);
});

describe('the news round', () => {
  it("gives each participating organisation one turn in registration order, the chair's additions after, and records who has spoken", async () => {
    const meeting = await heldMeeting(series, hostOf(host));
    await registrations(meeting.id, [
      { organisation: 'Monikulttuuriyhdistys ry' },
      { organisation: 'Naapuriapu' },
      { organisation: 'monikulttuuriyhdistys ry ' },
      {},
      { organisation: 'Peruttu ry', status: 'cancelled' },
    ]);
    const path = `/api/meetings/${meeting.id}/news-round`;
    expect((await otherRep().get(path)).status).toBe(403);
    expect((await anonymous().get(path)).status).toBe(401);
    const round = await hostRep().get(path);
    expect(round.status).toBe(200);
    expect(round.json).toMatchObject({ turnMinutes: 3 });
    expect(round.json.turns).toEqual([
      { organisation: 'Monikulttuuriyhdistys ry', spoken: false },
      { organisation: 'Naapuriapu', spoken: false },
    ]);
    const added = await coordinator.post(`${path}/turns`, { organisation: 'Kirjasto' });
    expect(added.json.turns.map((t: { organisation: string }) => t.organisation)).toEqual([
      'Monikulttuuriyhdistys ry',
      'Naapuriapu',
      'Kirjasto',
    ]);
    const spoken = await hostRep().post(`${path}/spoken`, { organisation: 'Naapuriapu', spoken: true });
    expect(spoken.json.turns[1]).toEqual({ organisation: 'Naapuriapu', spoken: true });
    const undone = await hostRep().post(`${path}/spoken`, { organisation: 'Naapuriapu', spoken: false });
    expect(undone.json.turns[1].spoken).toBe(false);
    expect((await hostRep().post(`${path}/spoken`, { organisation: 'Ei ole', spoken: true })).status).toBe(
      404,
    );
  });
});

describe('minutes', () => {
  it('are written by the host or the coordinator once the meeting has started, private until published', async () => {
    const coming = await heldMeeting(series, hostOf(host), { startsInHours: 24 });
    const draft = { text: 'Kokous avattiin.', decisions: [{ text: 'Perustetaan työryhmä.' }] };
    const early = await hostRep().post(`/api/meetings/${coming.id}/minutes`, draft);
    expect(early.status).toBe(409);
    expect(early.json.error.code).toBe('not_started');

    const meeting = await heldMeeting(series, hostOf(host));
    const path = `/api/meetings/${meeting.id}/minutes`;
    expect((await otherRep().post(path, draft)).status).toBe(403);
    const saved = await hostRep().post(path, draft);
    expect(saved.status).toBe(200);
    expect(saved.json).toMatchObject({
      status: 'draft',
      decisions: [{ id: 'd1', text: 'Perustetaan työryhmä.' }],
    });
    const again = await coordinator.post(path, {
      text: 'Kokous avattiin. Käytiin uutiskierros.',
      decisions: [
        { text: 'Seuraava teema on asuminen.' },
        { id: 'd1', text: 'Perustetaan kolmen hengen työryhmä.' },
      ],
    });
    expect(again.json.decisions).toEqual([
      { id: 'd2', text: 'Seuraava teema on asuminen.' },
      { id: 'd1', text: 'Perustetaan kolmen hengen työryhmä.' },
    ]);
    expect((await hostRep().post(path, { text: 'x', decisions: [{ id: 'd9', text: 'y' }] })).status).toBe(
      400,
    );
    expect((await anonymous().get(path)).status).toBe(404);
    expect((await hostRep().get(path)).json.version).toBe(2);
    expect((await hostRep().post(path, { text: '<b>x</b>' })).status).toBe(400);
  });

  it('close only with the next meeting agreed: the next draft with the host after this one, every participant mailed', async () => {
    const meeting = await heldMeeting(series, hostOf(host));
    const people = await registrations(meeting.id, [
      { organisation: 'Yhdistys A', language: 'en' },
      { organisation: 'Yhdistys B' },
      { status: 'waiting' },
    ]);
    await hostRep().post(`/api/meetings/${meeting.id}/minutes`, {
      text: 'Kokous **avattiin**.',
      decisions: [{ text: 'Lausutaan kotoutumisohjelmasta yhdessä.' }],
    });
    const close = `/api/meetings/${meeting.id}/minutes/close`;
    expect((await hostRep().post(close, {})).status).toBe(400);
    expect((await otherRep().post(close, { next: span(60) })).status).toBe(403);
    expect(
      (await hostRep().post(close, { next: span(60), hostOrganisationId: 'not-in-rotation' })).status,
    ).toBe(400);
    const closed = await hostRep().post(close, { next: span(60) });
    expect(closed.status).toBe(200);
    const next = closed.json.nextMeeting;
    expect(next).toMatchObject({
      status: 'draft',
      seriesId: series.id,
      title: series.name,
      hostOrganisationId: other.id,
      previousMeetingId: meeting.id,
      capacity: 40,
      turnMinutes: 3,
      startsAt: span(60).startsAt,
    });
    expect(closed.json.meeting).toMatchObject({ status: 'closed', nextMeetingId: next.id });
    expect(await getMeeting(store(), next.id)).toMatchObject({ previousMeetingId: meeting.id });
    const twice = await hostRep().post(close, { next: span(60) });
    expect(twice.status).toBe(409);
    expect(twice.json.error.code).toBe('already_closed');
    expect((await anonymous().get(`/api/meetings/${meeting.id}/minutes`)).json).toMatchObject({
      status: 'published',
      text: 'Kokous **avattiin**.',
    });

    const [english] = await waitForMatching(people[0]?.email as string, (m) =>
      m.subject.startsWith('Minutes:'),
    );
    expect(english?.body.text).toContain('Lausutaan kotoutumisohjelmasta yhdessä.');
    expect(english?.body.text).toContain(`/meetings/${meeting.id}`);
    const finnish = await waitForMatching(people[1]?.email as string, (m) =>
      m.subject.startsWith('Pöytäkirja:'),
    );
    expect(finnish).toHaveLength(1);
    const decisions = await anonymous().get('/api/meeting-decisions');
    expect(decisions.json.items).toContainEqual(
      expect.objectContaining({
        meetingId: meeting.id,
        decisionId: 'd1',
        text: 'Lausutaan kotoutumisohjelmasta yhdessä.',
      }),
    );
  });

  it('may leave the next date to a poll that participants answer with their link, and the host decides', async () => {
    const meeting = await heldMeeting(series, hostOf(other));
    const [first, second] = await registrations(meeting.id, [
      { organisation: 'A', language: 'en' },
      { organisation: 'B' },
    ]);
    await coordinator.post(`/api/meetings/${meeting.id}/minutes`, { text: 'Pidettiin.' });
    const options = [span(40), span(47), span(54)];
    const closed = await coordinator.post(`/api/meetings/${meeting.id}/minutes/close`, { next: { options } });
    expect(closed.status).toBe(200);
    const next = closed.json.nextMeeting;
    // The rotation goes round: after the last host, the first.
    expect(next).toMatchObject({ hostOrganisationId: host.id, datePoll: { options } });
    expect(next.startsAt).toBeUndefined();

    const [mail] = await waitForMatching(first?.email as string, (m) =>
      m.subject.startsWith('When shall we meet'),
    );
    const link = new URL(/https?:\/\/\S+\/poll\?\S+/.exec(mail?.body.text ?? '')?.[0] ?? 'http://x/none');
    expect(link.pathname).toBe(`/meetings/${next.id}/poll`);
    const answer = {
      meetingId: link.searchParams.get('m'),
      registrationId: link.searchParams.get('r'),
      token: link.searchParams.get('t'),
    };
    const poll = `/api/meetings/${next.id}/poll`;
    expect(
      (await anonymous().post(`${poll}/answers`, { ...answer, token: 'forged', suits: [0] })).status,
    ).toBe(400);
    expect(
      (await anonymous().post(`${poll}/answers`, { ...answer, registrationId: second?.id, suits: [0] }))
        .status,
    ).toBe(400);
    expect((await anonymous().post(`${poll}/answers`, { ...answer, suits: [0, 1] })).status).toBe(200);
    const replaced = await anonymous().post(`${poll}/answers`, { ...answer, suits: [1, 2] });
    expect(replaced.json.options.map((o: { suits: number }) => o.suits)).toEqual([0, 1, 1]);
    expect(replaced.json.answers).toBeUndefined();
    // Who answered is for those who ran the meeting they attended, not for the next host.
    const ran = await otherRep().get(poll);
    expect(ran.json.answers).toEqual([expect.objectContaining({ name: first?.name, suits: [1, 2] })]);
    const planning = await hostRep().get(poll);
    expect(planning.json.answerCount).toBe(1);
    expect(planning.json.answers).toBeUndefined();
    expect((await otherRep().post(`${poll}/decision`, { option: 1 })).status).toBe(403);
    const decided = await hostRep().post(`${poll}/decision`, { option: 1 });
    expect(decided.json.chosen).toBe(1);
    expect(await getMeeting(store(), next.id)).toMatchObject(options[1] as object);
    const late = await anonymous().post(`${poll}/answers`, { ...answer, suits: [0] });
    expect(late.json.error.code).toBe('poll_closed');
  });
});

describe('a meeting decision as mandate', () => {
  it('signs a statement with a decision of published minutes, dated from the meeting; one not there is refused', async () => {
    const meeting = await heldMeeting(series, hostOf(host), { title: 'Mandaattikokous' });
    await hostRep().post(`/api/meetings/${meeting.id}/minutes`, {
      text: 'Pidettiin.',
      decisions: [{ text: 'Allekirjoitetaan lausunto koulukuljetuksista.' }],
    });
    await hostRep().post(`/api/meetings/${meeting.id}/minutes/close`, { next: span(90) });

    const bodyId = (
      await coordinator.post('/api/bodies', {
        kind: 'board',
        municipality: 'Toivakka',
        name: { fi: 'Mandaattilautakunta' },
        submissionEmail: 'kirjaamo@example.org',
      })
    ).json.id;
    const officerEmail = uniqueEmail('minutes-officer');
    await coordinator.post(`/api/bodies/${bodyId}/officers`, { email: officerEmail });
    const officer = await signIn(officerEmail);
    const { json: consultation } = await officer.post('/api/consultations', {
      bodyId,
      kind: 'consultation',
      originalLanguage: 'fi',
      texts: { fi: { title: 'Koulukuljetukset', summary: 'Periaatteet päivitetään.' } },
      topics: ['education'],
      statementDeadline: inDays(20),
      contact: { name: 'V', email: 'v@example.org' },
    });
    await officer.post(`/api/consultations/${consultation.id}/publish`);
    const { json: statement } = await otherRep().post(`/api/consultations/${consultation.id}/statements`, {
      organisationId: other.id,
      language: 'fi',
      title: 'Lausunto',
      body: 'Järjestöt esittävät.',
    });
    await otherRep().post(`/api/statements/${statement.id}/open`, { cosignDeadline: inDays(10) });

    const mandate = (decisionId: string) => ({
      organisationId: host.id,
      version: 1,
      mandate: { kind: 'decision', decidedOn: '2000-01-01', meeting: { meetingId: meeting.id, decisionId } },
    });
    const missing = await hostRep().post(`/api/statements/${statement.id}/signatures`, mandate('d7'));
    expect(missing.status).toBe(400);
    expect(missing.json.error.fields[0].field).toBe('mandate.meeting');
    const signed = await hostRep().post(`/api/statements/${statement.id}/signatures`, mandate('d1'));
    expect(signed.status).toBe(200);
    const helsinkiDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(
      new Date(meeting.startsAt as string),
    );
    expect(signed.json.signature.mandate).toEqual({
      kind: 'decision',
      decidedOn: helsinkiDay,
      decidedBy: 'Mandaattikokous',
      meeting: { meetingId: meeting.id, decisionId: 'd1' },
    });
  });
});

describe("closing's mail", () => {
  const minutesMail = (title: string) => (m: StoredEmail) => m.subject === `Pöytäkirja: ${title}`;
  const pollMail = (title: string) => (m: StoredEmail) =>
    m.subject === `Milloin tapaamme seuraavaksi? ${title}`;

  /**
   * How many minutes and poll emails each address has: once every address has one of each (the
   * stream delivers them in its own time), then again a moment later, so a duplicate would show.
   */
  async function mailCounts(addresses: string[], title: string) {
    const count = async () => {
      const emails = await storedEmails();
      return addresses.map((address) => {
        const to = emails.filter((e) => e.destination.to.some((t) => t.includes(address)));
        return { minutes: to.filter(minutesMail(title)).length, poll: to.filter(pollMail(title)).length };
      });
    };
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if ((await count()).every((c) => c.minutes > 0 && c.poll > 0)) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return count();
  }
  const once = (addresses: string[]) => addresses.map(() => ({ minutes: 1, poll: 1 }));
  const owed = async (meetingId: string) =>
    (await dueReminders(store(), new Date(Date.now() + 60_000), 1000)).filter(
      (r) => r.kind === 'minutes' && r.subjectId === meetingId,
    );
  const runReminders = () => fetch(`${baseUrl}/_local/schedules/send-reminders`, { method: 'POST' });
  const options = [span(30), span(37)];

  it('reaches every participant exactly once, more of them than one transaction holds', async () => {
    const meeting = await heldMeeting(series, hostOf(host), { capacity: 120 });
    const people = await registrations(
      meeting.id,
      Array.from({ length: 120 }, () => ({})),
    );
    await hostRep().post(`/api/meetings/${meeting.id}/minutes`, { text: 'Pidettiin.' });
    const closed = await hostRep().post(`/api/meetings/${meeting.id}/minutes/close`, { next: { options } });
    expect(closed.status).toBe(200);
    expect(closed.json.meeting).toMatchObject({
      status: 'closed',
      nextMeetingId: closed.json.nextMeeting.id,
    });
    expect(closed.json.minutes).toMatchObject({ status: 'published' });
    expect(await owed(meeting.id)).toEqual([]);

    const addresses = people.map((p) => p.email);
    expect(await mailCounts(addresses, meeting.title)).toEqual(once(addresses));
  }, 90_000);

  it('stopped after its transaction, is finished by the hourly reminders, and a second run mails no one again', async () => {
    const meeting = await heldMeeting(series, hostOf(host));
    const people = await registrations(
      meeting.id,
      Array.from({ length: 40 }, () => ({})),
    );
    await hostRep().post(`/api/meetings/${meeting.id}/minutes`, { text: 'Pidettiin.' });
    // The closing's function dies after its transaction, having written thirty of its eighty notices.
    const real = store();
    let puts = 0;
    const dying: Store = {
      tableName: real.tableName,
      db: Object.assign(Object.create(real.db), {
        send: (command: unknown) => {
          if (command instanceof PutCommand && ++puts > 30) return Promise.reject(new Error('stopped'));
          return real.db.send(command as PutCommand);
        },
      }),
    };
    const caller: Caller = {
      personId: 'host',
      email: 'host@example.org',
      name: undefined,
      language: 'fi',
      coordinator: false,
      peerLeader: false,
      translatorLanguages: [],
      organisations: [host.id],
      bodies: [],
    };
    await expect(
      closeMinutes(dying, caller, meeting.id, { next: { options } }, await signedLinkKey(), new Date()),
    ).rejects.toThrow('stopped');
    expect(await getMeeting(store(), meeting.id)).toMatchObject({ status: 'closed' });
    const again = await hostRep().post(`/api/meetings/${meeting.id}/minutes/close`, { next: { options } });
    expect(again.json.error.code).toBe('already_closed');
    expect(await owed(meeting.id)).toHaveLength(1);

    expect((await runReminders()).status).toBe(200);
    const addresses = people.map((p) => p.email);
    expect(await mailCounts(addresses, meeting.title)).toEqual(once(addresses));
    expect(await owed(meeting.id)).toEqual([]);

    expect((await runReminders()).status).toBe(200);
    expect(await mailCounts(addresses, meeting.title)).toEqual(once(addresses));
  }, 90_000);
});

describe('what the review found', () => {
  const options = [span(33), span(40)];
  /** The poll link a participant was mailed, as the answer's fields. */
  async function mailedLink(participant: Registration) {
    const [mail] = await waitForMatching(participant.email, (m) =>
      m.subject.startsWith('Milloin tapaamme seuraavaksi?'),
    );
    const url = new URL(/https?:\/\/\S+\/poll\?\S+/.exec(mail?.body.text ?? '')?.[0] ?? 'http://x/none');
    return {
      meetingId: url.searchParams.get('m') ?? '',
      registrationId: url.searchParams.get('r') ?? '',
      token: url.searchParams.get('t') ?? '',
    };
  }
  const query = (link: { meetingId: string; registrationId: string; token: string }) =>
    new URLSearchParams({ m: link.meetingId, r: link.registrationId, t: link.token });

  /** A meeting `other` hosted, closed with a date poll: the next one is `host`'s draft. */
  async function closedWithPoll() {
    const meeting = await heldMeeting(series, hostOf(other));
    const people = await registrations(meeting.id, [{ organisation: 'A' }, { organisation: 'B' }]);
    await coordinator.post(`/api/meetings/${meeting.id}/minutes`, { text: 'Pidettiin.' });
    const closed = await coordinator.post(`/api/meetings/${meeting.id}/minutes/close`, {
      next: { options },
      hostOrganisationId: host.id,
    });
    expect(closed.status).toBe(200);
    return { meeting, next: closed.json.nextMeeting, people };
  }

  it("shows a draft's poll only to its planners, those who ran the meeting that agreed it, and a participant with their link; the draft's id to its planners", async () => {
    const { meeting, next, people } = await closedWithPoll();
    const poll = `/api/meetings/${next.id}/poll`;
    const link = await mailedLink(people[0] as Registration);
    expect((await anonymous().get(poll)).status).toBe(404);
    expect((await anonymous().get(`${poll}?${query({ ...link, token: 'forged' })}`)).status).toBe(404);
    expect(
      (await anonymous().get(`${poll}?${query({ ...link, registrationId: people[1]?.id as string })}`))
        .status,
    ).toBe(404);
    const shown = await anonymous().get(`${poll}?${query(link)}`);
    expect(shown.status).toBe(200);
    expect(shown.json).toMatchObject({ meetingId: next.id, answerCount: 0 });
    expect((await hostRep().get(poll)).status).toBe(200);
    expect((await otherRep().get(poll)).status).toBe(200);

    const view = `/api/meetings/${meeting.id}`;
    expect((await anonymous().get(view)).json.nextMeetingId).toBeUndefined();
    expect((await otherRep().get(view)).json.nextMeetingId).toBeUndefined();
    expect((await hostRep().get(view)).json.nextMeetingId).toBe(next.id);
    expect((await coordinator.get(view)).json.nextMeetingId).toBe(next.id);
  });

  it('shows who answered only to the coordinator and those who ran the meeting they attended', async () => {
    const { next, people } = await closedWithPoll();
    const poll = `/api/meetings/${next.id}/poll`;
    const link = await mailedLink(people[0] as Registration);
    const answered = await anonymous().post(`${poll}/answers`, { ...link, suits: [1] });
    expect(answered.status).toBe(200);
    expect(answered.json.answers).toBeUndefined();
    expect((await anonymous().get(`${poll}?${query(link)}`)).json.answers).toBeUndefined();
    const named = [expect.objectContaining({ name: people[0]?.name, organisation: 'A', suits: [1] })];
    expect((await coordinator.get(poll)).json.answers).toEqual(named);
    expect((await otherRep().get(poll)).json.answers).toEqual(named);
    const planning = await hostRep().get(poll);
    expect(planning.json.options.map((o: { suits: number }) => o.suits)).toEqual([0, 1]);
    expect(planning.json.answers).toBeUndefined();
    // Deciding shows the decider no more than reading does.
    expect((await hostRep().post(`${poll}/decision`, { option: 0 })).json.answers).toBeUndefined();
  });

  it('takes no answer and no decision once the polled meeting is no longer a draft, nor an answer after the decision', async () => {
    const polled = await closedWithPoll();
    const link = await mailedLink(polled.people[0] as Registration);
    // The draft is published (its date set by hand) with its poll left undecided.
    await transact(store(), [
      putItem(meetingItem({ ...polled.next, status: 'published', version: polled.next.version + 1 })),
    ]);
    const poll = `/api/meetings/${polled.next.id}/poll`;
    const late = await anonymous().post(`${poll}/answers`, { ...link, suits: [0] });
    expect(late.status).toBe(409);
    expect(late.json.error.code).toBe('poll_closed');
    const decided = await hostRep().post(`${poll}/decision`, { option: 0 });
    expect(decided.status).toBe(409);
    expect(decided.json.error.code).toBe('poll_closed');

    // An answer that read the poll open and writes once it is decided is refused by the table.
    const { next, people } = await closedWithPoll();
    expect((await hostRep().post(`/api/meetings/${next.id}/poll/decision`, { option: 1 })).status).toBe(200);
    const racing = putPollAnswer(store(), next.id, {
      registrationId: people[0]?.id as string,
      name: 'Myöhässä',
      suits: [0],
      answeredAt: new Date().toISOString(),
    });
    await expect(racing.then(() => new Set<string>(), failedNames)).resolves.toEqual(new Set(['poll']));
    expect(await listPollAnswers(store(), next.id)).toEqual([]);
  });

  it("lists a person's poll answers in their export and erases them with the account", async () => {
    const { next, people } = await closedWithPoll();
    const participant = people[0] as Registration;
    const link = await mailedLink(participant);
    expect(
      (await anonymous().post(`/api/meetings/${next.id}/poll/answers`, { ...link, suits: [0] })).status,
    ).toBe(200);
    const person = await signIn(participant.email);
    const exported = await person.get('/api/me/export');
    expect(exported.status).toBe(200);
    expect(exported.json.pollAnswers).toEqual([
      expect.objectContaining({
        pollMeetingId: next.id,
        registrationId: participant.id,
        name: participant.name,
        organisation: 'A',
        suits: [0],
      }),
    ]);
    expect((await person.delete('/api/me')).status).toBe(204);
    expect(await getPollAnswer(store(), next.id, participant.id)).toBeUndefined();
    expect((await coordinator.get(`/api/meetings/${next.id}/poll`)).json.answerCount).toBe(0);
  });

  it('refuses minutes too large for one item of the table, counted in bytes, with a field problem', () => {
    // '€' is one UTF-16 unit but three bytes of UTF-8: within the length limits, over the item's size.
    const euros = (n: number) => '€'.repeat(n);
    const decisions = (n: number) => Array.from({ length: n }, () => ({ text: euros(2000) }));
    const large = minutesInput.safeParse({ text: euros(50_000), decisions: decisions(50) });
    expect(large.success).toBe(false);
    expect(large.error && fieldProblems(large.error, {}, '')).toEqual([
      expect.objectContaining({ field: 'text', code: 'tooLongToStore' }),
    ]);
    expect(minutesInput.safeParse({ text: euros(50_000), decisions: decisions(33) }).success).toBe(true);
  });

  it('refuses a body larger than the API takes before reading the minutes in it', async () => {
    const meeting = await heldMeeting(series, hostOf(host));
    const large = await hostRep().post(`/api/meetings/${meeting.id}/minutes`, { text: '€'.repeat(50_000) });
    expect(large.status).toBe(413);
  });

  it('adds at most 50 turns to a news round', async () => {
    const meeting = await heldMeeting(series, hostOf(host));
    await putNewsRound(store(), {
      meetingId: meeting.id,
      added: Array.from({ length: 49 }, (_, i) => `Järjestö ${i + 1}`),
      spoken: [],
      updatedAt: new Date().toISOString(),
    });
    const turns = `/api/meetings/${meeting.id}/news-round/turns`;
    expect((await hostRep().post(turns, { organisation: 'Viideskymmenes' })).json.turns).toHaveLength(50);
    const more = await hostRep().post(turns, { organisation: 'Liikaa' });
    expect(more.status).toBe(409);
    expect(more.json.error.code).toBe('too_many_turns');
    // One already in the round is no new turn, so it is no error.
    expect((await hostRep().post(turns, { organisation: 'Järjestö 1' })).status).toBe(200);
  });

  it("hands a meeting to another host only with the coordinator's or the new host's consent", async () => {
    const draft = await storedMeeting({
      seriesId: series.id,
      hostOrganisationId: host.id,
      hostOrganisationName: host.name,
      status: 'draft',
    });
    const path = `/api/meetings/${draft.id}`;
    const handed = await hostRep().patch(path, { hostOrganisationId: other.id });
    expect(handed.status).toBe(403);
    expect(await getMeeting(store(), draft.id)).toMatchObject({ hostOrganisationId: host.id });
    expect((await hostRep().patch(path, { hostOrganisationId: host.id, title: 'Sama isäntä' })).status).toBe(
      200,
    );
    const byCoordinator = await coordinator.patch(path, { hostOrganisationId: other.id });
    expect(byCoordinator.status).toBe(200);
    expect(byCoordinator.json).toMatchObject({
      hostOrganisationId: other.id,
      hostOrganisationName: other.name,
    });
  });

  it('closes only with a next host that is still a member', async () => {
    const gone = { organisationId: `gone-${randomUUID()}`, name: 'Lakannut ry' };
    const rotating = await seriesWith([hostOf(host), gone]);
    const meeting = await heldMeeting(rotating, hostOf(host));
    await hostRep().post(`/api/meetings/${meeting.id}/minutes`, { text: 'Pidettiin.' });
    const close = `/api/meetings/${meeting.id}/minutes/close`;
    const refused = await hostRep().post(close, { next: span(60) });
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe('host_not_member');
    expect(await getMeeting(store(), meeting.id)).toMatchObject({ status: 'published' });
    expect((await hostRep().post(close, { next: span(60), hostOrganisationId: host.id })).status).toBe(200);
  });
});
