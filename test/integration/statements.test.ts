import { beforeAll, describe, expect, it } from 'vitest';
import {
  anonymous,
  type Client,
  memberOrganisation,
  signedInCoordinator,
  signIn,
  uniqueEmail,
} from '../support/people.ts';

let coordinator: Client;
let officer: Client;
let consultationId: string;
let lead: Awaited<ReturnType<typeof memberOrganisation>>;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const leadRep = () => lead.reps[0] as Client;

async function inBatches<T, R>(items: T[], size: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size)
    results.push(...(await Promise.all(items.slice(i, i + size).map(task))));
  return results;
}

async function draftStatement(title = 'Yhteinen lausunto koulukuljetuksista') {
  const created = await leadRep().post(`/api/consultations/${consultationId}/statements`, {
    organisationId: lead.id,
    language: 'fi',
    title,
    body: 'Järjestöt esittävät, että **koulukuljetukset** säilytetään.',
  });
  expect(created.status).toBe(201);
  return created.json;
}

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  const bodyId = (
    await coordinator.post('/api/bodies', {
      kind: 'board',
      municipality: 'Toivakka',
      name: { fi: 'Sivistyslautakunta' },
      submissionEmail: 'kirjaamo@example.org',
    })
  ).json.id;
  const email = uniqueEmail('statement-officer');
  await coordinator.post(`/api/bodies/${bodyId}/officers`, { email });
  officer = await signIn(email);
  const { json: draft } = await officer.post('/api/consultations', {
    bodyId,
    kind: 'consultation',
    originalLanguage: 'fi',
    texts: { fi: { title: 'Koulukuljetukset', summary: 'Periaatteet päivitetään.' } },
    topics: ['education'],
    statementDeadline: inDays(20),
    contact: { name: 'V', email: 'v@example.org' },
  });
  await officer.post(`/api/consultations/${draft.id}/publish`);
  consultationId = draft.id;
  lead = await memberOrganisation(coordinator, 'lead');
});

describe('joint statements', () => {
  it('are private to the lead organisation while drafts, and open for co-signing no later than the consultation allows', async () => {
    const draft = await draftStatement();
    expect(draft).toMatchObject({
      status: 'draft',
      version: 1,
      signatureCount: 0,
      leadOrganisationId: lead.id,
    });
    expect(draft.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const other = await memberOrganisation(coordinator, 'outsider');
    expect((await (other.reps[0] as Client).get(`/api/statements/${draft.id}`)).status).toBe(404);
    expect((await anonymous().get(`/api/statements/${draft.id}`)).status).toBe(404);
    expect((await leadRep().get(`/api/statements/${draft.id}`)).status).toBe(200);
    expect((await anonymous().get(`/api/consultations/${consultationId}/statements`)).json.items).toEqual([]);

    const forOthers = await (other.reps[0] as Client).post(
      `/api/consultations/${consultationId}/statements`,
      {
        organisationId: lead.id,
        language: 'fi',
        title: 'T',
        body: 'B',
      },
    );
    expect(forOthers.status).toBe(403);

    const tooLate = await leadRep().post(`/api/statements/${draft.id}/open`, { cosignDeadline: inDays(30) });
    expect(tooLate.status).toBe(409);
    expect(tooLate.json.error.code).toBe('after_statement_deadline');
    const opened = await leadRep().post(`/api/statements/${draft.id}/open`, { cosignDeadline: inDays(10) });
    expect(opened.json).toMatchObject({ status: 'open' });
    expect((await anonymous().get(`/api/statements/${draft.id}`)).status).toBe(200);
  });

  it('records fifty organisations signing at once exactly once each; signing twice changes nothing', async () => {
    const { id } = await draftStatement('Viisikymmentä allekirjoittajaa');
    await leadRep().post(`/api/statements/${id}/open`, { cosignDeadline: inDays(10) });
    const signers = await inBatches(
      Array.from({ length: 50 }, (_, i) => i),
      10,
      (i) => memberOrganisation(coordinator, `signer${i}`),
    );
    const signOnce = (org: (typeof signers)[number]) =>
      (org.reps[0] as Client).post(`/api/statements/${id}/signatures`, {
        organisationId: org.id,
        mandate: { kind: 'decision', decidedOn: '2026-11-20', decidedBy: 'Hallitus' },
        version: 1,
      });
    const answers = await Promise.all(signers.map(signOnce));
    expect(answers.map((a) => a.status)).toEqual(signers.map(() => 200));
    const again = await signOnce(signers[0] as (typeof signers)[number]);
    expect(again.status).toBe(200);

    const { json: read } = await anonymous().get(`/api/statements/${id}`);
    expect(read.signatureCount).toBe(50);
    expect(read.signatures).toHaveLength(50);
    expect(new Set(read.signatures.map((s: { organisationId: string }) => s.organisationId)).size).toBe(50);
    expect(read.signatures[0]).toMatchObject({
      mandate: { kind: 'decision', decidedOn: '2026-11-20', decidedBy: 'Hallitus' },
      version: 1,
      contentHash: read.contentHash,
      current: true,
    });
  });

  it('marks signatures of an earlier version after an edit, until each organisation confirms the new text', async () => {
    const { id } = await draftStatement('Muuttuva lausunto');
    await leadRep().post(`/api/statements/${id}/open`, { cosignDeadline: inDays(10) });
    const [a, b] = await Promise.all([
      memberOrganisation(coordinator, 'early-a'),
      memberOrganisation(coordinator, 'early-b'),
    ]);
    const signFor = (org: typeof a, version: number) =>
      (org.reps[0] as Client).post(`/api/statements/${id}/signatures`, {
        organisationId: org.id,
        mandate: { kind: 'standing' },
        version,
      });
    await signFor(a, 1);
    await signFor(b, 1);

    expect(
      (await (a.reps[0] as Client).patch(`/api/statements/${id}`, { body: 'Toinen teksti.' })).status,
    ).toBe(403);
    const edited = await leadRep().patch(`/api/statements/${id}`, {
      body: 'Järjestöt esittävät uutta tekstiä.',
    });
    expect(edited.json).toMatchObject({ version: 2, signatureCount: 2 });
    const fromStalePage = await leadRep().patch(`/api/statements/${id}`, {
      body: 'Vanhasta versiosta.',
      version: 1,
    });
    expect(fromStalePage.status).toBe(409);
    expect(fromStalePage.json.error.code).toBe('changed_meanwhile');
    const unchanged = await leadRep().patch(`/api/statements/${id}`, {
      body: 'Järjestöt esittävät uutta tekstiä.',
    });
    expect(unchanged.json.version).toBe(2);

    const afterEdit = (await anonymous().get(`/api/statements/${id}`)).json;
    expect(afterEdit.currentSignatureCount).toBe(0);
    expect(afterEdit.signatures.map((s: { current: boolean }) => s.current)).toEqual([false, false]);

    const stale = await signFor(a, 1);
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe('changed_meanwhile');
    const confirmed = await signFor(a, 2);
    expect(confirmed.json).toMatchObject({
      signatureCount: 2,
      signature: { organisationId: a.id, version: 2, contentHash: edited.json.contentHash },
    });
    expect((await anonymous().get(`/api/statements/${id}`)).json.currentSignatureCount).toBe(1);

    expect((await (a.reps[0] as Client).delete(`/api/statements/${id}/signatures/${b.id}`)).status).toBe(403);
    expect((await (b.reps[0] as Client).delete(`/api/statements/${id}/signatures/${b.id}`)).status).toBe(204);
    expect((await (b.reps[0] as Client).delete(`/api/statements/${id}/signatures/${b.id}`)).status).toBe(404);
    const final = (await anonymous().get(`/api/statements/${id}`)).json;
    expect(final).toMatchObject({ signatureCount: 1, currentSignatureCount: 1 });
    expect(final.signatures).toHaveLength(1);
  });
});

describe('invitations to co-sign', () => {
  it('are limited per representative and per organisation a day, besides per statement', async () => {
    const inviter = await memberOrganisation(coordinator, 'inviter', 2);
    const [first, second] = inviter.reps as [Client, Client];
    const openStatement = async (title: string) => {
      const created = await first.post(`/api/consultations/${consultationId}/statements`, {
        organisationId: inviter.id,
        language: 'fi',
        title,
        body: 'Järjestöt esittävät, että kuljetukset säilytetään.',
      });
      expect(
        (await first.post(`/api/statements/${created.json.id}/open`, { cosignDeadline: inDays(10) })).status,
      ).toBe(200);
      return created.json.id as string;
    };
    const [one, two] = [await openStatement('Kutsut yksi'), await openStatement('Kutsut kaksi')];
    const invite = (rep: Client, id: string, count: number) =>
      rep.post(`/api/statements/${id}/invitations`, {
        emails: Array.from({ length: count }, () => uniqueEmail('invitee')),
        language: 'fi',
      });

    expect((await invite(first, one, 20)).status).toBe(202);
    expect((await invite(first, two, 10)).status).toBe(202);
    // Thirty addresses a day per representative, whichever statements they were invited to.
    const personal = await invite(first, two, 1);
    expect(personal.status).toBe(429);
    expect(personal.json.error.code).toBe('too_many_requests');

    // Fifty a day per organisation, whichever representative invites.
    expect((await invite(second, one, 20)).status).toBe(202);
    const organisational = await invite(second, two, 1);
    expect(organisational.status).toBe(429);
    expect(organisational.json.error.code).toBe('too_many_requests');
  });
});
