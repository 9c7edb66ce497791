import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '#shared/auth/access.ts';
import { signedLinkKey } from '#shared/auth/session-key.ts';
import { CONSENT_VERSION, peerLimits } from '#shared/peers/facts.ts';
import { allLeaderRequests, getOpenRequest } from '#shared/peers/peer-request-store.ts';
import { sendPeerRequest } from '#shared/peers/send-peer-request.ts';
import { callerFrom, findPersonId, readPersonPartition } from '#shared/people/person-store.ts';
import { store } from '#shared/store/client.ts';
import { consentedPeerLeader } from '../support/peers.ts';
import {
  anonymous,
  type Client,
  memberOrganisation,
  signedInCoordinator,
  signIn,
  uniqueEmail,
} from '../support/people.ts';
import { emailsTo, type StoredEmail, waitForMatching } from '../support/ses.ts';

const place = () => `Kunta-${randomUUID().slice(0, 8)}`;
const asking = (organisationId: string) => ({
  organisationId,
  purpose: 'Somalinkielinen vertaisryhmä äideille.',
  when: 'Tiistaisin syyskuusta alkaen',
});

/** The answer link in a request email, as the leader would follow it: the request and its token. */
function answerLink(mail: StoredEmail | undefined, answer: 'yes' | 'no') {
  const found = new RegExp(`https?://\\S+/peer-requests/[\\w-]+\\?answer=${answer}&t=[\\w-]+`).exec(
    mail?.body.text ?? '',
  )?.[0];
  if (!found) throw new Error(`No ${answer} link in ${mail?.subject}`);
  const url = new URL(found);
  return { id: url.pathname.split('/').pop() as string, token: url.searchParams.get('t') as string };
}

const requestMail = (leaderEmail: string, organisationName: string) =>
  waitForMatching(leaderEmail, (mail) => mail.subject.includes(organisationName)).then((found) =>
    found.at(-1),
  );

let coordinator: Client;
let a: Awaited<ReturnType<typeof memberOrganisation>>;
let b: Awaited<ReturnType<typeof memberOrganisation>>;
let repA: Client;
let repB: Client;
const municipality = place();
let members: Awaited<ReturnType<typeof consentedPeerLeader>>;
let coordinatorOnly: Awaited<ReturnType<typeof consentedPeerLeader>>;
let open: Awaited<ReturnType<typeof consentedPeerLeader>>;

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  [a, b] = await Promise.all([
    memberOrganisation(coordinator, 'peers-a'),
    memberOrganisation(coordinator, 'peers-b'),
  ]);
  [repA, repB] = [a.reps[0], b.reps[0]] as [Client, Client];
  [members, coordinatorOnly, open] = await Promise.all([
    consentedPeerLeader({ languages: ['so', 'fi'], municipalities: [municipality], themes: ['education'] }),
    consentedPeerLeader({ languages: ['so'], municipalities: [municipality], visibility: 'coordinator' }),
    consentedPeerLeader({
      languages: ['so', 'ar'],
      municipalities: [municipality, 'Jyväskylä'],
      public: true,
    }),
  ]);
});

const search = (client: Client, query: Record<string, string>) =>
  client.get(`/api/peer-leaders?${new URLSearchParams(query)}`);
const names = (answer: { json: { items: { name: string }[] } }) =>
  answer.json.items.map((l) => l.name).sort();

describe('finding a peer leader', () => {
  it('shows each caller only the leaders who chose them, never an address', async () => {
    const query = { language: 'som', municipality: municipality.toUpperCase() };
    const [asCoordinator, asMember, asPublic] = await Promise.all([
      search(coordinator, query),
      search(repA, query),
      search(anonymous(), query),
    ]);
    expect(asCoordinator.status).toBe(200);
    expect(asCoordinator.json.viewer).toBe('coordinator');
    expect(names(asCoordinator)).toEqual([members.name, coordinatorOnly.name, open.name].sort());
    expect(asMember.json.viewer).toBe('member');
    expect(names(asMember)).toEqual([members.name, open.name].sort());
    expect(asPublic.json.viewer).toBe('public');
    expect(names(asPublic)).toEqual([open.name]);
    for (const answer of [asCoordinator, asMember, asPublic])
      expect(JSON.stringify(answer.json)).not.toContain('@');
  });

  it('filters by theme within the language, and refuses what is not a language code', async () => {
    const themed = await search(coordinator, { language: 'so', municipality, theme: 'education' });
    expect(names(themed)).toEqual([members.name]);
    expect((await search(coordinator, { language: 'xx1', municipality })).status).toBe(400);
    expect((await search(coordinator, { municipality })).status).toBe(400);
  });

  it('answers with what the profile says, and follows a new consent choice at once', async () => {
    const town = place();
    const leader = await consentedPeerLeader({
      languages: ['ckb'],
      municipalities: [town],
      visibility: 'coordinator',
    });
    const query = { language: 'ckb', municipality: town };
    expect((await search(repA, query)).json.items).toEqual([]);
    expect((await search(anonymous(), query)).json.items).toEqual([]);
    const session = await signIn(leader.email);
    const changed = await session.request('PUT', '/api/me/peer-leader/consent', {
      version: CONSENT_VERSION,
      visibility: 'members',
      public: true,
    });
    expect(changed.status).toBe(200);
    const asMember = await search(repA, query);
    expect(asMember.json.items).toEqual([
      {
        personId: leader.personId,
        name: leader.name,
        languages: ['ckb'],
        municipalities: [town],
        themes: [],
        availability: 'available',
        introduction: 'Olen käynyt vertaisohjaajakoulutuksen.',
      },
    ]);
    expect(names(await search(anonymous(), query))).toEqual([leader.name]);
    // Withdrawn, the leader is in no search, not even the coordinator's.
    expect((await session.delete('/api/me/peer-leader/consent')).status).toBe(204);
    expect((await search(coordinator, query)).json.items).toEqual([]);
  });
});

describe("a tray partner's representative", () => {
  it('is not a member: sees only public leaders, and neither asks for one nor proposes one', async () => {
    const email = uniqueEmail('peers-partner');
    const invited = await coordinator.post('/api/tray-partners', {
      name: `Kumppani ${randomUUID().slice(0, 6)}`,
      municipalities: ['Vantaa'],
      languages: ['so', 'fi'],
      description: 'Urheiluseura, joka kutsuu kaikki mukaan.',
      representative: { email, language: 'en' },
    });
    expect(invited.status).toBe(201);
    expect(invited.json.status).toBe('partner');
    const partner = invited.json.id as string;
    const rep = await signIn(email);

    const found = await search(rep, { language: 'so', municipality });
    expect(found.json.viewer).toBe('public');
    expect(names(found)).toEqual([open.name]);
    expect((await rep.get(`/api/peer-leaders/${members.personId}`)).status).toBe(404);
    expect((await rep.get(`/api/peer-leaders/${coordinatorOnly.personId}`)).status).toBe(404);
    expect((await rep.get(`/api/peer-leaders/${open.personId}`)).status).toBe(200);
    for (const leader of [members, open]) {
      const asked = await rep.post(`/api/peer-leaders/${leader.personId}/requests`, asking(partner));
      expect(asked.status).toBe(409);
      expect(asked.json.error.code).toBe('not_a_member');
    }
    expect((await allLeaderRequests(store(), open.personId)).map((r) => r.organisationId)).not.toContain(
      partner,
    );
    const proposed = await rep.post(`/api/organisations/${partner}/peer-leader-proposals`, {
      email: uniqueEmail('proposed-by-partner'),
    });
    expect(proposed.status).toBe(403);
    // Nor does the tray's coverage picture show it the bank's gaps, as it shows members' representatives.
    const coverage = await rep.get('/api/tray/coverage');
    expect(coverage.status).toBe(200);
    expect(coverage.json.peerLeaderGaps).toBeUndefined();
    expect((await repA.get('/api/tray/coverage')).json.peerLeaderGaps).toBeDefined();
  });
});

describe('asking a peer leader', () => {
  it('emails the leader; on yes both sides get the other’s contact, and the answer is given once', async () => {
    const sent = await repA.post(`/api/peer-leaders/${members.personId}/requests`, asking(a.id));
    expect(sent.status).toBe(201);
    expect(sent.json).toMatchObject({
      status: 'sent',
      organisationName: a.name,
      peerLeaderName: members.name,
    });
    const again = await repA.post(`/api/peer-leaders/${members.personId}/requests`, asking(a.id));
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe('request_open');

    const mail = await requestMail(members.email, a.name);
    expect(mail?.body.text).toContain('Somalinkielinen vertaisryhmä äideille.');
    expect(mail?.body.text).not.toContain(a.emails[0]);
    const link = answerLink(mail, 'yes');
    expect(link.id).toBe(sent.json.id);
    expect(answerLink(mail, 'no').token).toBe(link.token);

    // Forged, another request's or missing: refused, nothing answered.
    const forged = await anonymous().post(`/api/peer-requests/${link.id}/answer`, {
      answer: 'yes',
      token: `${link.token.slice(0, -4)}AAAA`,
    });
    expect([forged.status, forged.json.error.code]).toEqual([400, 'invalid_link']);
    expect(
      (await anonymous().get(`/api/peer-requests/${link.id}?t=${link.token.slice(0, -4)}AAAA`)).status,
    ).toBe(400);
    expect((await anonymous().post(`/api/peer-requests/${link.id}/answer`, { answer: 'yes' })).status).toBe(
      400,
    );
    // A signed-in non-party is told the request does not exist, as on the read path.
    expect((await repA.post(`/api/peer-requests/${link.id}/answer`, { answer: 'yes' })).status).toBe(404);

    const read = await anonymous().get(`/api/peer-requests/${link.id}?t=${link.token}`);
    expect(read.status).toBe(200);
    expect(read.json.status).toBe('sent');
    const yes = await anonymous().post(`/api/peer-requests/${link.id}/answer`, {
      answer: 'yes',
      token: link.token,
    });
    expect(yes.status).toBe(200);
    expect(yes.json.status).toBe('accepted');
    const twice = await anonymous().post(`/api/peer-requests/${link.id}/answer`, {
      answer: 'no',
      token: link.token,
    });
    expect(twice.status).toBe(409);
    expect(twice.json.error.code).toBe('request_answered');

    const [toRep] = await waitForMatching(
      a.emails[0] as string,
      (m) => m.body.text?.includes(members.email) ?? false,
    );
    expect(toRep?.body.text).toContain(members.name);
    const [toLeader] = await waitForMatching(
      members.email,
      (m) => m.body.text?.includes(a.emails[0] as string) ?? false,
    );
    expect(toLeader?.subject).toContain(a.name);

    const listed = await repA.get(`/api/organisations/${a.id}/peer-requests`);
    expect(listed.json.items.map((r: { id: string }) => r.id)).toContain(link.id);
    expect((await repB.get(`/api/organisations/${a.id}/peer-requests`)).status).toBe(403);
    expect((await repB.get(`/api/peer-requests/${link.id}`)).status).toBe(404);
    expect((await coordinator.get(`/api/peer-requests/${link.id}`)).json.status).toBe('accepted');
  });

  it('on no tells the organisation, and no contact goes anywhere', async () => {
    const sent = await repB.post(`/api/peer-leaders/${open.personId}/requests`, asking(b.id));
    expect(sent.status).toBe(201);
    const link = answerLink(await requestMail(open.email, b.name), 'no');
    const no = await anonymous().post(`/api/peer-requests/${link.id}/answer`, {
      answer: 'no',
      token: link.token,
    });
    expect(no.json.status).toBe('declined');
    await waitForMatching(b.emails[0] as string, (m) => m.body.text?.includes(open.name) ?? false);
    for (const mail of await emailsTo(b.emails[0] as string))
      expect(mail.body.text).not.toContain(open.email);
    for (const mail of await emailsTo(open.email)) expect(mail.body.text).not.toContain(b.emails[0]);
  });

  it('refuses a leader the organisation may not see, and acting for another organisation', async () => {
    const hidden = await repA.post(`/api/peer-leaders/${coordinatorOnly.personId}/requests`, asking(a.id));
    expect(hidden.status).toBe(404);
    expect((await repA.post(`/api/peer-leaders/${randomUUID()}/requests`, asking(a.id))).status).toBe(404);
    expect((await repA.post(`/api/peer-leaders/${open.personId}/requests`, asking(b.id))).status).toBe(403);
  });

  it('lets the signed-in leader read and answer their requests', async () => {
    const leader = await consentedPeerLeader({ languages: ['ti'], municipalities: [place()] });
    const sent = await repA.post(`/api/peer-leaders/${leader.personId}/requests`, asking(a.id));
    const session = await signIn(leader.email);
    const mine = await session.get('/api/me/peer-requests');
    expect(mine.json.items.map((r: { id: string }) => r.id)).toEqual([sent.json.id]);
    expect((await repA.get('/api/me/peer-requests')).json.items).toEqual([]);
    const yes = await session.post(`/api/peer-requests/${sent.json.id}/answer`, { answer: 'yes' });
    expect(yes.json.status).toBe('accepted');

    // The account's erasure takes the requests with it, and the export had them.
    expect((await session.get('/api/me/export')).json.peerRequests.map((r: { id: string }) => r.id)).toEqual([
      sent.json.id,
    ]);
    expect((await session.delete('/api/me')).status).toBe(204);
    expect(await allLeaderRequests(store(), leader.personId)).toEqual([]);
    expect((await repA.get(`/api/peer-requests/${sent.json.id}`)).status).toBe(404);
  });

  it('answers 409 request_expired once the request is past its time, and a new one may be sent', async () => {
    const leader = await consentedPeerLeader({ languages: ['so'], municipalities: [place()] });
    const personId = (await findPersonId(store(), a.emails[0] as string)) as string;
    const caller = callerFrom(await readPersonPartition(store(), personId)) as Caller;
    const past = new Date(Date.now() - (peerLimits.requestDays + 1) * 86_400_000);
    const old = await sendPeerRequest(
      store(),
      caller,
      leader.personId,
      asking(a.id),
      { key: await signedLinkKey(), publicBaseUrl: 'http://localhost' },
      past,
    );
    expect((await repA.get(`/api/peer-requests/${old.id}`)).json.status).toBe('expired');
    const again = await repA.post(`/api/peer-leaders/${leader.personId}/requests`, asking(a.id));
    expect(again.status).toBe(201);
    expect((await coordinator.get(`/api/peer-requests/${old.id}`)).json.status).toBe('expired');

    const other = await consentedPeerLeader({ languages: ['so'], municipalities: [place()] });
    const stale = await sendPeerRequest(
      store(),
      caller,
      other.personId,
      asking(a.id),
      { key: await signedLinkKey(), publicBaseUrl: 'http://localhost' },
      past,
    );
    const session = await signIn(other.email);
    const late = await session.post(`/api/peer-requests/${stale.id}/answer`, { answer: 'yes' });
    expect(late.status).toBe(409);
    expect(late.json.error.code).toBe('request_expired');
    expect(
      (await session.post(`/api/peer-requests/${stale.id}/answer`, { answer: 'yes' })).json.error.code,
    ).toBe('request_expired');
  });

  it(`takes at most ${peerLimits.requestsPerWeek} requests of an organisation in seven days (429)`, async () => {
    const c = await memberOrganisation(coordinator, 'peers-c');
    const repC = c.reps[0] as Client;
    const leaders = await Promise.all(
      Array.from({ length: peerLimits.requestsPerWeek + 1 }, () =>
        consentedPeerLeader({ languages: ['fa'], municipalities: [place()] }),
      ),
    );
    for (const leader of leaders.slice(0, -1))
      expect((await repC.post(`/api/peer-leaders/${leader.personId}/requests`, asking(c.id))).status).toBe(
        201,
      );
    const over = await repC.post(`/api/peer-leaders/${leaders.at(-1)?.personId}/requests`, asking(c.id));
    expect(over.status).toBe(429);
    expect(over.json.error.code).toBe('peer_request_limit');
    expect(over.json.error.message).toContain(
      `${peerLimits.requestsPerWeek} peer-leader requests in the last 7 days`,
    );
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe("the coordinator's figures", () => {
  it('forget a leader who withdraws consent, and show the gap the leader leaves', async () => {
    const town = place();
    const org = await memberOrganisation(coordinator, 'peers-gap', 1, false);
    expect(
      (
        await coordinator.patch(`/api/organisations/${org.id}`, {
          municipalities: [town],
          languages: ['ti', 'fi', 'sv'],
        })
      ).status,
    ).toBe(200);
    const leader = await consentedPeerLeader({ languages: ['ti'], municipalities: [town] });
    const gap = { language: 'ti', municipality: town, organisations: 1 };
    const before = (await coordinator.get('/api/peer-leaders/figures')).json;
    expect(before.byMunicipality).toContainEqual({ municipality: town, leaders: 1 });
    expect(before.byLanguageAndMunicipality).toContainEqual({
      language: 'ti',
      municipality: town,
      leaders: 1,
    });
    expect(before.gaps).not.toContainEqual(gap);

    expect((await (await signIn(leader.email)).delete('/api/me/peer-leader/consent')).status).toBe(204);
    const after = (await coordinator.get('/api/peer-leaders/figures')).json;
    expect(after.byMunicipality.map((row: { municipality: string }) => row.municipality)).not.toContain(town);
    expect(after.gaps).toContainEqual(gap);
    // Finnish and Swedish are the country's own: no gap for want of a peer leader in them.
    const inTown = after.gaps.filter((g: { municipality: string }) => g.municipality === town);
    expect(inTown.map((g: { language: string }) => g.language)).toEqual(['ti']);
  });

  it('closes the open requests of a leader who withdraws, and the organisation no longer sees their name', async () => {
    const leader = await consentedPeerLeader({ languages: ['ti'], municipalities: [place()] });
    const sent = await repA.post(`/api/peer-leaders/${leader.personId}/requests`, asking(a.id));
    expect(sent.status).toBe(201);
    expect((await repA.get(`/api/peer-requests/${sent.json.id}`)).json.peerLeaderName).toBe(leader.name);
    const session = await signIn(leader.email);
    expect((await session.delete('/api/me/peer-leader/consent')).status).toBe(204);

    const seen = await repA.get(`/api/peer-requests/${sent.json.id}`);
    expect(seen.json).toMatchObject({ status: 'expired', peerLeaderName: '' });
    const listed = (await repA.get(`/api/organisations/${a.id}/peer-requests`)).json.items.find(
      (r: { id: string }) => r.id === sent.json.id,
    );
    expect(listed).toMatchObject({ status: 'expired', peerLeaderName: '' });
    expect(await getOpenRequest(store(), a.id, leader.personId)).toBeUndefined();
    const yes = await session.post(`/api/peer-requests/${sent.json.id}/answer`, { answer: 'yes' });
    expect(yes.status).toBe(409);
    for (const mail of await emailsTo(a.emails[0] as string))
      expect(mail.body.text).not.toContain(leader.email);
  });

  it('passes no contact on to an organisation that left the network: the request closes', async () => {
    const leaving = await memberOrganisation(coordinator, 'peers-leaving');
    const rep = leaving.reps[0] as Client;
    const leader = await consentedPeerLeader({ languages: ['so'], municipalities: [place()] });
    const sent = await rep.post(`/api/peer-leaders/${leader.personId}/requests`, asking(leaving.id));
    expect(sent.status).toBe(201);
    expect(
      (await rep.post(`/api/organisations/${leaving.id}/resignation`, { reason: 'Loppui.' })).status,
    ).toBe(200);
    const session = await signIn(leader.email);
    const yes = await session.post(`/api/peer-requests/${sent.json.id}/answer`, { answer: 'yes' });
    expect(yes.status).toBe(409);
    expect(yes.json.error.code).toBe('request_expired');
    expect((await session.get(`/api/peer-requests/${sent.json.id}`)).json.status).toBe('expired');
    for (const mail of await emailsTo(leaving.emails[0] as string))
      expect(mail.body.text).not.toContain(leader.email);
    for (const mail of await emailsTo(leader.email)) expect(mail.body.text).not.toContain(leaving.emails[0]);
  });

  it('count leaders per language and municipality, the requests, and the gaps', async () => {
    const figures = await coordinator.get('/api/peer-leaders/figures');
    expect(figures.status).toBe(200);
    expect(figures.json.byMunicipality).toContainEqual({ municipality, leaders: 3 });
    expect(figures.json.byLanguageAndMunicipality).toContainEqual({
      language: 'so',
      municipality,
      leaders: 3,
    });
    expect(figures.json.byLanguageAndMunicipality).toContainEqual({
      language: 'ar',
      municipality,
      leaders: 1,
    });
    const { sent, accepted, declined, expired, open: waiting } = figures.json.requests;
    expect(sent).toBeGreaterThanOrEqual(accepted + declined + expired + waiting);
    expect(accepted).toBeGreaterThanOrEqual(2);
    expect(declined).toBeGreaterThanOrEqual(1);
    expect(expired).toBeGreaterThanOrEqual(2);
    expect(
      figures.json.byLanguage.find((row: { language: string }) => row.language === 'so').leaders,
    ).toBeGreaterThanOrEqual(3);
    // The member organisations work in Finnish and Arabic in Jyväskylä: any gap listed is a pair with no leader.
    for (const gap of figures.json.gaps)
      expect(
        figures.json.byLanguageAndMunicipality.some(
          (row: { language: string; municipality: string }) =>
            row.language === gap.language &&
            row.municipality.toLowerCase() === gap.municipality.toLowerCase(),
        ),
      ).toBe(false);
    expect((await repA.get('/api/peer-leaders/figures')).status).toBe(403);
  });
});
