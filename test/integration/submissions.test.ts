import { createHash, randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { handler as sendMail } from '#functions/streams/send-mail.ts';
import { sendDueReminders } from '#shared/statements/remind.ts';
import { store } from '#shared/store/client.ts';
import { deliveryKey } from '#shared/submissions/submission-store.ts';
import { lambdaContext } from '../support/api-event.ts';
import {
  anonymous,
  type Client,
  memberOrganisation,
  signedInCoordinator,
  signIn,
  uniqueEmail,
} from '../support/people.ts';
import { emailsTo, type StoredEmail, waitForMatching } from '../support/ses.ts';

type Organisation = Awaited<ReturnType<typeof memberOrganisation>>;
const rep = (org: Organisation) => org.reps[0] as Client;
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();
const inDays = (days: number) => inSeconds(days * 86_400);

let coordinator: Client;
let officer: Client;
let bodyId: string;
let registry: string;
let lead: Organisation;

async function publishConsultation(statementDeadline: string) {
  const { json: draft } = await officer.post('/api/consultations', {
    bodyId,
    kind: 'consultation',
    originalLanguage: 'fi',
    texts: { fi: { title: 'Nuorisotilojen aukioloajat', summary: 'Aukioloajat muuttuvat.' } },
    topics: ['culture-leisure'],
    statementDeadline,
    contact: { name: 'V', email: 'v@example.org' },
  });
  expect((await officer.post(`/api/consultations/${draft.id}/publish`)).status).toBe(200);
  return draft.id as string;
}

async function openStatement(consultationId: string, title: string, cosignDeadline = inDays(10)) {
  const { json: created } = await rep(lead).post(`/api/consultations/${consultationId}/statements`, {
    organisationId: lead.id,
    language: 'fi',
    title,
    body: 'Järjestöt esittävät, että nuorisotilat ovat auki myös sunnuntaisin.\n\nPerustelut ovat alla.',
  });
  const opened = await rep(lead).post(`/api/statements/${created.id}/open`, { cosignDeadline });
  expect(opened.status).toBe(200);
  return created.id as string;
}

const signFor = (org: Organisation, id: string, version: number, mandate: object = { kind: 'standing' }) =>
  rep(org).post(`/api/statements/${id}/signatures`, { organisationId: org.id, mandate, version });

/** The hash as the README documents it, recomputed from the public record alone. */
const recomputedHash = (record: {
  contentHash: string;
  signatories: { organisationId: string; organisationName: string; mandate: unknown; signedAt: string }[];
}) =>
  createHash('sha256')
    .update(
      JSON.stringify([
        record.contentHash,
        record.signatories.map((s) => [s.organisationId, s.organisationName, s.mandate, s.signedAt]),
      ]),
    )
    .digest('hex');

const withTitle = (title: string) => (email: StoredEmail) => (email.body.text ?? '').includes(title);

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  registry = uniqueEmail('kirjaamo');
  bodyId = (
    await coordinator.post('/api/bodies', {
      kind: 'board',
      municipality: 'Muurame',
      name: { fi: 'Vapaa-aikalautakunta', en: 'Leisure committee' },
      submissionEmail: registry,
    })
  ).json.id;
  const email = uniqueEmail('submission-officer');
  await coordinator.post(`/api/bodies/${bodyId}/officers`, { email, language: 'en' });
  officer = await signIn(email);
  lead = await memberOrganisation(coordinator, 'submission-lead');
});

describe('submitting a joint statement', () => {
  it('delivers the current text with its current co-signers and a hash the public record shows, once', async () => {
    const consultationId = await publishConsultation(inDays(20));
    const title = `Sunnuntaiaukiolo ${randomUUID().slice(0, 6)}`;
    const id = await openStatement(consultationId, title);
    const [a, b, c] = await Promise.all(
      ['signer-a', 'signer-b', 'signer-c'].map((label) => memberOrganisation(coordinator, label)),
    );
    const [first, second, third] = [a, b, c] as [Organisation, Organisation, Organisation];
    await signFor(first, id, 1, { kind: 'decision', decidedOn: '2026-11-18', decidedBy: 'Hallitus' });
    await signFor(second, id, 1);

    // An edit after signing: both are asked to confirm; only the first does; the third signs the new text.
    await rep(lead).patch(`/api/statements/${id}`, { body: 'Järjestöt esittävät sunnuntaiaukioloa.' });
    const changed = await waitForMatching(rep(second).email, withTitle(title));
    expect(changed).toHaveLength(1);
    await signFor(first, id, 2, { kind: 'decision', decidedOn: '2026-11-18', decidedBy: 'Hallitus' });
    await signFor(third, id, 2);

    const missingMandate = await rep(lead).post(`/api/statements/${id}/submit`, {});
    expect(missingMandate.status).toBe(400);
    expect(missingMandate.json.error.fields[0].field).toBe('mandate');
    expect(
      (await rep(first).post(`/api/statements/${id}/submit`, { mandate: { kind: 'standing' } })).status,
    ).toBe(403);

    const submitted = await rep(lead).post(`/api/statements/${id}/submit`, { mandate: { kind: 'standing' } });
    expect(submitted.status).toBe(200);
    const names = submitted.json.signatories.map((s: { organisationName: string }) => s.organisationName);
    expect(names[0]).toBe(lead.name);
    expect(names.slice(1).sort()).toEqual([first.name, third.name].sort());
    expect(names).not.toContain(second.name);
    expect(submitted.json.submissionHash).toBe(recomputedHash(submitted.json));
    // The lead's mandate given with the submission is its signature: the count still equals the signatures.
    const after = (await anonymous().get(`/api/statements/${id}`)).json;
    expect(after.signatureCount).toBe(after.signatures.length);
    expect(after.currentSignatureCount).toBe(names.length);
    const again = await rep(lead).post(`/api/statements/${id}/submit`, { mandate: { kind: 'standing' } });
    expect(again.json.submissionHash).toBe(submitted.json.submissionHash);

    // The body's address and its officer each receive it once.
    const [received] = await waitForMatching(registry, withTitle(title));
    const text = received?.body.text ?? '';
    for (const name of [lead.name, first.name, third.name]) expect(text).toContain(name);
    expect(text).not.toContain(second.name);
    expect(text).toContain('Hallitus');
    expect(text).toContain('Järjestöt esittävät sunnuntaiaukioloa.');
    expect(text).toContain(submitted.json.submissionHash);
    expect(text).toContain(`/submissions/${id}`);
    expect(await waitForMatching(officer.email, withTitle(title))).toHaveLength(1);

    // The public record shows the same hash and when it was delivered; where it went, only to those concerned.
    const record = (await anonymous().get(`/api/submissions/${id}`)).json;
    expect(record.submissionHash).toBe(submitted.json.submissionHash);
    expect(record.deliveredAt).toBeDefined();
    expect(record.deliveries).toBeUndefined();
    const listed = (await anonymous().get(`/api/consultations/${consultationId}/submissions`)).json.items;
    expect(listed.map((s: { submissionHash: string }) => s.submissionHash)).toEqual([record.submissionHash]);
    const forLead = (await rep(lead).get(`/api/submissions/${id}`)).json;
    expect(forLead.deliveries.map((d: { to: string; status: string }) => [d.to, d.status]).sort()).toEqual(
      [
        [registry, 'sent'],
        [officer.email, 'sent'],
      ].sort(),
    );
    expect(forLead.deliveries[0].messageId).toBeTruthy();

    // A redelivered stream record sends nothing again.
    const { Item: item } = await store().db.send(
      new GetCommand({ TableName: store().tableName, Key: deliveryKey(id, 'registry') }),
    );
    // A delivery is evidence: it never expires, and keeps no copy of the message once sent.
    expect(item).toMatchObject({ status: 'sent' });
    expect(item).not.toHaveProperty('expiresAt');
    expect(item).not.toHaveProperty('mail');
    const event = {
      Records: [{ eventName: 'INSERT', dynamodb: { NewImage: marshall(item), SequenceNumber: '1' } }],
    } as unknown as DynamoDBStreamEvent;
    const redelivered = await sendMail(event, lambdaContext);
    expect(redelivered).toEqual({ batchItemFailures: [] });
    expect((await emailsTo(registry)).filter(withTitle(title))).toHaveLength(1);

    // Signatures are closed once submitted.
    const late = await signFor(second, id, 2);
    expect(late.status).toBe(409);
  });

  it('is refused after the consultation deadline with a clear message', async () => {
    const consultationId = await publishConsultation(inSeconds(4));
    const id = await openStatement(consultationId, 'Myöhässä', inSeconds(3));
    await new Promise((resolve) => setTimeout(resolve, 4200));
    const late = await rep(lead).post(`/api/statements/${id}/submit`, { mandate: { kind: 'standing' } });
    expect(late.status).toBe(409);
    expect(late.json.error.code).toBe('consultation_closed');
    expect(late.json.error.message).toMatch(/deadline|closed/);
  });
});

describe("a body's inbox", () => {
  it('is for its own officers; acknowledging and answering reach every signatory and show on the public record', async () => {
    const consultationId = await publishConsultation(inDays(20));
    const title = `Vastattava lausunto ${randomUUID().slice(0, 6)}`;
    const id = await openStatement(consultationId, title);
    const cosigner = await memberOrganisation(coordinator, 'inbox-cosigner');
    await signFor(cosigner, id, 1);
    await rep(lead).post(`/api/statements/${id}/submit`, { mandate: { kind: 'standing' } });

    const otherBody = (
      await coordinator.post('/api/bodies', {
        kind: 'board',
        municipality: 'Muurame',
        name: { fi: 'Tekninen lautakunta' },
        submissionEmail: uniqueEmail('other-kirjaamo'),
      })
    ).json.id;
    const otherEmail = uniqueEmail('other-officer');
    await coordinator.post(`/api/bodies/${otherBody}/officers`, { email: otherEmail });
    const otherOfficer = await signIn(otherEmail);
    expect((await otherOfficer.get(`/api/bodies/${bodyId}/submissions`)).status).toBe(403);
    expect((await otherOfficer.post(`/api/submissions/${id}/acknowledge`, {})).status).toBe(403);
    expect((await rep(lead).post(`/api/submissions/${id}/acknowledge`, {})).status).toBe(403);

    const inbox = (await officer.get(`/api/bodies/${bodyId}/submissions`)).json.items;
    expect(inbox.map((s: { id: string }) => s.id)).toContain(id);

    const ack = await officer.post(`/api/submissions/${id}/acknowledge`, { diaryNumber: 'VAPA/123/2026' });
    expect(ack.json).toMatchObject({
      status: 'acknowledged',
      acknowledgement: { diaryNumber: 'VAPA/123/2026' },
    });
    expect((await officer.post(`/api/submissions/${id}/acknowledge`, {})).json.error.code).toBe(
      'already_acknowledged',
    );
    for (const org of [lead, cosigner]) {
      const [mail] = await waitForMatching(rep(org).email, (m) =>
        (m.body.text ?? '').includes('VAPA/123/2026'),
      );
      expect(mail?.subject).toContain(title);
    }

    const answer = await officer.post(`/api/submissions/${id}/response`, {
      outcome: 'partly',
      explanation: 'Sunnuntaiaukiolo kokeillaan kesällä.',
      decisionUrl: 'https://muurame.example/poytakirjat/12',
    });
    expect(answer.json).toMatchObject({ status: 'answered', response: { outcome: 'partly' } });
    for (const org of [lead, cosigner]) {
      const [mail] = await waitForMatching(rep(org).email, (m) =>
        (m.body.text ?? '').includes('Sunnuntaiaukiolo kokeillaan kesällä.'),
      );
      expect(mail?.body.text).toContain('https://muurame.example/poytakirjat/12');
    }

    expect((await anonymous().get(`/api/statements/${id}`)).json.status).toBe('answered');
    const record = (await anonymous().get(`/api/consultations/${consultationId}/submissions`)).json.items[0];
    expect(record).toMatchObject({
      acknowledgement: { diaryNumber: 'VAPA/123/2026' },
      response: { outcome: 'partly', explanation: 'Sunnuntaiaukiolo kokeillaan kesällä.' },
    });
    const figures = (await anonymous().get(`/api/bodies/${bodyId}/responsiveness`)).json;
    expect(figures.answered).toBeGreaterThanOrEqual(1);
    expect(figures.submissions).toBeGreaterThanOrEqual(figures.answered);
    expect(figures.shareAnswered).toBeCloseTo(figures.answered / figures.submissions, 3);
    expect(figures.medianDaysToAnswer).toBe(0);
  });

  it('reminds officers of unacknowledged submissions and leads of closing co-signing deadlines', async () => {
    const consultationId = await publishConsultation(inDays(20));
    const title = `Muistutettava ${randomUUID().slice(0, 6)}`;
    const id = await openStatement(consultationId, title, inDays(3));
    const openTitle = `Auki oleva ${randomUUID().slice(0, 6)}`;
    await openStatement(consultationId, openTitle, inDays(3));
    await rep(lead).post(`/api/statements/${id}/submit`, { mandate: { kind: 'standing' } });

    // Six days on: the submission is still unacknowledged, and the open statement's deadline near.
    await sendDueReminders(store(), new Date(Date.now() + 6 * 86_400_000));
    const [reminder] = await waitForMatching(
      officer.email,
      (m) => m.subject === `Not yet acknowledged: ${title}`,
    );
    expect(reminder?.body.text).toContain(`/bodies/${bodyId}/inbox`);
    const [cosign] = await waitForMatching(rep(lead).email, withTitle(openTitle));
    expect(cosign?.body.text).toContain('/statements/');
    // The submitted statement's own co-signing reminder was dropped, not sent.
    const toLead = await emailsTo(rep(lead).email);
    expect(toLead.filter((m) => (m.body.text ?? '').includes(`/statements/${id}`))).toEqual([]);
  });
});

describe('finding co-signers', () => {
  it('tells matching subscribed organisations and invited addresses, keeps versions, and lists what an organisation leads and signed', async () => {
    const subscriber = await memberOrganisation(coordinator, 'cosign-subscriber');
    const subscribed = await rep(subscriber).post(`/api/organisations/${subscriber.id}/subscriptions`, {
      bodies: [bodyId],
      language: 'en',
      frequency: 'weekly',
    });
    expect(subscribed.status).toBe(201);
    const consultationId = await publishConsultation(inDays(20));
    const title = `Kutsu allekirjoittamaan ${randomUUID().slice(0, 6)}`;
    const id = await openStatement(consultationId, title);

    const [opened] = await waitForMatching(rep(subscriber).email, withTitle(title));
    expect(opened?.subject).toBe(`Open for co-signing: ${title}`);
    expect(opened?.body.text).toContain(`/statements/${id}`);

    const invited = uniqueEmail('invited-association');
    const outsider = await memberOrganisation(coordinator, 'not-lead');
    const invitation = { emails: [invited], language: 'en', message: 'Tervetuloa mukaan!' };
    expect((await rep(outsider).post(`/api/statements/${id}/invitations`, invitation)).status).toBe(403);
    const tooMany = await rep(lead).post(`/api/statements/${id}/invitations`, {
      ...invitation,
      emails: Array.from({ length: 21 }, (_, i) => `a${i}@example.org`),
    });
    expect(tooMany.status).toBe(400);
    expect((await rep(lead).post(`/api/statements/${id}/invitations`, invitation)).json).toEqual({
      invited: 1,
    });
    const [invitationMail] = await waitForMatching(invited, withTitle(title));
    expect(invitationMail?.body.text).toContain('Tervetuloa mukaan!');
    expect(invitationMail?.body.text).toContain('/apply');

    await rep(lead).patch(`/api/statements/${id}`, { title: `${title} (2)` });
    const versions = (await anonymous().get(`/api/statements/${id}/versions`)).json.items;
    expect(versions.map((v: { version: number; title: string }) => [v.version, v.title])).toEqual([
      [2, `${title} (2)`],
      [1, title],
    ]);

    await signFor(subscriber, id, 2);
    const led = (await rep(lead).get(`/api/organisations/${lead.id}/statements`)).json;
    expect(led.items.map((s: { id: string }) => s.id)).toContain(id);
    expect((await rep(subscriber).get(`/api/organisations/${subscriber.id}/statements`)).json.items).toEqual(
      [],
    );
    const signed = (await rep(subscriber).get(`/api/organisations/${subscriber.id}/signed-statements`)).json;
    expect(signed.items).toMatchObject([{ id, version: 2, signedVersion: 2 }]);
    expect((await rep(outsider).get(`/api/organisations/${subscriber.id}/statements`)).status).toBe(403);
    expect((await rep(outsider).get(`/api/organisations/${subscriber.id}/signed-statements`)).status).toBe(
      403,
    );

    const withdrawn = await rep(lead).post(`/api/statements/${id}/withdraw`);
    expect(withdrawn.json.status).toBe('withdrawn');
    expect((await signFor(outsider, id, 2)).json.error.code).toBe('not_open');
    expect((await rep(lead).post(`/api/statements/${id}/submit`, {})).status).toBe(409);
  });
});
