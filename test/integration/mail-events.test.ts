import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  anonymous,
  type Client,
  memberOrganisation,
  signedInCoordinator,
  signIn,
  uniqueEmail,
} from '../support/people.ts';
import { emailsTo, type StoredEmail, waitForMatching } from '../support/ses.ts';

const { baseUrl } = inject('runtime');
let coordinator: Client;
let officer: Client;
let otherOfficer: Client;
let bodyId: string;

const isAlert = (mail: StoredEmail) => mail.subject.includes('Uimahalli');

async function subscribed(label: string, frequency = 'immediate') {
  const org = await memberOrganisation(coordinator, label);
  const rep = org.reps[0] as Client;
  await rep.post(`/api/organisations/${org.id}/subscriptions`, {
    bodies: [bodyId],
    language: 'fi',
    frequency,
  });
  return rep;
}

/** What SES would publish to SNS for the configuration set (trimmed to the fields Kaiutin reads). */
const sesEvent = (
  eventType: 'Bounce' | 'Complaint',
  email: string,
  tags: Record<string, string[]>,
  bounceType = 'Permanent',
) => ({
  eventType,
  ...(eventType === 'Bounce'
    ? { bounce: { bounceType, bounceSubType: 'General', bouncedRecipients: [{ emailAddress: email }] } }
    : { complaint: { complainedRecipients: [{ emailAddress: email }], complaintFeedbackType: 'abuse' } }),
  mail: { messageId: `local-${Date.now()}`, destination: [email], tags },
});

const publishEvent = (event: unknown) =>
  fetch(`${baseUrl}/_local/mail-events`, { method: 'POST', body: JSON.stringify(event) });

async function tallyOf(consultationId: string, until: (t: Record<string, number>) => boolean) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const { json } = await officer.get(`/api/consultations/${consultationId}/alerts`);
    if (until(json.total) || Date.now() > deadline) return json;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  const body = async (name: string) =>
    (
      await coordinator.post('/api/bodies', {
        kind: 'board',
        municipality: 'Muurame',
        name: { fi: name },
        submissionEmail: 'k@example.org',
      })
    ).json.id as string;
  bodyId = await body('Liikuntalautakunta');
  const otherBody = await body('Tekninen lautakunta');
  const email = uniqueEmail('bounce-officer');
  await coordinator.post(`/api/bodies/${bodyId}/officers`, { email });
  officer = await signIn(email);
  const otherEmail = uniqueEmail('other-officer');
  await coordinator.post(`/api/bodies/${otherBody}/officers`, { email: otherEmail });
  otherOfficer = await signIn(otherEmail);
});

describe('bounces, complaints and the alert figures', () => {
  it('count alerted, bounced and suppressed per version; a suppressed address gets no further alerts', async () => {
    const bouncing = await subscribed('bouncing');
    const complaining = await subscribed('complaining');
    const steady = await subscribed('steady');
    const weekly = await subscribed('weekly', 'weekly');
    const { json: draft } = await officer.post('/api/consultations', {
      bodyId,
      kind: 'consultation',
      originalLanguage: 'fi',
      texts: { fi: { title: 'Uimahallin aukioloajat', summary: 'Aukioloajat muuttuvat.' } },
      topics: ['culture-leisure'],
      statementDeadline: '2031-06-01T12:00:00Z',
      contact: { name: 'V', email: 'v@example.org' },
    });
    await officer.post(`/api/consultations/${draft.id}/publish`);
    for (const rep of [bouncing, complaining, steady]) await waitForMatching(rep.email, isAlert);

    const sent = await tallyOf(draft.id, (t) => t.alerted === 3);
    expect(sent.versions).toEqual([
      {
        version: 1,
        reason: 'published',
        recipients: 3,
        alerted: 3,
        pending: 0,
        failed: 0,
        bounced: 0,
        suppressed: 0,
        digest: 1,
        waiting: 0,
        releasedInTranslation: 0,
        releasedInOriginal: 0,
        followUps: 0,
        followUpsSent: 0,
        followUpsFailed: 0,
      },
    ]);

    const tags = { consultation: [draft.id], version: ['1'] };
    // A full mailbox (a transient bounce) changes nothing.
    expect((await publishEvent(sesEvent('Bounce', bouncing.email, tags, 'Transient'))).status).toBe(202);
    expect((await publishEvent(sesEvent('Bounce', bouncing.email, tags))).status).toBe(202);
    // SES may publish the same event twice: it counts once.
    await publishEvent(sesEvent('Bounce', bouncing.email, tags));
    await publishEvent(sesEvent('Complaint', complaining.email, tags));
    // The weekly subscriber complains (about an earlier message) before its digest goes out.
    await publishEvent(sesEvent('Complaint', weekly.email, {}));
    expect((await publishEvent({ not: 'an SES event' })).status).toBe(202);

    const bounced = await tallyOf(draft.id, (t) => t.bounced === 1);
    expect(bounced.total).toMatchObject({ recipients: 3, alerted: 2, bounced: 1, pending: 0 });

    const moved = await officer.patch(`/api/consultations/${draft.id}`, {
      statementDeadline: '2031-07-01T12:00:00Z',
    });
    expect(moved.json.version).toBe(2);
    await waitForMatching(steady.email, isAlert, 2);
    const updated = await tallyOf(draft.id, (t) => t.alerted === 3);
    expect(updated.versions[1]).toEqual({
      version: 2,
      reason: 'updated',
      recipients: 1,
      alerted: 1,
      pending: 0,
      failed: 0,
      bounced: 0,
      suppressed: 3,
      digest: 0,
      waiting: 0,
      releasedInTranslation: 0,
      releasedInOriginal: 0,
      followUps: 0,
      followUpsSent: 0,
      followUpsFailed: 0,
    });
    expect((await emailsTo(bouncing.email)).filter(isAlert)).toHaveLength(1);
    expect((await emailsTo(complaining.email)).filter(isAlert)).toHaveLength(1);
    const digests = await fetch(`${baseUrl}/_local/schedules/send-digests`, { method: 'POST' });
    expect(digests.status).toBe(200);
    const mentions = (mail: StoredEmail) => (mail.body.text ?? '').includes('Uimahalli');
    expect((await emailsTo(weekly.email)).filter(mentions)).toEqual([]);

    expect((await coordinator.get(`/api/consultations/${draft.id}/alerts`)).json.total.alerted).toBe(3);
    expect((await otherOfficer.get(`/api/consultations/${draft.id}/alerts`)).status).toBe(403);
    expect((await steady.get(`/api/consultations/${draft.id}/alerts`)).status).toBe(403);
    expect((await anonymous().get(`/api/consultations/${draft.id}/alerts`)).status).toBe(401);
  });
});
