import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { profileKey } from '#shared/consultations/consultation-store.ts';
import { store } from '#shared/store/client.ts';
import { anonymous, type Client, signedInCoordinator } from '../support/people.ts';

let coordinator: Client;
let bodyId: string;

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  bodyId = (
    await coordinator.post('/api/bodies', {
      kind: 'board',
      municipality: 'Jämsä',
      name: { fi: 'Sivistyslautakunta' },
      submissionEmail: 'kirjaamo@example.org',
    })
  ).json.id;
});

describe('stored items', () => {
  it('that break today’s input rules still read, alone and in the public list', async () => {
    const created = await coordinator.post('/api/consultations', {
      bodyId,
      kind: 'consultation',
      originalLanguage: 'fi',
      texts: { fi: { title: 'Koulukuljetukset', summary: 'Kunta kysyy.' } },
      topics: ['education'],
      statementDeadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      contact: { name: 'Virkailija', email: 'virkailija@example.org' },
    });
    expect(created.status).toBe(201);
    const { id } = created.json;
    expect((await coordinator.post(`/api/consultations/${id}/publish`)).status).toBe(200);
    // As an older rule let it in: a long title with markup, a topic since retired, an odd address.
    const title = `<b>${'Pitkä otsikko '.repeat(30)}</b>`;
    await store().db.send(
      new UpdateCommand({
        TableName: store().tableName,
        Key: profileKey(id),
        UpdateExpression: 'SET texts.fi.title = :title, topics = :topics, contact.email = :email',
        ExpressionAttributeValues: {
          ':title': title,
          ':topics': ['education', 'retired-topic'],
          ':email': 'not an address',
        },
      }),
    );

    const one = await anonymous().get(`/api/consultations/${id}`);
    expect(one.status).toBe(200);
    expect(one.json.texts.fi.title).toBe(title);
    expect(one.json.topics).toEqual(['education']);

    const list = await anonymous().get(`/api/consultations?body=${bodyId}`);
    expect(list.status).toBe(200);
    expect(list.json.items.map((c: { id: string }) => c.id)).toContain(id);
  });
});
