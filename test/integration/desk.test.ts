import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '#shared/auth/access.ts';
import { config } from '#shared/config.ts';
import { desk } from '#shared/desk/desk.ts';
import type { MailSender } from '#shared/mail/mail-sender.ts';
import { EXHAUSTED_PARTITION, MAX_MAIL_ATTEMPTS, outboxKey, sendOnce } from '#shared/mail/outbox.ts';
import type { Meeting } from '#shared/meetings/meeting.ts';
import { meetingCreation, placesKey } from '#shared/meetings/meeting-store.ts';
import { registrationItem } from '#shared/meetings/registration-store.ts';
import { documentClient, store } from '#shared/store/client.ts';
import { KEY } from '#shared/store/table.ts';
import { putItem, transact } from '#shared/store/transactions.ts';
import { consentedPeerLeader } from '../support/peers.ts';
import {
  applicant,
  type Client,
  memberOrganisation,
  signedInCoordinator,
  signIn,
  uniqueEmail,
} from '../support/people.ts';

type Organisation = Awaited<ReturnType<typeof memberOrganisation>>;
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const rep = (org: Organisation) => org.reps[0] as Client;
const titles = (list: { items: { title: string }[] }) => list.items.map((item) => item.title);
const paths = (list: { items: { path: string }[] }) => list.items.map((item) => item.path);

let coordinator: Client;
let officer: Client;
let bodyId: string;
let lead: Organisation;
let member: Organisation;
const run = randomUUID().slice(0, 6);

const deskOf = async (client: Client) => {
  const answer = await client.get('/api/me/desk');
  expect(answer.status).toBe(200);
  return answer.json;
};
const forOrganisation = (answer: any, org: Organisation) =>
  answer.organisations.find((o: { organisationId: string }) => o.organisationId === org.id);

async function publishConsultation(title: string, deadlineInDays: number) {
  const { json: draft } = await officer.post('/api/consultations', {
    bodyId,
    kind: 'consultation',
    originalLanguage: 'fi',
    texts: { fi: { title, summary: 'Periaatteet päivitetään.' } },
    topics: ['education'],
    statementDeadline: inDays(deadlineInDays),
    contact: { name: 'V', email: 'v@example.org' },
  });
  expect((await officer.post(`/api/consultations/${draft.id}/publish`)).status).toBe(200);
  return draft.id as string;
}

async function openStatement(consultationId: string, title: string) {
  const created = await rep(lead).post(`/api/consultations/${consultationId}/statements`, {
    organisationId: lead.id,
    language: 'fi',
    title,
    body: 'Järjestöt esittävät, että koulukuljetukset säilytetään.',
  });
  expect(created.status).toBe(201);
  const opened = await rep(lead).post(`/api/statements/${created.json.id}/open`, {
    cosignDeadline: inDays(5),
  });
  expect(opened.status).toBe(200);
  return created.json.id as string;
}

const sign = (org: Organisation, statementId: string, version: number) =>
  rep(org).post(`/api/statements/${statementId}/signatures`, {
    organisationId: org.id,
    mandate: { kind: 'standing' },
    version,
  });

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  bodyId = (
    await coordinator.post('/api/bodies', {
      kind: 'board',
      municipality: `Deskkylä ${run}`,
      name: { fi: `Työpöytälautakunta ${run}` },
      submissionEmail: 'kirjaamo@example.org',
    })
  ).json.id;
  const email = uniqueEmail('desk-officer');
  await coordinator.post(`/api/bodies/${bodyId}/officers`, { email });
  officer = await signIn(email);
  [lead, member] = await Promise.all([
    memberOrganisation(coordinator, 'desk-lead'),
    memberOrganisation(coordinator, 'desk-member'),
  ]);
  const subscribed = await rep(member).post(`/api/organisations/${member.id}/subscriptions`, {
    bodies: [bodyId],
    topics: ['education'],
    language: 'fi',
    frequency: 'immediate',
  });
  expect(subscribed.status).toBe(201);
});

describe('the desk of a representative', () => {
  it('lists open statements its subscriptions match until it signs, and a signature to confirm after an edit', async () => {
    const consultationId = await publishConsultation(`Koulukuljetukset ${run}`, 20);
    const title = `Kuljetuslausunto ${run}`;
    const statementId = await openStatement(consultationId, title);

    const before = forOrganisation(await deskOf(rep(member)), member);
    expect(titles(before.toSign)).toContain(title);
    expect(before.toSign.count).toBeGreaterThanOrEqual(1);
    expect(before.toSign.items.find((item: { title: string }) => item.title === title)).toMatchObject({
      path: `/statements/${statementId}`,
      due: expect.any(String),
    });
    // The lead's own open statement is not one for it to co-sign.
    expect(titles(forOrganisation(await deskOf(rep(lead)), lead).toSign)).not.toContain(title);

    expect((await sign(member, statementId, 1)).status).toBe(200);
    const signed = forOrganisation(await deskOf(rep(member)), member);
    expect(titles(signed.toSign)).not.toContain(title);
    expect(titles(signed.toReconfirm)).not.toContain(title);

    const edited = await rep(lead).patch(`/api/statements/${statementId}`, { body: 'Uusi teksti.' });
    expect(edited.status).toBe(200);
    const afterEdit = forOrganisation(await deskOf(rep(member)), member);
    expect(paths(afterEdit.toReconfirm)).toContain(`/statements/${statementId}`);
    expect(titles(afterEdit.toSign)).not.toContain(title);

    expect((await sign(member, statementId, 2)).status).toBe(200);
    expect(titles(forOrganisation(await deskOf(rep(member)), member).toReconfirm)).not.toContain(title);
  });

  it('lists its own drafts, and consultations it follows that close within 14 days', async () => {
    const soon = `Pian sulkeutuva ${run}`;
    const later = `Myöhemmin sulkeutuva ${run}`;
    const soonId = await publishConsultation(soon, 10);
    await publishConsultation(later, 30);
    const draft = await rep(member).post(`/api/consultations/${soonId}/statements`, {
      organisationId: member.id,
      language: 'fi',
      title: `Oma luonnos ${run}`,
      body: 'Luonnos.',
    });
    expect(draft.status).toBe(201);

    const own = forOrganisation(await deskOf(rep(member)), member);
    expect(own.closingSoon.items).toContainEqual({
      path: `/consultations/${soonId}`,
      title: soon,
      due: expect.any(String),
    });
    expect(titles(own.closingSoon)).not.toContain(later);
    expect(own.drafts.items).toContainEqual({
      path: `/statements/${draft.json.id}`,
      title: `Oma luonnos ${run}`,
    });
    // An organisation that follows nothing there sees neither.
    const other = forOrganisation(await deskOf(rep(lead)), lead);
    expect(titles(other.closingSoon)).not.toContain(soon);
  });

  it('lists a removal hearing awaiting its answer, until it answers', async () => {
    const heard = await memberOrganisation(coordinator, 'desk-heard');
    const opened = await coordinator.post(`/api/organisations/${heard.id}/removal`, {
      ground: 'unreachable',
      explanation: 'Letters came back.',
    });
    expect(opened.status).toBe(201);
    expect(forOrganisation(await deskOf(rep(heard)), heard).hearings).toEqual({
      count: 1,
      items: [{ path: `/organisations/${heard.id}`, title: heard.name, due: opened.json.deadline }],
    });
    await rep(heard).post(`/api/organisations/${heard.id}/removal/response`, { text: 'We are here.' });
    expect(forOrganisation(await deskOf(rep(heard)), heard).hearings.count).toBe(0);
  });

  it('lists published meetings to come that the person has not registered for', async () => {
    const now = new Date().toISOString();
    const meeting: Meeting = {
      id: randomUUID(),
      seriesId: randomUUID(),
      hostOrganisationId: lead.id,
      hostOrganisationName: lead.name,
      title: `Verkostotapaaminen ${run}`,
      language: 'fi',
      startsAt: inDays(20),
      endsAt: new Date(Date.now() + 20 * DAY + 3 * 3_600_000).toISOString(),
      capacity: 40,
      turnMinutes: 3,
      agenda: [],
      checklist: { datePlace: true },
      status: 'published',
      createdBy: 'test',
      createdAt: now,
      updatedAt: now,
      publishedAt: now,
      version: 1,
    };
    await transact(store(), meetingCreation(meeting));
    const listed = (await deskOf(rep(member))).meetingsToRegister;
    expect(listed.items).toContainEqual({
      path: `/meetings/${meeting.id}`,
      title: meeting.title,
      due: meeting.startsAt,
    });

    // A registration (as the registrations store writes it) takes it off.
    const registrationId = randomUUID();
    await transact(store(), [
      putItem(
        registrationItem({
          id: registrationId,
          meetingId: meeting.id,
          name: 'Rep',
          email: rep(member).email,
          language: 'fi',
          status: 'registered',
          position: 1,
          createdAt: now,
        }),
      ),
      // Its place taken, as confirming leaves it.
      {
        Update: {
          TableName: '',
          Key: placesKey(meeting.id),
          UpdateExpression: 'ADD registered :one, accepted :one',
          ExpressionAttributeValues: { ':one': 1 },
        },
      },
    ]);
    expect(paths((await deskOf(rep(member))).meetingsToRegister)).not.toContain(`/meetings/${meeting.id}`);
    expect(paths((await deskOf(rep(lead))).meetingsToRegister)).toContain(`/meetings/${meeting.id}`);
  });
});

describe('the desk of an officer', () => {
  it("lists the body's submissions to acknowledge and to answer, oldest first, with days waiting", async () => {
    const consultationId = await publishConsultation(`Lähetettävä ${run}`, 20);
    const submit = async (title: string) => {
      const id = await openStatement(consultationId, title);
      const submitted = await rep(lead).post(`/api/statements/${id}/submit`, {
        mandate: { kind: 'standing' },
      });
      expect(submitted.status).toBe(200);
      return id;
    };
    const first = await submit(`Ensimmäinen ${run}`);
    const second = await submit(`Toinen ${run}`);

    const office = (await deskOf(officer)).bodies.find((b: { bodyId: string }) => b.bodyId === bodyId);
    expect(office.bodyName).toBe(`Työpöytälautakunta ${run}`);
    expect(paths(office.toAcknowledge)).toEqual([`/submissions/${first}`, `/submissions/${second}`]);
    expect(office.toAcknowledge.count).toBe(2);
    expect(office.toAcknowledge.items[0]).toMatchObject({ title: `Ensimmäinen ${run}`, daysWaiting: 0 });

    expect((await officer.post(`/api/submissions/${first}/acknowledge`, {})).status).toBe(200);
    const acknowledged = (await deskOf(officer)).bodies.find((b: { bodyId: string }) => b.bodyId === bodyId);
    expect(paths(acknowledged.toAcknowledge)).toEqual([`/submissions/${second}`]);
    expect(acknowledged.toAnswer).toEqual({
      count: 1,
      items: [{ path: `/submissions/${first}`, title: `Ensimmäinen ${run}`, daysWaiting: 0 }],
    });

    // Days waiting count from submission: seen two days on, the oldest has waited two days.
    const caller: Caller = {
      personId: 'officer',
      email: officer.email,
      name: undefined,
      language: 'fi',
      coordinator: false,
      peerLeader: false,
      translatorLanguages: [],
      organisations: [],
      bodies: [bodyId],
    };
    const later = await desk(store(), caller, new Date(Date.now() + 2 * DAY + 60_000));
    expect(later.bodies[0]?.toAnswer.items[0]).toMatchObject({ daysWaiting: 2 });
  });

  it("lists the body's consultation drafts", async () => {
    const { json: draft } = await officer.post('/api/consultations', {
      bodyId,
      kind: 'consultation',
      originalLanguage: 'fi',
      texts: { fi: { title: `Luonnos ${run}`, summary: 'Luonnos.' } },
      topics: ['education'],
      contact: { name: 'V', email: 'v@example.org' },
    });
    const office = (await deskOf(officer)).bodies.find((b: { bodyId: string }) => b.bodyId === bodyId);
    expect(office.drafts.items).toContainEqual({
      path: `/consultations/${draft.id}`,
      title: `Luonnos ${run}`,
    });
  });
});

describe('the desk of the coordinator', () => {
  it('lists pending applications, mail given up on, and hearings past their deadline', async () => {
    const name = `Hakija ${run} ry`;
    const contact = uniqueEmail('desk-applicant');
    const applied = await applicant().post('/api/applications', {
      organisationName: name,
      municipalities: ['Jyväskylä'],
      languages: ['fi'],
      topics: ['education'],
      description: 'Kerhoja.',
      contact: { name: 'Contact', email: contact, language: 'fi' },
      representatives: [contact],
      acceptedPrinciplesVersion: (await import('#shared/membership/principles.ts')).principles.version,
    });
    expect(applied.status).toBe(201);

    // A message that used every attempt, given up on as the retry schedule does.
    const failing: MailSender = {
      send: async () => {
        throw Object.assign(new Error('InternalFailure: injected'), { $metadata: { httpStatusCode: 500 } });
      },
    };
    const to = `desk-exhausted-${run}@example.org`;
    const key = outboxKey(`test#desk#${run}`);
    const deps = { db: documentClient(), tableName: config().tableName, sender: failing };
    for (let attempt = 0; attempt < MAX_MAIL_ATTEMPTS; attempt += 1)
      await sendOnce(deps, key, { to: [to], subject: 'Hei', text: 'Hei', html: '<p>Hei</p>' });
    const { Item: failed } = await documentClient().send(
      new GetCommand({ TableName: config().tableName, Key: key }),
    );
    const failedAt = new Date().toISOString();
    await documentClient().send(
      new PutCommand({
        TableName: config().tableName,
        Item: {
          ...failed,
          status: 'exhausted',
          [KEY.gsi1pk]: EXHAUSTED_PARTITION,
          [KEY.gsi1sk]: failedAt,
          failedAt,
        },
      }),
    );

    const heard = await memberOrganisation(coordinator, 'desk-silent');
    await coordinator.post(`/api/organisations/${heard.id}/removal`, {
      ground: 'hinders',
      explanation: 'Reported twice.',
      hearingDays: 7,
    });

    const own = (await deskOf(coordinator)).coordinator;
    // Oldest first, twenty at most: other tests' applications may be older than this one.
    expect(own.applications.count).toBeGreaterThanOrEqual(1);
    expect(own.applications.items).toHaveLength(Math.min(20, own.applications.count));
    if (own.applications.items.length < 20)
      expect(own.applications.items).toContainEqual({
        path: '/coordinator?section=applications',
        title: name,
        daysWaiting: 0,
      });
    expect(own.exhaustedMail.items).toContainEqual({
      path: '/coordinator?section=mail',
      title: to,
      due: failedAt,
    });
    expect(own.exhaustedMail.count).toBeGreaterThanOrEqual(1);
    expect(paths(own.hearingsPastDeadline)).not.toContain(`/organisations/${heard.id}`);

    // Eight days on, the hearing's deadline has passed without an answer: it waits for a decision.
    const me = (await coordinator.get('/api/me')).json;
    const later = await desk(
      store(),
      { ...me, name: undefined, organisations: [], bodies: [] },
      new Date(Date.now() + 8 * DAY),
    );
    expect(later.coordinator?.hearingsPastDeadline.items).toContainEqual({
      path: `/organisations/${heard.id}`,
      title: heard.name,
      due: expect.any(String),
    });
  });

  it("shows the next meeting's checklist, ticked or not", async () => {
    const now = new Date();
    const meeting: Meeting = {
      id: randomUUID(),
      seriesId: randomUUID(),
      hostOrganisationId: lead.id,
      hostOrganisationName: lead.name,
      title: `Seuraava tapaaminen ${run}`,
      language: 'fi',
      // Sooner than any other test's meeting: the desk is asked as of a moment before it.
      startsAt: new Date(now.getTime() + 1_000).toISOString(),
      endsAt: new Date(now.getTime() + 3_600_000).toISOString(),
      capacity: 40,
      turnMinutes: 3,
      agenda: [],
      checklist: { datePlace: true, agenda: true },
      status: 'draft',
      createdBy: 'test',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      version: 1,
    };
    await transact(store(), meetingCreation(meeting));
    const me = (await coordinator.get('/api/me')).json;
    const answer = await desk(store(), { ...me, name: undefined, organisations: [], bodies: [] }, now);
    expect(answer.coordinator?.nextMeeting).toEqual({
      path: `/meetings/${meeting.id}`,
      title: meeting.title,
      startsAt: meeting.startsAt,
      status: 'draft',
      checklist: [
        { item: 'datePlace', done: true },
        { item: 'roomCoffee', done: false },
        { item: 'agenda', done: true },
        { item: 'invitations', done: false },
      ],
    });
  });
});

describe('the desk of a peer leader', () => {
  it('lists the requests waiting for their answer, each linked to where it is answered, until answered', async () => {
    const leader = await consentedPeerLeader({ languages: ['so'], municipalities: [`Deskkylä ${run}`] });
    const client = await signIn(leader.email);
    expect((await deskOf(client)).peerRequests).toEqual({ count: 0, items: [] });
    const asked = await rep(lead).post(`/api/peer-leaders/${leader.personId}/requests`, {
      organisationId: lead.id,
      purpose: `Työpöytäpyyntö ${run}`,
      when: 'Keväällä',
    });
    expect(asked.status).toBe(201);
    const waiting = (await deskOf(client)).peerRequests;
    expect(waiting).toEqual({
      count: 1,
      items: [{ path: `/peer-requests/${asked.json.id}`, title: lead.name, due: asked.json.expiresAt }],
    });
    // The representative who asked has no peer-leader list of their own.
    expect((await deskOf(rep(lead))).peerRequests).toBeUndefined();
    const answered = await client.post(`/api/peer-requests/${asked.json.id}/answer`, { answer: 'no' });
    expect(answered.status).toBe(200);
    expect((await deskOf(client)).peerRequests).toEqual({ count: 0, items: [] });
  });
});

describe('the desk of a person with no roles', () => {
  it('has no section', async () => {
    const nobody = await signIn(uniqueEmail('desk-nobody'));
    expect(await deskOf(nobody)).toEqual({ organisations: [], bodies: [] });
  });

  it('needs a session', async () => {
    expect((await applicant().get('/api/me/desk')).status).toBe(401);
  });
});
