import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { CONSENT_VERSION } from '#shared/peers/facts.ts';
import { deletePeerData, putConsent, putProfile, readPeerState } from '#shared/peers/peer-store.ts';
import { findPersonId } from '#shared/people/person-store.ts';
import { store } from '#shared/store/client.ts';
import { allItems } from '../support/invariants.ts';
import { allPages } from '../support/pages.ts';
import {
  anonymous,
  type Client,
  memberOrganisation,
  signedInCoordinator,
  signIn,
  uniqueEmail,
} from '../support/people.ts';
import { emailsTo, waitForMatching } from '../support/ses.ts';

const { dynamodbEndpoint, tableName } = inject('runtime');

const put = (client: Client, path: string, body: unknown) => client.request('PUT', path, body);

const profile = (municipality: string, languages = ['so', 'ti']) => ({
  name: 'Hodan Ali',
  languages,
  municipalities: [municipality],
  themes: ['education'],
  availability: 'available',
  introduction: 'Ohjaan vertaisryhmiä somaliksi ja tigrinjaksi.',
});

/** A person invited by the coordinator and signed in. */
async function invited(coordinator: Client, label: string) {
  const email = uniqueEmail(label);
  const answer = await coordinator.post('/api/peer-leaders/invitations', { email, language: 'en' });
  expect(answer.status).toBe(200);
  return { client: await signIn(email), personId: answer.json.personId as string, email };
}

async function consented(coordinator: Client, label: string, visibility: string, open = false) {
  const leader = await invited(coordinator, label);
  const given = await put(leader.client, '/api/me/peer-leader/consent', {
    version: CONSENT_VERSION,
    visibility,
    public: open,
  });
  expect(given.status).toBe(200);
  const saved = await put(
    leader.client,
    '/api/me/peer-leader/profile',
    profile(`Kunta-${randomUUID().slice(0, 8)}`),
  );
  expect(saved.status).toBe(200);
  return leader;
}

/** Every item the table holds about the person's bank data, wherever it lives. */
async function bankItemsOf(personId: string) {
  return (await allItems(dynamodbEndpoint, tableName)).filter(
    (item) =>
      (String(item.pk).startsWith('PEERS#L#') && item.sk === personId) ||
      (item.pk === `PERSON#${personId}` && String(item.sk).startsWith('PEER#')),
  );
}

describe('the peer-leader bank', () => {
  it('invites once: the role, the list entry and one email that links to /peer-leader', async () => {
    const coordinator = await signedInCoordinator();
    const email = uniqueEmail('invited');
    const first = await coordinator.post('/api/peer-leaders/invitations', {
      email,
      name: 'Amanuel',
      language: 'en',
    });
    expect(first.json).toMatchObject({ invited: true });
    const again = await coordinator.post('/api/peer-leaders/invitations', { email, language: 'en' });
    expect(again.json).toEqual({ personId: first.json.personId, invited: false });
    const [mail] = await waitForMatching(email, (m) => (m.body.text ?? '').includes('/peer-leader'));
    expect(mail?.subject).toContain('peer-leader bank');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await emailsTo(email)).length).toBe(1);

    const leader = await signIn(email);
    expect((await leader.get('/api/me')).json.peerLeader).toBe(true);
    const mine = await leader.get('/api/me/peer-leader');
    expect(mine.json).toEqual({
      invited: true,
      currentVersion: CONSENT_VERSION,
      consent: null,
      mustConsent: true,
      profile: null,
    });
    const listed = await allPages(coordinator, '/api/peer-leaders/invited');
    expect(listed.find((one) => one.email === email)).toEqual({
      personId: first.json.personId,
      email,
      name: 'Amanuel',
      language: 'en',
      invitedAt: expect.any(String),
      consented: false,
      trainings: 0,
    });
  });

  it('keeps the profile until consent, then saves it with any ISO 639 language', async () => {
    const coordinator = await signedInCoordinator();
    const leader = await invited(coordinator, 'consent-first');
    const early = await put(leader.client, '/api/me/peer-leader/profile', profile('Jyväskylä'));
    expect(early.status).toBe(409);
    expect(early.json.error.code).toBe('consent_required');
    const wrongVersion = await put(leader.client, '/api/me/peer-leader/consent', {
      version: '2000-01-01',
      visibility: 'members',
    });
    expect(wrongVersion.status).toBe(400);

    const given = await put(leader.client, '/api/me/peer-leader/consent', {
      version: CONSENT_VERSION,
      visibility: 'coordinator',
    });
    expect(given.json).toMatchObject({ version: CONSENT_VERSION, visibility: 'coordinator', public: false });
    expect(given.json.covers).toContain('languages');
    const bad = await put(leader.client, '/api/me/peer-leader/profile', {
      ...profile('X'),
      languages: ['xx-nope'],
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.fields[0].code).toBe('languageCode');
    const saved = await put(leader.client, '/api/me/peer-leader/profile', {
      ...profile('Jyväskylä'),
      languages: ['som', 'ti', 'prs'],
    });
    expect(saved.status).toBe(200);
    expect(saved.json.languages).toEqual(['so', 'ti', 'prs']);
    const mine = (await leader.client.get('/api/me/peer-leader')).json;
    expect(mine).toMatchObject({ mustConsent: false, profile: { languages: ['so', 'ti', 'prs'] } });

    // A change of languages moves the index items: the dropped language's goes.
    await put(leader.client, '/api/me/peer-leader/profile', {
      ...profile('Jyväskylä'),
      languages: ['ti', 'am'],
    });
    const index = (await bankItemsOf(leader.personId)).filter((item) =>
      String(item.pk).startsWith('PEERS#L#'),
    );
    expect(index.map((item) => item.pk).sort()).toEqual(['PEERS#L#am', 'PEERS#L#ti']);

    const entry = (await allPages(coordinator, '/api/peer-leaders/invited')).find(
      (one) => one.personId === leader.personId,
    );
    expect(entry).toMatchObject({ consented: true, trainings: 0 });
    expect(entry).not.toHaveProperty('languages');

    // A non-invited person cannot consent.
    const stranger = await signIn(uniqueEmail('stranger'));
    expect(
      (
        await put(stranger, '/api/me/peer-leader/consent', {
          version: CONSENT_VERSION,
          visibility: 'members',
        })
      ).status,
    ).toBe(403);
    expect((await stranger.get('/api/me/peer-leader')).json).toMatchObject({
      invited: false,
      mustConsent: false,
    });
  });

  it('shows a profile only to whom its person chose', async () => {
    const coordinator = await signedInCoordinator();
    const member = await memberOrganisation(coordinator, 'PeerMember');
    const memberRep = member.reps[0] as Client;
    const nonRep = await signIn(uniqueEmail('signed-in'));
    const onlyCoordinator = await consented(coordinator, 'only-coordinator', 'coordinator');
    const toMembers = await consented(coordinator, 'to-members', 'members');
    const open = await consented(coordinator, 'public', 'coordinator', true);
    const path = (leader: { personId: string }) => `/api/peer-leaders/${leader.personId}`;

    expect((await coordinator.get(path(onlyCoordinator))).status).toBe(200);
    expect((await onlyCoordinator.client.get(path(onlyCoordinator))).status).toBe(200);
    expect((await memberRep.get(path(onlyCoordinator))).status).toBe(404);
    expect((await memberRep.get(path(toMembers))).status).toBe(200);
    expect((await nonRep.get(path(toMembers))).status).toBe(404);
    expect((await anonymous().get(path(toMembers))).status).toBe(404);
    expect((await toMembers.client.get(path(onlyCoordinator))).status).toBe(404);
    expect((await anonymous().get(path(open))).status).toBe(200);
    expect((await nonRep.get(path(open))).json.name).toBe('Hodan Ali');
    expect((await anonymous().get(`/api/peer-leaders/${randomUUID()}`)).status).toBe(404);

    // Choosing members later opens it to them at once, index items included.
    await put(onlyCoordinator.client, '/api/me/peer-leader/consent', {
      version: CONSENT_VERSION,
      visibility: 'members',
    });
    expect((await memberRep.get(path(onlyCoordinator))).status).toBe(200);
    const index = (await bankItemsOf(onlyCoordinator.personId)).filter((i) =>
      String(i.pk).startsWith('PEERS#L#'),
    );
    expect(index.map((item) => item.visibility)).toEqual(['members', 'members']);
  });

  it('erases the profile at once when consent is withdrawn', async () => {
    const coordinator = await signedInCoordinator();
    const leader = await consented(coordinator, 'withdraws', 'members', true);
    expect(
      (
        await coordinator.post(`/api/peer-leaders/${leader.personId}/trainings`, {
          course: 'Vertaisohjaajan peruskurssi',
          completedOn: '2026-05-14',
        })
      ).status,
    ).toBe(201);
    expect((await bankItemsOf(leader.personId)).length).toBe(5);

    expect((await leader.client.delete('/api/me/peer-leader/consent')).status).toBe(204);
    expect(await bankItemsOf(leader.personId)).toEqual([]);
    expect((await anonymous().get(`/api/peer-leaders/${leader.personId}`)).status).toBe(404);
    const mine = (await leader.client.get('/api/me/peer-leader')).json;
    expect(mine).toMatchObject({ invited: true, consent: null, profile: null, mustConsent: true });
    expect((await leader.client.delete('/api/me/peer-leader/consent')).status).toBe(204);
  });

  it('lets only the coordinator record and delete trainings', async () => {
    const coordinator = await signedInCoordinator();
    const leader = await consented(coordinator, 'trained', 'coordinator');
    const member = await memberOrganisation(coordinator, 'PeerTrainer');
    const path = `/api/peer-leaders/${leader.personId}/trainings`;
    const training = { course: 'Kriisityön perusteet', completedOn: '2026-03-02' };
    expect((await leader.client.post(path, training)).status).toBe(403);
    expect((await (member.reps[0] as Client).post(path, training)).status).toBe(403);
    expect((await coordinator.post(`/api/peer-leaders/${randomUUID()}/trainings`, training)).status).toBe(
      404,
    );
    const recorded = await coordinator.post(path, training);
    expect(recorded.status).toBe(201);
    expect((await leader.client.get('/api/me/peer-leader')).json.profile.trainings).toEqual([recorded.json]);
    const listed = await allPages(coordinator, '/api/peer-leaders/invited');
    expect(listed.find((one) => one.personId === leader.personId)?.trainings).toBe(1);
    expect((await leader.client.delete(`${path}/${recorded.json.id}`)).status).toBe(403);
    expect((await coordinator.delete(`${path}/${recorded.json.id}`)).status).toBe(204);
    expect((await coordinator.delete(`${path}/${recorded.json.id}`)).status).toBe(404);
  });

  it('takes proposals from member organisations, which the coordinator accepts or declines', async () => {
    const coordinator = await signedInCoordinator();
    const member = await memberOrganisation(coordinator, 'Proposer');
    const rep = member.reps[0] as Client;
    const email = uniqueEmail('proposed');
    const proposed = await rep.post(`/api/organisations/${member.id}/peer-leader-proposals`, {
      email,
      name: 'Saba',
      note: 'Ohjaa tigrinjankielistä naisten ryhmää.',
      language: 'en',
    });
    expect(proposed.status).toBe(201);
    expect(await emailsTo(email)).toEqual([]);
    const other = await rep.post(`/api/organisations/${member.id}/peer-leader-proposals`, {
      email: uniqueEmail('declined'),
      name: 'Declined Person',
    });
    expect(
      (await anonymous().post(`/api/organisations/${member.id}/peer-leader-proposals`, { email })).status,
    ).toBe(401);
    expect((await rep.get('/api/peer-leader-proposals')).status).toBe(403);

    const pending = (await coordinator.get('/api/peer-leader-proposals')).json.items as { id: string }[];
    expect(pending.map((p) => p.id)).toEqual(expect.arrayContaining([proposed.json.id, other.json.id]));
    const accepted = await coordinator.post(`/api/peer-leader-proposals/${proposed.json.id}/accept`);
    expect(accepted.json).toMatchObject({ status: 'accepted' });
    expect((await coordinator.post(`/api/peer-leader-proposals/${proposed.json.id}/accept`)).status).toBe(
      409,
    );
    await waitForMatching(email, (m) => (m.body.text ?? '').includes('/peer-leader'));
    const personId = (await findPersonId(store(), email)) as string;
    expect(personId).toBe(accepted.json.personId);
    const listed = await allPages(coordinator, '/api/peer-leaders/invited');
    expect(listed.find((one) => one.personId === personId)).toMatchObject({ email, name: 'Saba' });

    const declined = await coordinator.post(`/api/peer-leader-proposals/${other.json.id}/decline`);
    expect(declined.json).toMatchObject({ status: 'declined' });
    expect(declined.json).not.toHaveProperty('email');
    expect((await coordinator.post(`/api/peer-leader-proposals/${other.json.id}/accept`)).status).toBe(409);
    expect((await coordinator.post(`/api/peer-leader-proposals/${randomUUID()}/decline`)).status).toBe(404);
    const stored = (await allItems(dynamodbEndpoint, tableName)).find(
      (item) => item.pk === `PEER-PROPOSAL#${other.json.id}`,
    );
    expect(JSON.stringify(stored)).not.toContain('Declined Person');
  });

  it('limits proposals per organisation', async () => {
    const coordinator = await signedInCoordinator();
    const member = await memberOrganisation(coordinator, 'Busy');
    const rep = member.reps[0] as Client;
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1)
      statuses.push(
        (
          await rep.post(`/api/organisations/${member.id}/peer-leader-proposals`, {
            email: uniqueEmail('many'),
          })
        ).status,
      );
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('holds a profile save to the consent it read, and a first consent to the absence of a profile', async () => {
    const coordinator = await signedInCoordinator();
    const leader = await consented(coordinator, 'racing-save', 'members');
    const read = await readPeerState(store(), leader.personId);
    // The person narrows their choice while a save that read the old one is on its way.
    await put(leader.client, '/api/me/peer-leader/consent', {
      version: CONSENT_VERSION,
      visibility: 'coordinator',
    });
    const stale = {
      ...(read.profile as NonNullable<typeof read.profile>),
      updatedAt: new Date().toISOString(),
    };
    await expect(
      putProfile(store(), stale, read.consent as NonNullable<typeof read.consent>, read.profile),
    ).rejects.toMatchObject({ code: 'changed_meanwhile' });
    const index = (await bankItemsOf(leader.personId)).filter((i) => String(i.pk).startsWith('PEERS#L#'));
    expect(index.map((item) => item.visibility)).toEqual(['coordinator', 'coordinator']);

    // A consent that read no profile holds only while there is none.
    const fresh = await invited(coordinator, 'racing-consent');
    const before = await readPeerState(store(), fresh.personId);
    await put(fresh.client, '/api/me/peer-leader/consent', {
      version: CONSENT_VERSION,
      visibility: 'coordinator',
    });
    expect((await put(fresh.client, '/api/me/peer-leader/profile', profile('Multia'))).status).toBe(200);
    const wider = {
      ...(await readPeerState(store(), fresh.personId)).consent,
      visibility: 'members',
    } as never;
    await expect(
      putConsent(store(), fresh.personId, wider, before.profile, 'system', new Date()),
    ).rejects.toMatchObject({ code: 'changed_meanwhile' });
    expect((await fresh.client.get('/api/me/peer-leader')).json.consent.visibility).toBe('coordinator');
  });

  it('withdraws only what it read: a profile saved meanwhile leaves no index item behind', async () => {
    const coordinator = await signedInCoordinator();
    const leader = await consented(coordinator, 'racing-withdrawal', 'members');
    const read = await readPeerState(store(), leader.personId);
    expect((await put(leader.client, '/api/me/peer-leader/profile', profile('Multia', ['am']))).status).toBe(
      200,
    );
    await expect(deletePeerData(store(), leader.personId, read, 'system', new Date())).rejects.toMatchObject({
      code: 'changed_meanwhile',
    });
    expect((await leader.client.delete('/api/me/peer-leader/consent')).status).toBe(204);
    expect(await bankItemsOf(leader.personId)).toEqual([]);
  });

  it('records trainings only under consent, and counts them down on withdrawal', async () => {
    const coordinator = await signedInCoordinator();
    const leader = await invited(coordinator, 'untrained');
    const path = `/api/peer-leaders/${leader.personId}/trainings`;
    const training = { course: 'Peruskurssi', completedOn: '2026-02-01' };
    const refused = await coordinator.post(path, training);
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe('consent_required');
    await put(leader.client, '/api/me/peer-leader/consent', {
      version: CONSENT_VERSION,
      visibility: 'members',
    });
    expect((await coordinator.post(path, training)).status).toBe(201);
    expect((await coordinator.post(path, training)).status).toBe(201);
    expect((await leader.client.delete('/api/me/peer-leader/consent')).status).toBe(204);
    const entry = (await allPages(coordinator, '/api/peer-leaders/invited')).find(
      (one) => one.personId === leader.personId,
    );
    expect(entry).toMatchObject({ consented: false, trainings: 0 });
  });

  it('limits the invitations a coordinator sends in a day (429)', async () => {
    const coordinator = await signedInCoordinator();
    const statuses: number[] = [];
    for (let batch = 0; batch < 10; batch += 1)
      statuses.push(
        ...(
          await Promise.all(
            Array.from({ length: 10 }, () =>
              coordinator.post('/api/peer-leaders/invitations', {
                email: uniqueEmail('bulk'),
                language: 'en',
              }),
            ),
          )
        ).map((answer) => answer.status),
      );
    expect(statuses.every((status) => status === 200)).toBe(true);
    const over = await coordinator.post('/api/peer-leaders/invitations', {
      email: uniqueEmail('bulk'),
      language: 'en',
    });
    expect(over.status).toBe(429);
    expect(over.json.error.message).toContain('Try again');
    const member = await memberOrganisation(coordinator, 'BulkProposer');
    const proposed = await (member.reps[0] as Client).post(
      `/api/organisations/${member.id}/peer-leader-proposals`,
      {
        email: uniqueEmail('bulk-proposed'),
      },
    );
    expect((await coordinator.post(`/api/peer-leader-proposals/${proposed.json.id}/accept`)).status).toBe(
      429,
    );
  });
});
