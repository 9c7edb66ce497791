import { beforeAll, describe, expect, it } from 'vitest';
import { store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import {
  anonymous,
  type Client,
  memberOrganisation,
  signedInCoordinator,
  uniqueEmail,
} from '../support/people.ts';
import { emailsTo, type StoredEmail, waitForEmails, waitForMatching } from '../support/ses.ts';

let coordinator: Client;
let bodyId: string;

const member = async (label: string) => {
  const org = await memberOrganisation(coordinator, label);
  return { id: org.id, rep: org.reps[0] as Client };
};

const matchesFor = async (partition: string, subscriptionId: string) =>
  (await queryAll(store(), { partition })).filter((item) => item.subscriptionId === subscriptionId);

/** The confirmation link's parameters, read from the email as a person would. */
function confirmationLink(mail: StoredEmail | undefined) {
  const url = /https?:\/\/\S+\/subscriptions\/confirm\?\S+/.exec(mail?.body.text ?? '')?.[0] ?? '';
  const query = new URL(url).searchParams;
  return { id: query.get('id') ?? '', token: query.get('t') ?? '' };
}

/** Publishes a consultation of the body (as the coordinator may) and waits until fan-out has run. */
async function publish(title: string) {
  const { json } = await coordinator.post('/api/consultations', {
    bodyId,
    kind: 'hearing',
    originalLanguage: 'fi',
    texts: { fi: { title, summary: 'Koulujen verkko muuttuu.' } },
    topics: ['education'],
    statementDeadline: '2031-05-01T12:00:00Z',
    contact: { name: 'V', email: 'v@example.org' },
  });
  await coordinator.post(`/api/consultations/${json.id}/publish`);
  for (let tries = 0; tries < 150; tries += 1) {
    if ((await coordinator.get(`/api/consultations/${json.id}/alerts`)).json.versions.length > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return json.id as string;
}

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  bodyId = (
    await coordinator.post('/api/bodies', {
      kind: 'board',
      municipality: 'Jyväskylä',
      name: { fi: 'Sivistyslautakunta' },
      submissionEmail: 'k@example.org',
    })
  ).json.id;
});

describe('alert subscriptions', () => {
  it('are made by representatives, to their own address unless another is given, with match items for fan-out', async () => {
    const org = await member('Subscriber');
    const created = await org.rep.post(`/api/organisations/${org.id}/subscriptions`, {
      bodies: [bodyId],
      municipalities: ['Muurame'],
      topics: ['education', 'early-childhood'],
      language: 'sv',
      frequency: 'immediate',
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ email: org.rep.email, language: 'sv', frequency: 'immediate' });
    const byBody = await matchesFor(`MATCH#body#${bodyId}`, created.json.id);
    expect(byBody.map((m) => m.sk).sort()).toEqual([
      `early-childhood#${created.json.id}`,
      `education#${created.json.id}`,
    ]);
    expect(byBody[0]).toMatchObject({
      email: org.rep.email,
      language: 'sv',
      frequency: 'immediate',
      organisationId: org.id,
    });
    expect(await matchesFor('MATCH#municipality#muurame', created.json.id)).toHaveLength(2);

    const anyTopic = await org.rep.post(`/api/organisations/${org.id}/subscriptions`, {
      municipalities: ['Jyväskylä'],
      language: 'fi',
      frequency: 'weekly',
      email: org.rep.email.toUpperCase(),
    });
    expect(anyTopic.json).toMatchObject({ email: org.rep.email, status: 'active' });
    expect((await matchesFor('MATCH#municipality#jyväskylä', anyTopic.json.id)).map((m) => m.sk)).toEqual([
      `*#${anyTopic.json.id}`,
    ]);

    const listed = await coordinator.get(`/api/organisations/${org.id}/subscriptions`);
    expect(listed.json.items.map((s: { id: string }) => s.id).sort()).toEqual(
      [created.json.id, anyTopic.json.id].sort(),
    );
  });

  it('say what is wrong: nothing chosen, too many combinations, an unknown body', async () => {
    const org = await member('Invalid');
    const post = (body: Record<string, unknown>) =>
      org.rep.post(`/api/organisations/${org.id}/subscriptions`, {
        language: 'fi',
        frequency: 'immediate',
        ...body,
      });
    expect((await post({})).json.error.fields).toContainEqual({
      field: 'bodies',
      message: 'Choose at least one body or municipality.',
      code: 'placeNeeded',
    });
    const many = await post({
      municipalities: Array.from({ length: 10 }, (_, i) => `Kunta ${i}`),
      topics: [
        'education',
        'housing',
        'employment',
        'health-social',
        'safety',
        'transport',
        'environment',
        'democracy',
        'other',
        'culture-leisure',
      ],
    });
    expect(many.json.error.fields[0].message).toMatch(/at most 90/);
    expect(many.json.error.fields[0]).toMatchObject({ code: 'tooManyCombinations', params: { max: 90 } });
    const unknown = await post({ bodies: ['no-such-body'] });
    expect(unknown.json.error).toMatchObject({ code: 'unknown_body' });
  });

  it('belong to the organisation: others cannot see or make them; ending one removes its match items', async () => {
    const a = await member('OwnerA');
    const b = await member('OwnerB');
    const made = await a.rep.post(`/api/organisations/${a.id}/subscriptions`, {
      bodies: [bodyId],
      language: 'fi',
      frequency: 'immediate',
    });
    expect((await b.rep.get(`/api/organisations/${a.id}/subscriptions`)).status).toBe(403);
    expect(
      (
        await b.rep.post(`/api/organisations/${a.id}/subscriptions`, {
          bodies: [bodyId],
          language: 'fi',
          frequency: 'immediate',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await coordinator.post(`/api/organisations/${a.id}/subscriptions`, {
          bodies: [bodyId],
          language: 'fi',
          frequency: 'immediate',
        })
      ).status,
    ).toBe(403);
    expect((await b.rep.delete(`/api/organisations/${a.id}/subscriptions/${made.json.id}`)).status).toBe(403);
    expect((await a.rep.delete(`/api/organisations/${a.id}/subscriptions/${made.json.id}`)).status).toBe(204);
    expect(await matchesFor(`MATCH#body#${bodyId}`, made.json.id)).toEqual([]);
    expect((await a.rep.delete(`/api/organisations/${a.id}/subscriptions/${made.json.id}`)).status).toBe(404);
  });

  it('cannot be made for an organisation that has resigned', async () => {
    const org = await member('Leaving');
    await org.rep.post(`/api/organisations/${org.id}/resignation`, {});
    const refused = await org.rep.post(`/api/organisations/${org.id}/subscriptions`, {
      bodies: [bodyId],
      language: 'fi',
      frequency: 'immediate',
    });
    expect(refused.status).toBe(409);
  });
});

describe("a subscription to another address than the representative's own", () => {
  it('sends that address only a fixed-text confirmation, and no alert until it confirms', async () => {
    const org = await member('Stranger');
    const stranger = uniqueEmail('stranger');
    // A representative's own words in a place name: they must not reach an address that never agreed.
    const written = 'Verify your bank account at evil.example';
    const made = await org.rep.post(`/api/organisations/${org.id}/subscriptions`, {
      bodies: [bodyId],
      municipalities: [written],
      language: 'en',
      frequency: 'immediate',
      email: stranger,
    });
    expect(made.status).toBe(201);
    expect(made.json).toMatchObject({ email: stranger, status: 'pending', organisationId: org.id });
    expect(await matchesFor(`MATCH#body#${bodyId}`, made.json.id)).toEqual([]);
    const listed = await org.rep.get(`/api/organisations/${org.id}/subscriptions`);
    expect(listed.json.items).toEqual([expect.objectContaining({ id: made.json.id, status: 'pending' })]);

    const before = await publish('Kouluverkko ennen');
    // As long as a shared runtime under two files at a time needs to send a confirmation.
    const [confirmation, ...others] = await waitForEmails(stranger, 1, 40_000);
    expect(others).toEqual([]);
    expect(confirmation?.subject).toBe('Confirm your Kaiutin alerts');
    const mail = `${confirmation?.subject}\n${confirmation?.body.text}\n${confirmation?.body.html}`;
    for (const text of [written, 'evil.example', 'Stranger']) expect(mail).not.toContain(text);

    const link = confirmationLink(confirmation);
    expect(link.id).toBe(made.json.id);
    const confirmed = await anonymous().post(`/api/subscriptions/${link.id}/confirm`, { token: link.token });
    expect(confirmed.status).toBe(200);
    expect(confirmed.json).toMatchObject({ id: made.json.id, organisationId: org.id, email: stranger });
    const again = await anonymous().post(`/api/subscriptions/${link.id}/confirm`, { token: link.token });
    expect(again.json).toMatchObject({ id: made.json.id, organisationId: org.id });
    expect(await matchesFor(`MATCH#body#${bodyId}`, made.json.id)).toHaveLength(1);
    const active = await org.rep.get(`/api/organisations/${org.id}/subscriptions`);
    expect(active.json.items).toEqual([expect.objectContaining({ id: made.json.id, status: 'active' })]);

    const after = await publish('Kouluverkko jälkeen');
    // The alert goes through the stream's fan-out and send: other files share the runtime, so wait longer.
    const [alert] = await waitForMatching(stranger, (m) => m.subject.includes('Kouluverkko'), 1, 40_000);
    expect(alert?.subject).toContain('Kouluverkko jälkeen');
    expect(alert?.body.text).toContain(`/consultations/${after}`);
    expect(
      (await emailsTo(stranger)).some((m) => (m.body.text ?? '').includes(`/consultations/${before}`)),
    ).toBe(false);
  }, 90_000);

  it('can be withdrawn before it is confirmed: the link then confirms nothing', async () => {
    const org = await member('Withdrawn');
    const stranger = uniqueEmail('withdrawn');
    const made = await org.rep.post(`/api/organisations/${org.id}/subscriptions`, {
      bodies: [bodyId],
      language: 'fi',
      frequency: 'weekly',
      email: stranger,
    });
    const link = confirmationLink((await waitForEmails(stranger))[0]);
    expect((await org.rep.delete(`/api/organisations/${org.id}/subscriptions/${made.json.id}`)).status).toBe(
      204,
    );
    expect((await org.rep.get(`/api/organisations/${org.id}/subscriptions`)).json.items).toEqual([]);
    const late = await anonymous().post(`/api/subscriptions/${link.id}/confirm`, { token: link.token });
    expect(late.status).toBe(404);
    expect(await matchesFor(`MATCH#body#${bodyId}`, made.json.id)).toEqual([]);
  });
});

describe('subscription limits', () => {
  const subscribe = (org: { id: string; rep: Client }, extra: Record<string, unknown> = {}) =>
    org.rep.post(`/api/organisations/${org.id}/subscriptions`, {
      bodies: [bodyId],
      language: 'fi',
      frequency: 'weekly',
      ...extra,
    });

  it('an organisation has at most 20 subscriptions, waiting ones included', async () => {
    const org = await member('Many');
    expect((await subscribe(org, { email: uniqueEmail('many') })).json.status).toBe('pending');
    for (let i = 1; i < 20; i += 1) expect((await subscribe(org)).status).toBe(201);
    const refused = await subscribe(org);
    expect(refused.status).toBe(409);
    expect(refused.json.error).toMatchObject({
      code: 'too_many_subscriptions',
      message: expect.stringMatching(/at most 20/),
    });
    expect((await org.rep.get(`/api/organisations/${org.id}/subscriptions`)).json.items).toHaveLength(20);
  });

  it('a representative may ask 10 other addresses a day to confirm, and one address 3 times an hour', async () => {
    const org = await member('Asker');
    for (let i = 0; i < 10; i += 1)
      expect((await subscribe(org, { email: uniqueEmail(`asked${i}`) })).json.status).toBe('pending');
    const refused = await subscribe(org, { email: uniqueEmail('asked-too-many') });
    expect(refused.status).toBe(429);
    expect(refused.json.error.code).toBe('too_many_requests');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

    const target = uniqueEmail('target');
    const others = await Promise.all([member('AskerB'), member('AskerC')]);
    const asked = [];
    for (const asker of [...others, ...others])
      asked.push((await subscribe(asker, { email: target })).status);
    expect(asked).toEqual([201, 201, 201, 429]);
    expect(await waitForEmails(target, 3)).toHaveLength(3);
  });
});
