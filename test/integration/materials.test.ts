import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { store } from '#shared/store/client.ts';
import type { Material } from '#shared/tray/activity.ts';
import { createMaterial } from '#shared/tray/material-store.ts';
import { anonymous, type Client, memberOrganisation, signedInCoordinator } from '../support/people.ts';

let coordinator: Client;
let a: Awaited<ReturnType<typeof memberOrganisation>>;
let b: Awaited<ReturnType<typeof memberOrganisation>>;
let repA: Client;
let repB: Client;
/** A word no other test's material holds, so searches see only this file's. */
const tag = `sana${randomUUID().slice(0, 8)}`;

const input = (organisationId: string, extra: Record<string, unknown> = {}) => ({
  organisationId,
  title: `Selkokielinen opas ${tag}`,
  description: 'Opas kunnan palveluihin.',
  languages: ['fi', 'so'],
  topics: ['integration-services'],
  url: 'https://example.org/opas.pdf',
  ...extra,
});

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  [a, b] = await Promise.all([
    memberOrganisation(coordinator, 'mat-a'),
    memberOrganisation(coordinator, 'mat-b'),
  ]);
  [repA, repB] = [a.reps[0], b.reps[0]] as [Client, Client];
});

describe('the material bank', () => {
  it("lets an organisation's representative share, change and remove its links, and nobody else's", async () => {
    const shared = await repA.post('/api/materials', input(a.id));
    expect(shared.status).toBe(201);
    expect(shared.json).toMatchObject({
      organisationId: a.id,
      title: `Selkokielinen opas ${tag}`,
      languages: ['fi', 'so'],
    });
    const id = shared.json.id as string;

    expect((await repB.post('/api/materials', input(a.id))).status).toBe(403);
    expect((await repB.patch(`/api/materials/${id}`, { title: 'Ei' })).status).toBe(403);
    expect((await repB.delete(`/api/materials/${id}`)).status).toBe(403);
    expect((await anonymous().post('/api/materials', input(a.id))).status).toBe(401);

    // A change of one field leaves the others as they were.
    const changed = await repA.patch(`/api/materials/${id}`, { title: `Päivitetty opas ${tag}` });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ title: `Päivitetty opas ${tag}`, topics: ['integration-services'] });
    expect(changed.json.updatedAt >= shared.json.updatedAt).toBe(true);

    const byCoordinator = await coordinator.patch(`/api/materials/${id}`, { languages: ['ar'] });
    expect(byCoordinator.json).toMatchObject({ languages: ['ar'], title: `Päivitetty opas ${tag}` });

    expect((await repA.delete(`/api/materials/${id}`)).status).toBe(204);
    expect((await repA.delete(`/api/materials/${id}`)).status).toBe(404);
    const listed = await anonymous().get(`/api/organisations/${a.id}/materials`);
    expect(listed.json.items.map((m: { id: string }) => m.id)).not.toContain(id);
  });

  it('refuses what is not a link, or an organisation that is not in the network', async () => {
    const script = await repA.post('/api/materials', input(a.id, { url: 'javascript:alert(1)' }));
    expect(script.status).toBe(400);
    expect(script.json.error.fields.map((f: { field: string }) => f.field)).toEqual(['url']);
    expect((await repA.post('/api/materials', input(a.id, { languages: ['xx-not'] }))).status).toBe(400);
    expect((await coordinator.post('/api/materials', input('no-such-organisation'))).status).toBe(400);
  });

  it('keeps the bank to listed organisations: one that resigned shares and changes nothing, but removes its own', async () => {
    const leaving = await memberOrganisation(coordinator, 'mat-leaving');
    const rep = leaving.reps[0] as Client;
    // Not the file's search word: the search below sees only its own.
    const own = (extra: Record<string, unknown> = {}) =>
      input(leaving.id, { title: `Lähtijän opas ${randomUUID().slice(0, 8)}`, ...extra });
    const [kept, toRemove] = await Promise.all(
      [1, 2].map(async () => {
        const shared = await rep.post('/api/materials', own());
        expect(shared.status).toBe(201);
        return shared.json as Material;
      }),
    );
    expect(
      (await rep.post(`/api/organisations/${leaving.id}/resignation`, { reason: 'Loppui.' })).status,
    ).toBe(200);

    const refused = await rep.post('/api/materials', own());
    expect([refused.status, refused.json.error.code]).toEqual([409, 'not_a_member']);
    const change = await rep.patch(`/api/materials/${kept?.id}`, { title: 'Ei enää' });
    expect([change.status, change.json.error.code]).toEqual([409, 'not_a_member']);
    expect((await rep.delete(`/api/materials/${toRemove?.id}`)).status).toBe(204);

    // The write's own transaction checks it too: a share that read the organisation before it resigned.
    const at = new Date().toISOString();
    const late = { ...own(), id: randomUUID(), createdAt: at, updatedAt: at } as Material;
    await expect(createMaterial(store(), late, 'system', new Date())).rejects.toMatchObject({
      code: 'not_a_member',
    });
    expect((await anonymous().get(`/api/organisations/${leaving.id}/materials`)).json.items).toMatchObject([
      { id: kept?.id, title: kept?.title },
    ]);
  });

  it('searches the bank by language, topic and words, newest first, and shows an organisation its own', async () => {
    const share = async (rep: Client, organisationId: string, extra: Record<string, unknown>) => {
      const answer = await rep.post('/api/materials', input(organisationId, extra));
      expect(answer.status).toBe(201);
      return answer.json.id as string;
    };
    const guide = await share(repA, a.id, {
      title: `Asunto-opas ${tag}`,
      languages: ['fi', 'ar'],
      topics: ['housing'],
    });
    const video = await share(repB, b.id, {
      title: `Työnhakuvideo ${tag}`,
      description: 'Video työnhausta somaliksi.',
      languages: ['so'],
      topics: ['employment'],
    });
    const both = await share(repA, a.id, {
      title: `Koulutie ${tag}`,
      languages: ['so', 'fi'],
      topics: ['education'],
    });

    const ids = async (query: string) => {
      const answer = await anonymous().get(`/api/materials?${query}`);
      expect(answer.status).toBe(200);
      return answer.json.items.map((m: { id: string }) => m.id);
    };
    expect(await ids(`q=${tag}`)).toEqual([both, video, guide]);
    expect(await ids(`q=${tag}&language=so`)).toEqual([both, video]);
    expect(await ids(`q=${tag}&topic=housing`)).toEqual([guide]);
    expect(await ids(`q=${tag}+somaliksi`)).toEqual([video]);
    expect(await ids(`q=${tag.toUpperCase()}+VIDEO`)).toEqual([video]);
    expect((await anonymous().get(`/api/materials?topic=not-a-topic`)).status).toBe(400);

    const own = await anonymous().get(`/api/organisations/${a.id}/materials`);
    expect(own.json.items.map((m: { id: string }) => m.id)).toEqual([both, guide]);
  });
});
