import { randomUUID } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { inParallel } from '#shared/concurrency.ts';
import { getPlaces, listRegistrations, meetingKey } from '#shared/meetings/meeting-store.ts';
import { listWaiting } from '#shared/meetings/registration-store.ts';
import { store } from '#shared/store/client.ts';
import { registrations, storedMeeting } from '../support/meetings.ts';
import {
  anonymous,
  applicant,
  type Client,
  signedInCoordinator,
  signIn,
  uniqueEmail,
} from '../support/people.ts';
import { emailsTo, type StoredEmail, storedEmails, waitForMatching, waitForSubject } from '../support/ses.ts';

let coordinator: Client;

beforeAll(async () => {
  coordinator = await signedInCoordinator();
});

const registration = (email: string, extra: Record<string, unknown> = {}) => ({
  name: 'Aino Osallistuja',
  email,
  organisation: 'Kylätalo ry',
  language: 'en',
  ...extra,
});

/** The registration link in an email, as a person would follow it. */
function linkIn(mail: StoredEmail | undefined, act: 'confirm' | 'cancel') {
  const found = new RegExp(`https?://\\S+/meetings/[\\w-]+/registration\\?act=${act}&\\S+`).exec(
    mail?.body.text ?? '',
  )?.[0];
  if (!found) throw new Error(`No ${act} link in ${mail?.subject}`);
  const url = new URL(found);
  return {
    meetingId: url.pathname.split('/')[2] ?? '',
    r: url.searchParams.get('r') ?? '',
    t: url.searchParams.get('t') ?? '',
  };
}

const confirmMail = (title: string) => (mail: StoredEmail) =>
  mail.subject === `Confirm your registration: ${title}`;

async function registerAndConfirm(meetingId: string, title: string, email: string) {
  expect(
    (await applicant().post(`/api/meetings/${meetingId}/registrations`, registration(email))).status,
  ).toBe(202);
  const [mail] = await waitForMatching(email, confirmMail(title));
  const link = linkIn(mail, 'confirm');
  return anonymous().post(`/api/meetings/${meetingId}/registrations/${link.r}/confirm`, { token: link.t });
}

describe('registering for a meeting', () => {
  it('holds nothing until the address confirms from its email; confirming gives a place, and says so by email', async () => {
    const meeting = await storedMeeting({ capacity: 40 });
    const email = uniqueEmail('registrant');
    const asked = await applicant().post(`/api/meetings/${meeting.id}/registrations`, registration(email));
    expect(asked.status).toBe(202);
    expect(asked.json).toEqual({ status: 'unconfirmed', confirmWithinHours: 48 });
    expect(await getPlaces(store(), meeting.id)).toMatchObject({ registered: 0, waiting: 0, accepted: 0 });

    const [mail] = await waitForMatching(email, confirmMail(meeting.title));
    const link = linkIn(mail, 'confirm');
    expect(link.meetingId).toBe(meeting.id);
    // The address has not confirmed yet: the email carries nothing the requester typed.
    expect(`${mail?.subject} ${mail?.body.text} ${mail?.body.html}`).not.toContain('Aino');
    const landing = await anonymous().get(
      `/api/meetings/${meeting.id}/registrations/${link.r}?act=confirm&t=${encodeURIComponent(link.t)}`,
    );
    expect(landing.json).toMatchObject({ name: 'Aino Osallistuja', status: 'unconfirmed' });

    const confirmed = await anonymous().post(`/api/meetings/${meeting.id}/registrations/${link.r}/confirm`, {
      token: link.t,
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.json).toEqual({ status: 'registered', position: 1 });
    // Confirming twice (a second click) changes nothing.
    const again = await anonymous().post(`/api/meetings/${meeting.id}/registrations/${link.r}/confirm`, {
      token: link.t,
    });
    expect(again.json).toEqual({ status: 'registered', position: 1 });
    expect(await getPlaces(store(), meeting.id)).toMatchObject({ registered: 1, waiting: 0, accepted: 1 });

    const done = await waitForSubject(email, `Registration confirmed: ${meeting.title}`);
    expect(done?.body.text).toContain('you have a place');
    expect(done?.body.text).toContain('Kauppakatu 1, Jyväskylä');
    expect(linkIn(done, 'cancel').r).toBe(link.r);
  });

  it('gives an address one registration: registering again sends the confirmation again, or the confirmed one, never a second place', async () => {
    const meeting = await storedMeeting({ capacity: 5 });
    const email = uniqueEmail('twice');
    for (const _ of [1, 2])
      expect(
        (await applicant().post(`/api/meetings/${meeting.id}/registrations`, registration(email))).json
          .status,
      ).toBe('unconfirmed');
    const mails = await waitForMatching(email, confirmMail(meeting.title), 2);
    expect(new Set(mails.map((mail) => linkIn(mail, 'confirm').r)).size).toBe(1);
    const link = linkIn(mails[0], 'confirm');
    await anonymous().post(`/api/meetings/${meeting.id}/registrations/${link.r}/confirm`, { token: link.t });
    const third = await applicant().post(`/api/meetings/${meeting.id}/registrations`, registration(email));
    expect(third.json).toEqual({ status: 'unconfirmed', confirmWithinHours: 48 });
    await waitForMatching(email, (mail) => mail.subject === `Registration confirmed: ${meeting.title}`, 2);
    expect(await listRegistrations(store(), meeting.id)).toHaveLength(1);
    expect(await getPlaces(store(), meeting.id)).toMatchObject({ registered: 1, accepted: 1 });
  });

  it('puts the full meeting’s next ones on the waiting list; a cancel from the email moves the first one up, who is told', async () => {
    const meeting = await storedMeeting({ capacity: 1 });
    const [first, second, third] = [uniqueEmail('first'), uniqueEmail('second'), uniqueEmail('third')];
    expect((await registerAndConfirm(meeting.id, meeting.title, first)).json).toEqual({
      status: 'registered',
      position: 1,
    });
    expect((await registerAndConfirm(meeting.id, meeting.title, second)).json).toEqual({
      status: 'waiting',
      position: 2,
      ahead: 0,
    });
    expect((await registerAndConfirm(meeting.id, meeting.title, third)).json).toEqual({
      status: 'waiting',
      position: 3,
      ahead: 1,
    });
    // The place in the queue, not the position (which counts the seated too).
    const queued = await waitForSubject(second, `Registration confirmed: ${meeting.title}`);
    expect(queued?.body.text).toContain('you are number 1 on the waiting list');
    const behind = await waitForSubject(third, `Registration confirmed: ${meeting.title}`);
    expect(behind?.body.text).toContain('you are number 2 on the waiting list');

    const placed = await waitForSubject(first, `Registration confirmed: ${meeting.title}`);
    const cancel = linkIn(placed, 'cancel');
    const cancelled = await anonymous().post(`/api/meetings/${meeting.id}/registrations/${cancel.r}/cancel`, {
      token: cancel.t,
    });
    expect(cancelled.json).toEqual({ status: 'cancelled' });
    expect(await waitForSubject(first, `Registration cancelled: ${meeting.title}`)).toBeDefined();

    const promoted = await waitForSubject(second, `You have a place: ${meeting.title}`);
    expect(promoted?.body.text).toContain('it is now yours');
    expect(await getPlaces(store(), meeting.id)).toMatchObject({ registered: 1, waiting: 1 });
    const byEmail = new Map((await listRegistrations(store(), meeting.id)).map((r) => [r.email, r.status]));
    expect(Object.fromEntries(byEmail)).toEqual({
      [first]: 'cancelled',
      [second]: 'registered',
      [third]: 'waiting',
    });
    // Only the first of the list moved: the third is not told anything.
    expect((await emailsTo(third)).map((mail) => mail.subject)).not.toContain(
      `You have a place: ${meeting.title}`,
    );

    const participants = await coordinator.get(`/api/meetings/${meeting.id}/participants`);
    expect(participants.json).toEqual({
      registered: [{ name: 'Aino Osallistuja', organisation: 'Kylätalo ry', position: 2 }],
      waiting: [{ name: 'Aino Osallistuja', organisation: 'Kylätalo ry', position: 3 }],
    });
    // Cancelling again is no error.
    const twice = await anonymous().post(`/api/meetings/${meeting.id}/registrations/${cancel.r}/cancel`, {
      token: cancel.t,
    });
    expect(twice.json).toEqual({ status: 'cancelled' });
  });

  it('registers a signed-in person’s own address at once, and lets them cancel it', async () => {
    const meeting = await storedMeeting({ capacity: 3 });
    const email = uniqueEmail('signed-in');
    const person = await signIn(email);
    const registered = await person.post(`/api/meetings/${meeting.id}/registrations`, registration(email));
    expect(registered.json).toEqual({ status: 'registered', position: 1, confirmWithinHours: 48 });
    expect((await person.get(`/api/meetings/${meeting.id}/my-registration`)).json.registration).toMatchObject(
      {
        status: 'registered',
        name: 'Aino Osallistuja',
      },
    );
    expect((await person.delete(`/api/meetings/${meeting.id}/my-registration`)).json).toEqual({
      status: 'cancelled',
    });
    // Cancelled: none live, which is an answer, not an error.
    const none = await person.get(`/api/meetings/${meeting.id}/my-registration`);
    expect([none.status, none.json]).toEqual([200, {}]);
    expect(await getPlaces(store(), meeting.id)).toMatchObject({ registered: 0 });
    // Someone else's organisation cannot be named.
    const other = await person.post(
      `/api/meetings/${meeting.id}/registrations`,
      registration(email, { organisationId: 'not-mine' }),
    );
    expect(other.status).toBe(403);
  });

  it('refuses a bad link, a draft, a meeting that has started, and invalid fields; only managers see who comes', async () => {
    const meeting = await storedMeeting();
    const bad = await anonymous().post(`/api/meetings/${meeting.id}/registrations/nobody/confirm`, {
      token: 'x'.repeat(43),
    });
    expect([bad.status, bad.json.error.code]).toEqual([400, 'invalid_link']);
    const draft = await storedMeeting({ status: 'draft' });
    expect(
      (await applicant().post(`/api/meetings/${draft.id}/registrations`, registration(uniqueEmail('d'))))
        .status,
    ).toBe(404);
    const past = await storedMeeting({ startsAt: new Date(Date.now() - 3600_000).toISOString() });
    const late = await applicant().post(
      `/api/meetings/${past.id}/registrations`,
      registration(uniqueEmail('p')),
    );
    expect([late.status, late.json.error.code]).toEqual([409, 'registration_closed']);
    const invalid = await applicant().post(`/api/meetings/${meeting.id}/registrations`, {
      name: 'x'.repeat(201),
      email: 'not an address',
      language: 'en',
    });
    expect(invalid.status).toBe(400);
    expect(
      invalid.json.error.fields.map((f: { field: string; code: string }) => [f.field, f.code]).sort(),
    ).toEqual([
      ['email', 'email'],
      ['name', 'tooLong'],
    ]);
    const outsider = await signIn(uniqueEmail('outsider'));
    expect((await outsider.get(`/api/meetings/${meeting.id}/participants`)).status).toBe(403);
    expect((await coordinator.get(`/api/meetings/${meeting.id}/participants`)).status).toBe(200);
  });
});

/** Moves the meeting's start to an hour ago, as if it had begun since the registrations were made. */
async function startedAnHourAgo(meetingId: string) {
  await store().db.send(
    new UpdateCommand({
      TableName: store().tableName,
      Key: meetingKey(meetingId),
      UpdateExpression: 'SET startsAt = :started',
      ExpressionAttributeValues: { ':started': new Date(Date.now() - 3_600_000).toISOString() },
    }),
  );
}

describe('what reviews found', () => {
  it('tells the first waiting person at a full 40-place meeting they are number 1, by email and in the answer', async () => {
    const meeting = await storedMeeting({ capacity: 40 });
    await registrations(
      meeting.id,
      Array.from({ length: 40 }, () => ({})),
    );
    const email = uniqueEmail('forty-first');
    const answer = await registerAndConfirm(meeting.id, meeting.title, email);
    expect(answer.json).toEqual({ status: 'waiting', position: 41, ahead: 0 });
    const queued = await waitForSubject(email, `Registration confirmed: ${meeting.title}`);
    expect(queued?.body.text).toContain('you are number 1 on the waiting list');
  });

  it('keeps a started meeting’s registrations: neither the email’s link nor the signed-in person cancels then', async () => {
    const meeting = await storedMeeting({ capacity: 3 });
    const email = uniqueEmail('came');
    const person = await signIn(email);
    expect(
      (await person.post(`/api/meetings/${meeting.id}/registrations`, registration(email))).json.status,
    ).toBe('registered');
    const cancel = linkIn(await waitForSubject(email, `Registration confirmed: ${meeting.title}`), 'cancel');
    await startedAnHourAgo(meeting.id);

    const byLink = await anonymous().post(`/api/meetings/${meeting.id}/registrations/${cancel.r}/cancel`, {
      token: cancel.t,
    });
    expect([byLink.status, byLink.json.error.code]).toEqual([409, 'registration_closed']);
    const signedIn = await person.delete(`/api/meetings/${meeting.id}/my-registration`);
    expect([signedIn.status, signedIn.json.error.code]).toEqual([409, 'registration_closed']);
    expect((await person.get(`/api/meetings/${meeting.id}/my-registration`)).json.registration.status).toBe(
      'registered',
    );
    expect(await getPlaces(store(), meeting.id)).toMatchObject({ registered: 1 });
    expect((await emailsTo(email)).map((mail) => mail.subject)).not.toContain(
      `Registration cancelled: ${meeting.title}`,
    );
  });

  it('spends no address’s email quota on meetings that do not exist or take no registrations', async () => {
    const victim = uniqueEmail('victim');
    const started = await storedMeeting({ startsAt: new Date(Date.now() - 3_600_000).toISOString() });
    for (let i = 0; i < 12; i += 1) {
      const none = await applicant().post(
        `/api/meetings/${randomUUID()}/registrations`,
        registration(victim),
      );
      expect(none.status).toBe(404);
      const late = await applicant().post(`/api/meetings/${started.id}/registrations`, registration(victim));
      expect(late.status).toBe(409);
    }
    const meeting = await storedMeeting();
    const real = await applicant().post(`/api/meetings/${meeting.id}/registrations`, registration(victim));
    expect(real.status).toBe(202);
    expect(await waitForMatching(victim, confirmMail(meeting.title))).toHaveLength(1);
  });
});

describe('a registrant’s personal data', () => {
  it('is in their export, and erasing the account deletes their registrations and moves the list up', async () => {
    const meeting = await storedMeeting({ capacity: 1 });
    const email = uniqueEmail('erased');
    const person = await signIn(email);
    await person.post(`/api/meetings/${meeting.id}/registrations`, registration(email));
    const next = uniqueEmail('next-in-line');
    expect((await registerAndConfirm(meeting.id, meeting.title, next)).json.status).toBe('waiting');
    const exported = await person.get('/api/me/export');
    expect(exported.json.registrations).toEqual([
      expect.objectContaining({ meetingId: meeting.id, email, status: 'registered', position: 1 }),
    ]);
    expect((await person.delete('/api/me')).status).toBe(204);
    expect((await listRegistrations(store(), meeting.id)).map((r) => r.email)).toEqual([next]);
    expect(await waitForSubject(next, `You have a place: ${meeting.title}`)).toBeDefined();
    // Erased quietly: no cancellation email to an address that is being forgotten.
    expect((await emailsTo(email)).map((mail) => mail.subject)).not.toContain(
      `Registration cancelled: ${meeting.title}`,
    );
  });
});

describe('100 confirmations at once for 40 places', () => {
  it('give exactly 40 places and a waiting list of 60 in the order the confirmations were accepted', async () => {
    const meeting = await storedMeeting({ capacity: 40 });
    const emails = Array.from({ length: 100 }, (_, i) => uniqueEmail(`crowd${i}`));
    await inParallel(emails, 8, async (email) => {
      const asked = await applicant().post(`/api/meetings/${meeting.id}/registrations`, registration(email));
      if (asked.status !== 202) throw new Error(`register: ${asked.status} ${JSON.stringify(asked.json)}`);
    });
    // Every confirmation link, read from the emails, followed at the same moment.
    let links: ReturnType<typeof linkIn>[] = [];
    for (let tries = 0; tries < 300 && links.length < 100; tries += 1) {
      if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      links = (await storedEmails())
        .filter(confirmMail(meeting.title))
        .map((mail) => linkIn(mail, 'confirm'));
    }
    expect(new Set(links.map((link) => link.r)).size).toBe(100);
    const answers = await Promise.all(
      links.map(async ({ r: id, t: token }) => {
        const answer = await anonymous().post(`/api/meetings/${meeting.id}/registrations/${id}/confirm`, {
          token,
        });
        return {
          id,
          http: answer.status,
          state: answer.json.status as string,
          position: answer.json.position as number,
        };
      }),
    );
    expect(answers.filter((a) => a.http !== 200)).toEqual([]);
    expect(answers.filter((a) => a.state === 'registered')).toHaveLength(40);
    expect(answers.filter((a) => a.state === 'waiting')).toHaveLength(60);

    const stored = await listRegistrations(store(), meeting.id);
    expect(stored.filter((r) => r.status === 'registered')).toHaveLength(40);
    expect(stored.filter((r) => r.status === 'waiting')).toHaveLength(60);
    expect(stored.map((r) => r.position).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      Array.from({ length: 100 }, (_, i) => i + 1),
    );
    expect(await getPlaces(store(), meeting.id)).toEqual({
      capacity: 40,
      registered: 40,
      waiting: 60,
      accepted: 100,
    });

    // The waiting list (its index, and as the host sees it) is in the order the confirmations were accepted.
    const accepted = answers
      .filter((a) => a.state === 'waiting')
      .sort((a, b) => a.position - b.position)
      .map((a) => a.id);
    expect((await listWaiting(store(), meeting.id)).map((r) => r.id)).toEqual(accepted);
    const list = await coordinator.get(`/api/meetings/${meeting.id}/participants`);
    expect((list.json.waiting as { position: number }[]).map((p) => p.position)).toEqual(
      answers
        .filter((a) => a.state === 'waiting')
        .map((a) => a.position)
        .sort((a, b) => a - b),
    );
  }, 180_000);
});
