import { randomUUID } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Meeting, Registration, RegistrationStatus } from '#shared/meetings/meeting.ts';
import { meetingCreation, meetingPartition, placesKey, seriesItem } from '#shared/meetings/meeting-store.ts';
import { registrationItem } from '#shared/meetings/registration-store.ts';
import { store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import { putItem, transact } from '#shared/store/transactions.ts';
import { sendMeetingFeedback } from '#shared/surveys/send-meeting-feedback.ts';
import {
  anonymous,
  type Client,
  memberOrganisation,
  signedInCoordinator,
  uniqueEmail,
} from '../support/people.ts';
import { emailsTo, type StoredEmail, waitForMatching } from '../support/ses.ts';

const { baseUrl } = inject('runtime');
const HOUR = 3_600_000;
const at = (hoursFromNow: number) => new Date(Date.now() + hoursFromNow * HOUR).toISOString();
const runSchedule = () => fetch(`${baseUrl}/_local/schedules/send-meeting-feedback`, { method: 'POST' });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A link to a page of Kaiutin in a message's text, with its query. */
function linkIn(mail: StoredEmail | undefined, path: RegExp): URL {
  const found = (mail?.body.text ?? '').match(new RegExp(`https?://\\S*${path.source}\\S*`));
  if (!found) throw new Error(`No link ${path} in ${mail?.body.text}`);
  return new URL(found[0]);
}

interface Participant {
  id: string;
  email: string;
  name: string;
  status: RegistrationStatus;
}

/**
 * A published meeting with its registrations, written as the core and registration functions write
 * them (profile, places and registrations, the places counting them), so this test does not wait on
 * those routes.
 */
async function meetingWith(
  hostOrganisationId: string,
  span: { startsAt: string; endsAt: string },
  statuses: RegistrationStatus[],
): Promise<{ meeting: Meeting; participants: Participant[] }> {
  const now = new Date().toISOString();
  const seriesId = randomUUID();
  const meeting: Meeting = {
    id: randomUUID(),
    seriesId,
    hostOrganisationId,
    hostOrganisationName: 'Isäntä ry',
    title: `Verkostotapaaminen ${randomUUID().slice(0, 6)}`,
    language: 'fi',
    ...span,
    capacity: statuses.length,
    turnMinutes: 3,
    agenda: [],
    checklist: {},
    status: 'published',
    createdBy: 'system',
    createdAt: now,
    updatedAt: now,
    publishedAt: now,
    version: 2,
  };
  let position = 0;
  const participants = statuses.map((status, i): Participant & { position?: number } => ({
    id: randomUUID(),
    email: uniqueEmail(`feedback-${status}-${i}`),
    name: `Osallistuja ${i}`,
    status,
    ...(status === 'registered' || status === 'waiting' ? { position: ++position } : {}),
  }));
  const registrations = participants.map((p) => {
    const registration: Registration = {
      ...p,
      meetingId: meeting.id,
      organisation: 'Jokin yhdistys',
      language: 'en',
      createdAt: now,
      ...(p.status === 'unconfirmed' ? {} : { confirmedAt: now }),
      ...(p.status === 'cancelled' ? { cancelledAt: now } : {}),
    };
    return putItem(registrationItem(registration));
  });
  const count = (status: RegistrationStatus) => participants.filter((p) => p.status === status).length;
  await transact(store(), [
    putItem(seriesItem({ id: seriesId, name: 'Palautesarja', rotation: [], createdAt: now, updatedAt: now })),
    ...meetingCreation(meeting),
    ...registrations,
  ]);
  await store().db.send(
    new UpdateCommand({
      TableName: store().tableName,
      Key: placesKey(meeting.id),
      UpdateExpression: 'SET registered = :registered, waiting = :waiting, accepted = :accepted',
      ExpressionAttributeValues: {
        ':registered': count('registered'),
        ':waiting': count('waiting'),
        ':accepted': count('registered') + count('waiting'),
      },
    }),
  );
  return { meeting, participants };
}

const isFeedbackMail = (meetingId: string) => (mail: StoredEmail) =>
  (mail.body.text ?? '').includes(`/meetings/${meetingId}/feedback?`);

const feedbackMailsTo = async (p: Participant, meetingId: string) =>
  (await emailsTo(p.email)).filter(isFeedbackMail(meetingId));

let coordinator: Client;
let hostRep: Client;
let otherRep: Client;
let host: { id: string };

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  const [hostOrg, other] = await Promise.all([
    memberOrganisation(coordinator, 'feedback-host'),
    memberOrganisation(coordinator, 'feedback-other', 2),
  ]);
  host = hostOrg;
  [hostRep, otherRep] = [hostOrg.reps[0], other.reps[0]] as [Client, Client];
});

describe("a meeting's feedback survey", () => {
  let ended: { meeting: Meeting; participants: Participant[] };
  let registered: Participant[];
  const links = new Map<string, URL>();

  beforeAll(async () => {
    ended = await meetingWith(host.id, { startsAt: at(-5), endsAt: at(-2) }, [
      'registered',
      'registered',
      'waiting',
      'cancelled',
      'unconfirmed',
    ]);
    registered = ended.participants.filter((p) => p.status === 'registered');
  });

  it('is emailed once to each registered participant of a meeting that ended an hour ago or more', async () => {
    const [longAgo, justEnded] = await Promise.all([
      meetingWith(host.id, { startsAt: at(-24 * 20 - 3), endsAt: at(-24 * 20) }, ['registered']),
      meetingWith(host.id, { startsAt: at(-3), endsAt: at(-0.5) }, ['registered']),
    ]);
    expect((await runSchedule()).status).toBe(200);
    for (const p of registered) {
      const mails = await waitForMatching(p.email, isFeedbackMail(ended.meeting.id));
      expect(mails).toHaveLength(1);
      expect(mails[0]?.subject).toBe(`Feedback on the meeting: ${ended.meeting.title}`);
      links.set(p.id, linkIn(mails[0], /\/meetings\/[\w-]+\/feedback\?/));
    }

    expect((await runSchedule()).status).toBe(200);
    // What a second run or the other meetings would send would have arrived in this time.
    await pause(1500);
    for (const p of registered) expect(await feedbackMailsTo(p, ended.meeting.id)).toHaveLength(1);
    for (const p of ended.participants.filter((p) => p.status !== 'registered'))
      expect(await emailsTo(p.email)).toEqual([]);
    for (const other of [longAgo, justEnded])
      expect(await emailsTo(other.participants[0]?.email ?? '')).toEqual([]);
  });

  it('is sent once however many runs send at the same time, turn by turn', async () => {
    const big = await meetingWith(host.id, { startsAt: at(-4), endsAt: at(-2) }, [
      'registered',
      'registered',
      'registered',
      'registered',
      'registered',
    ]);
    await Promise.all([
      sendMeetingFeedback(store(), new Date(), 2),
      sendMeetingFeedback(store(), new Date(), 2),
    ]);
    for (const p of big.participants) await waitForMatching(p.email, isFeedbackMail(big.meeting.id));
    await pause(1000);
    for (const p of big.participants) expect(await feedbackMailsTo(p, big.meeting.id)).toHaveLength(1);
  });

  it('takes one anonymous answer per participant, with the link from the email', async () => {
    const [first, second] = registered as [Participant, Participant];
    const link = links.get(first.id) as URL;
    const r = link.searchParams.get('r') as string;
    const t = link.searchParams.get('t') as string;
    expect(r).toBe(first.id);
    const path = `/api/meetings/${ended.meeting.id}/feedback`;

    const form = await anonymous().get(`${path}/form?${new URLSearchParams({ r, t })}`);
    expect(form.status).toBe(200);
    expect(form.json).toMatchObject({ meeting: { title: ended.meeting.title }, answered: false });

    const badToken = await anonymous().post(path, { registrationId: r, token: 'x'.repeat(43), rating: 4 });
    expect(badToken.status).toBe(400);
    expect(badToken.json.error.code).toBe('invalid_link');
    // A participant's token is theirs: it answers for no one else.
    const otherOnes = await anonymous().post(path, { registrationId: second.id, token: t, rating: 4 });
    expect(otherOnes.status).toBe(400);
    const outOfScale = await anonymous().post(path, { registrationId: r, token: t, rating: 6 });
    expect(outOfScale.status).toBe(400);
    const html = await anonymous().post(path, { registrationId: r, token: t, rating: 4, text: '<b>hi</b>' });
    expect(html.status).toBe(400);

    const answered = await anonymous().post(path, {
      registrationId: r,
      token: t,
      rating: 4,
      text: 'Hyvä tapaaminen, lisää aikaa keskustelulle.',
    });
    expect(answered.status).toBe(201);
    const twice = await anonymous().post(path, { registrationId: r, token: t, rating: 1 });
    expect(twice.status).toBe(409);
    expect(twice.json.error.code).toBe('already_answered');
    expect((await anonymous().get(`${path}/form?${new URLSearchParams({ r, t })}`)).json.answered).toBe(true);

    const secondLink = links.get(second.id) as URL;
    const secondAnswer = await anonymous().post(path, {
      registrationId: second.id,
      token: secondLink.searchParams.get('t'),
      rating: 2,
    });
    expect(secondAnswer.status).toBe(201);

    // The answers name no one: no registration, no address, no name, no time finer than the day.
    const items = await queryAll(store(), {
      partition: meetingPartition(ended.meeting.id),
      sortKeyPrefix: 'FEEDBACK#',
    });
    expect(items).toHaveLength(2);
    for (const item of items) {
      const written = JSON.stringify(item);
      for (const p of ended.participants) {
        expect(written).not.toContain(p.id);
        expect(written).not.toContain(p.email);
        expect(written).not.toContain(p.name);
      }
      expect(item.at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Object.keys(item).sort()).toEqual(
        ['at', 'entity', 'meetingId', 'pk', 'rating', 'sk', ...(item.text ? ['text'] : [])].sort(),
      );
    }
  });

  it('shows its figures to the host and the coordinator, and to no one else', async () => {
    const path = `/api/meetings/${ended.meeting.id}/feedback`;
    const results = await hostRep.get(path);
    expect(results.status).toBe(200);
    expect(results.json).toEqual({
      invited: 2,
      answers: 2,
      average: 3,
      distribution: [
        { rating: 1, count: 0 },
        { rating: 2, count: 1 },
        { rating: 3, count: 0 },
        { rating: 4, count: 1 },
        { rating: 5, count: 0 },
      ],
      sent: true,
      texts: ['Hyvä tapaaminen, lisää aikaa keskustelulle.'],
    });
    expect((await coordinator.get(path)).json).toEqual(results.json);
    expect((await otherRep.get(path)).status).toBe(403);
    expect((await anonymous().get(path)).status).toBe(401);
  });
});

describe("the network's yearly survey", () => {
  // The first year with no survey yet: the hostile-input fuzz may have created one for any year.
  let year = 2031;
  let link: URL;

  it('is created by the coordinator, once a year, and by no one else', async () => {
    const create = () =>
      coordinator.post('/api/network-surveys', {
        year,
        introduction: 'Kiitos vuodesta! Kertokaa, miten verkosto voisi palvella teitä paremmin.',
      });
    let created = await create();
    while (created.status === 409 && year < 2099) {
      year += 1;
      created = await create();
    }
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ year, status: 'draft' });
    const again = await coordinator.post('/api/network-surveys', { year });
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe('survey_exists');
    expect((await hostRep.post('/api/network-surveys', { year: year + 1 })).status).toBe(403);
    expect((await anonymous().post('/api/network-surveys', { year: year + 1 })).status).toBe(401);
    expect((await hostRep.post(`/api/network-surveys/${year}/send`)).status).toBe(403);
  });

  it('is sent to every representative of every member organisation, once', async () => {
    const sent = await coordinator.post(`/api/network-surveys/${year}/send`);
    expect(sent.status).toBe(200);
    expect(sent.json.status).toBe('sent');
    expect(sent.json.invited).toBeGreaterThanOrEqual(3);
    const isSurvey = (mail: StoredEmail) => (mail.body.text ?? '').includes(`/network-survey/${year}?`);
    for (const rep of [hostRep, otherRep]) {
      const mails = await waitForMatching(rep.email, isSurvey);
      expect(mails).toHaveLength(1);
      expect(mails[0]?.body.text).toContain('Kiitos vuodesta!');
    }
    link = linkIn((await waitForMatching(hostRep.email, isSurvey))[0], /\/network-survey\/\d{4}\?/);
    const again = await coordinator.post(`/api/network-surveys/${year}/send`);
    expect(again.status).toBe(409);
    await pause(1000);
    expect((await emailsTo(hostRep.email)).filter(isSurvey)).toHaveLength(1);
  });

  it('takes one anonymous answer per representative', async () => {
    const p = link.searchParams.get('p') as string;
    const t = link.searchParams.get('t') as string;
    const form = await anonymous().get(`/api/network-surveys/${year}/form?${new URLSearchParams({ p, t })}`);
    expect(form.status).toBe(200);
    expect(form.json).toMatchObject({ year, answered: false });
    expect(form.json.introduction).toContain('Kiitos vuodesta!');

    const path = `/api/network-surveys/${year}/answers`;
    const bad = await anonymous().post(path, { personId: p, token: 'y'.repeat(43), rating: 3 });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('invalid_link');
    const answer = { personId: p, token: t, rating: 5, worked: 'Tapaamiset.', change: 'Enemmän verkossa.' };
    expect((await anonymous().post(path, answer)).status).toBe(201);
    const twice = await anonymous().post(path, { ...answer, rating: 1 });
    expect(twice.status).toBe(409);
    expect(twice.json.error.code).toBe('already_answered');

    // The answer, and the marker that refuses a second one: neither names the representative.
    const read = (prefix: string) =>
      queryAll(store(), { partition: `SURVEY#${year}`, sortKeyPrefix: prefix });
    const [answers, markers] = await Promise.all([read('ANSWER#'), read('ANSWERED#')]);
    expect([answers.length, markers.length]).toEqual([1, 1]);
    for (const item of [...answers, ...markers]) {
      expect(JSON.stringify(item)).not.toContain(p);
      expect(JSON.stringify(item)).not.toContain(hostRep.email);
    }
  });

  it('shows its figures and texts to the coordinator only, listed by year', async () => {
    const results = await coordinator.get(`/api/network-surveys/${year}`);
    expect(results.status).toBe(200);
    expect(results.json.figures).toMatchObject({ answers: 1, average: 5 });
    expect(results.json.figures.invited).toBe(results.json.survey.invited);
    expect(results.json.figures.distribution[4]).toEqual({ rating: 5, count: 1 });
    expect(results.json.texts).toEqual([{ worked: 'Tapaamiset.', change: 'Enemmän verkossa.' }]);
    const list = await coordinator.get('/api/network-surveys');
    expect(list.json.items.find((s: { year: number }) => s.year === year)?.figures.answers).toBe(1);
    expect((await hostRep.get(`/api/network-surveys/${year}`)).status).toBe(403);
    expect((await hostRep.get('/api/network-surveys')).status).toBe(403);
    expect((await anonymous().get('/api/network-surveys')).status).toBe(401);
  });
});
