import { beforeAll, describe, expect, it } from 'vitest';
import { store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import { type Client, memberOrganisation, signedInCoordinator } from '../support/people.ts';

let coordinator: Client;
let bodyId: string;

const member = async (label: string) => {
  const org = await memberOrganisation(coordinator, label);
  return { id: org.id, rep: org.reps[0] as Client };
};

const matchesFor = async (partition: string, subscriptionId: string) =>
  (await queryAll(store(), { partition })).filter((item) => item.subscriptionId === subscriptionId);

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
      email: 'Hallitus@Example.org',
    });
    expect(anyTopic.json.email).toBe('hallitus@example.org');
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
