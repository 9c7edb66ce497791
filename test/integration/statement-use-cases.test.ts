import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '#shared/auth/access.ts';
import { draftConsultation } from '#shared/consultations/draft-consultation.ts';
import { publishConsultation } from '#shared/consultations/publish-consultation.ts';
import { editStatement } from '#shared/statements/edit-statement.ts';
import { openStatement } from '#shared/statements/open-statement.ts';
import { readStatement } from '#shared/statements/read-statement.ts';
import { signStatement } from '#shared/statements/sign-statement.ts';
import { startStatement } from '#shared/statements/start-statement.ts';
import { submitStatement } from '#shared/statements/submit-statement.ts';
import { store } from '#shared/store/client.ts';
import { acknowledgeSubmission, answerSubmission } from '#shared/submissions/record-answer.ts';
import { type Client, memberOrganisation, signedInCoordinator, uniqueEmail } from '../support/people.ts';

/**
 * The statement use cases called as the handlers call them, without HTTP: each takes the time as
 * a value, so a rule about a deadline is tested at a moment past it instead of waiting for it.
 */

const DAY = 86_400_000;
const start = new Date();
const at = (days: number) => new Date(start.getTime() + days * DAY);

type Organisation = Awaited<ReturnType<typeof memberOrganisation>>;

const callerFor = (roles: Partial<Pick<Caller, 'coordinator' | 'organisations' | 'bodies'>>): Caller => ({
  personId: randomUUID(),
  email: uniqueEmail('use-case'),
  name: undefined,
  language: 'fi',
  coordinator: false,
  peerLeader: false,
  translatorLanguages: [],
  organisations: [],
  bodies: [],
  ...roles,
});

let coordinator: Client;
let bodyId: string;
let officer: Caller;
let lead: Organisation;
let leadRep: Caller;

async function publishedConsultation(statementDeadline: Date) {
  const manager = callerFor({ bodies: [bodyId] });
  const draft = await draftConsultation(
    store(),
    manager,
    {
      bodyId,
      kind: 'consultation',
      originalLanguage: 'fi',
      texts: { fi: { title: 'Kirjastoverkko', summary: 'Kunta kysyy kirjastojen aukioloista.' } },
      topics: ['culture-leisure'],
      links: [],
      statementDeadline: statementDeadline.toISOString(),
      contact: { name: 'Virkailija', email: 'virkailija@example.org' },
    },
    start,
  );
  return publishConsultation(store(), manager, draft.id, start);
}

async function draftStatement(consultationId: string) {
  return startStatement(
    store(),
    leadRep,
    consultationId,
    {
      organisationId: lead.id,
      language: 'fi',
      title: `Kirjastot ${randomUUID().slice(0, 6)}`,
      body: 'Esitämme.',
    },
    start,
  );
}

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  bodyId = (
    await coordinator.post('/api/bodies', {
      kind: 'board',
      municipality: 'Laukaa',
      name: { fi: 'Sivistyslautakunta' },
      submissionEmail: uniqueEmail('laukaa-kirjaamo'),
    })
  ).json.id;
  officer = callerFor({ bodies: [bodyId] });
  lead = await memberOrganisation(coordinator, 'use-case-lead');
  leadRep = callerFor({ organisations: [lead.id] });
});

describe('statement use cases', () => {
  it('open a draft only with a co-signing deadline between the given time and the statement deadline', async () => {
    const consultation = await publishedConsultation(at(20));
    const draft = await draftStatement(consultation.id);
    const open = (deadline: Date, now = start) =>
      openStatement(store(), leadRep, draft.id, deadline.toISOString(), now);
    await expect(open(at(21))).rejects.toMatchObject({ name: 'Conflict', code: 'after_statement_deadline' });
    await expect(open(at(5), at(6))).rejects.toMatchObject({ name: 'Conflict', code: 'deadline_passed' });
    await expect(open(at(5), start)).resolves.toMatchObject({
      status: 'open',
      openedAt: start.toISOString(),
    });
    await expect(open(at(6))).rejects.toMatchObject({ name: 'Conflict', code: 'not_draft' });
  });

  it('edit: an unchanged text is no new version, and an edit of an older version is refused', async () => {
    const consultation = await publishedConsultation(at(20));
    const draft = await draftStatement(consultation.id);
    const same = await editStatement(store(), leadRep, draft.id, { body: draft.body }, at(1));
    expect(same).toEqual(draft);
    const edited = await editStatement(
      store(),
      leadRep,
      draft.id,
      { body: 'Esitämme toisin.', version: 1 },
      at(1),
    );
    expect(edited).toMatchObject({ version: 2, updatedAt: at(1).toISOString() });
    expect(edited.contentHash).not.toBe(draft.contentHash);
    await expect(
      editStatement(store(), leadRep, draft.id, { title: 'Vanhasta versiosta', version: 1 }, at(1)),
    ).rejects.toMatchObject({ name: 'Conflict', code: 'changed_meanwhile' });
    const outsider = callerFor({ organisations: [randomUUID()] });
    await expect(
      editStatement(store(), outsider, draft.id, { title: 'Ei näy' }, at(1)),
    ).rejects.toMatchObject({
      name: 'NotFound',
    });
  });

  it('submit: the lead signs with its mandate, co-signers of an older text are left out, and the deadline holds at the given time', async () => {
    const consultation = await publishedConsultation(at(20));
    const draft = await draftStatement(consultation.id);
    await openStatement(store(), leadRep, draft.id, at(10).toISOString(), start);
    const cosigner = await memberOrganisation(coordinator, 'use-case-cosigner');
    const cosignerRep = callerFor({ organisations: [cosigner.id] });
    await signStatement(
      store(),
      cosignerRep,
      draft.id,
      { organisationId: cosigner.id, mandate: { kind: 'standing' }, version: 1 },
      at(1),
    );
    // The co-signer signed version 1; version 2 is what is submitted.
    await editStatement(store(), leadRep, draft.id, { body: 'Uusi teksti.' }, at(2));

    await expect(submitStatement(store(), leadRep, draft.id, {}, at(3))).rejects.toMatchObject({
      name: 'ValidationFailed',
      fields: [{ field: 'mandate', code: 'mandateRequired' }],
    });
    await expect(
      submitStatement(store(), leadRep, draft.id, { mandate: { kind: 'standing' } }, at(20)),
    ).rejects.toMatchObject({ name: 'Conflict', code: 'consultation_closed' });
    await expect(
      submitStatement(store(), cosignerRep, draft.id, { mandate: { kind: 'standing' } }, at(3)),
    ).rejects.toMatchObject({ name: 'Forbidden' });

    const submitted = await submitStatement(
      store(),
      leadRep,
      draft.id,
      { mandate: { kind: 'standing' } },
      at(3),
    );
    expect(submitted).toMatchObject({ status: 'submitted', version: 2, submittedAt: at(3).toISOString() });
    expect(submitted.signatories.map((s) => s.organisationId)).toEqual([lead.id]);
    const read = await readStatement(store(), draft.id, undefined);
    expect(read).toMatchObject({ status: 'submitted', signatureCount: 2, currentSignatureCount: 1 });

    // Submitting again, even past the deadline, answers with what was submitted.
    const again = await submitStatement(store(), leadRep, draft.id, {}, at(30));
    expect(again.submissionHash).toBe(submitted.submissionHash);
    expect(again.submittedAt).toBe(submitted.submittedAt);
  });

  it('record an answer: officers of the body only, acknowledged once, a final outcome after a pending one', async () => {
    const consultation = await publishedConsultation(at(20));
    const draft = await draftStatement(consultation.id);
    const { id } = await submitStatement(
      store(),
      leadRep,
      draft.id,
      { mandate: { kind: 'standing' } },
      at(1),
    );
    const otherOfficer = callerFor({ bodies: [randomUUID()] });

    await expect(acknowledgeSubmission(store(), otherOfficer, id, undefined, at(2))).rejects.toMatchObject({
      name: 'Forbidden',
    });
    const acknowledged = await acknowledgeSubmission(store(), officer, id, 'DNo 12/2027', at(2));
    expect(acknowledged).toMatchObject({
      status: 'acknowledged',
      acknowledgement: { at: at(2).toISOString(), diaryNumber: 'DNo 12/2027' },
    });
    await expect(acknowledgeSubmission(store(), officer, id, undefined, at(3))).rejects.toMatchObject({
      name: 'Conflict',
      code: 'already_acknowledged',
    });

    const pending = await answerSubmission(
      store(),
      officer,
      id,
      { outcome: 'decision-pending', explanation: 'Päätös tehdään keväällä.' },
      at(4),
    );
    expect(pending).toMatchObject({ status: 'acknowledged' });
    expect(pending.answeredAt).toBeUndefined();
    expect((await readStatement(store(), draft.id, undefined)).status).toBe('acknowledged');

    const final = await answerSubmission(
      store(),
      officer,
      id,
      { outcome: 'partly', explanation: 'Osa esityksistä otettiin huomioon.' },
      at(5),
    );
    expect(final).toMatchObject({
      status: 'answered',
      answeredAt: at(5).toISOString(),
      acknowledgement: { at: at(2).toISOString() },
      response: { outcome: 'partly', at: at(5).toISOString() },
    });
    expect((await readStatement(store(), draft.id, undefined)).status).toBe('answered');
  });
});
