import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import { anonymous, type Client, signedInCoordinator, signIn, uniqueEmail } from '../support/people.ts';
import { type StoredEmail, waitForMatching } from '../support/ses.ts';

const { baseUrl, sesUrl } = inject('runtime');
let coordinator: Client;
let officer: Client;
let bodyId: string;

const isConfirmation = (mail: StoredEmail) => (mail.body.text ?? '').includes('/subscriptions/confirm?');

/** The confirmation link's page path and its parameters, read from the email as a person would. */
function confirmationLink(mail: StoredEmail | undefined) {
  const url = /https?:\/\/\S+\/subscriptions\/confirm\?\S+/.exec(mail?.body.text ?? '')?.[0] ?? '';
  const query = new URL(url).searchParams;
  return { url, id: query.get('id') ?? '', token: query.get('t') ?? '' };
}

async function publish(title: string) {
  const { json } = await officer.post('/api/consultations', {
    bodyId,
    kind: 'hearing',
    originalLanguage: 'fi',
    texts: { fi: { title, summary: 'Kirjaston aukioloajat muuttuvat.' } },
    topics: ['culture-leisure'],
    statementDeadline: '2031-05-01T12:00:00Z',
    contact: { name: 'V', email: 'v@example.org' },
  });
  await officer.post(`/api/consultations/${json.id}/publish`);
  return json.id as string;
}

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  bodyId = (
    await coordinator.post('/api/bodies', {
      kind: 'board',
      municipality: 'Petäjävesi',
      name: { fi: 'Vapaa-aikalautakunta' },
      submissionEmail: 'k@example.org',
    })
  ).json.id;
  const email = uniqueEmail('public-officer');
  await coordinator.post(`/api/bodies/${bodyId}/officers`, { email });
  officer = await signIn(email);
});

describe('subscriptions from outside the network', () => {
  it('alert nobody until the address confirms; confirming twice is harmless; the alert unsubscribes in one click', async () => {
    const person = uniqueEmail('resident');
    const asked = await anonymous().post('/api/subscriptions', {
      email: person,
      municipalities: ['Petäjävesi'],
      language: 'en',
      frequency: 'immediate',
    });
    expect(asked.status).toBe(202);
    expect(asked.json).toEqual({ confirmationSent: true, confirmWithinDays: 7 });

    const [confirmation] = await waitForMatching(person, isConfirmation);
    expect(confirmation?.subject).toBe('Confirm your Kaiutin alerts');
    const link = confirmationLink(confirmation);
    expect(link.url.startsWith(`${baseUrl}/subscriptions/confirm?`)).toBe(true);

    // Unconfirmed, it has no match items: fan-out cannot find it.
    const matches = async () =>
      (await queryAll(store(), { partition: 'MATCH#municipality#petäjävesi' })).filter(
        (item) => item.subscriptionId === link.id,
      );
    expect(await matches()).toEqual([]);
    const before = await publish('Kirjasto ennen');
    // Fan-out of that publication has run (its figures exist) before the address is confirmed.
    for (let tries = 0; tries < 150; tries += 1) {
      if ((await officer.get(`/api/consultations/${before}/alerts`)).json.versions.length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await officer.get(`/api/consultations/${before}/alerts`)).json.versions).toHaveLength(1);

    const forged = await anonymous().post(`/api/subscriptions/${link.id}/confirm`, { token: 'x'.repeat(43) });
    expect(forged.status).toBe(400);
    expect(forged.json.error).toMatchObject({
      code: 'invalid_link',
      message: expect.stringMatching(/not valid/),
    });

    const confirmed = await anonymous().post(`/api/subscriptions/${link.id}/confirm`, { token: link.token });
    expect(confirmed.status).toBe(200);
    expect(confirmed.json).toMatchObject({ id: link.id, email: person, municipalities: ['Petäjävesi'] });
    expect(confirmed.json.organisationId).toBeUndefined();
    const again = await anonymous().post(`/api/subscriptions/${link.id}/confirm`, { token: link.token });
    expect(again.status).toBe(200);
    expect(await matches()).toHaveLength(1);

    const after = await publish('Kirjasto jälkeen');
    const [alert] = await waitForMatching(person, (mail) => mail.subject.includes('Kirjasto'));
    expect(alert?.subject).toContain('Kirjasto jälkeen');
    expect(alert?.body.text).toContain(`/consultations/${after}`);
    expect(alert?.body.text).not.toContain(`/consultations/${before}`);

    const raw = await (await fetch(`${sesUrl}/raw?messageId=${alert?.messageId}`)).text();
    const unsubscribe = /List-Unsubscribe: <([^>]+)>/.exec(raw.replace(/\r?\n\s+/g, ' '))?.[1] ?? '';
    expect(unsubscribe).toMatch(/\/api\/unsubscribe\?s=[^&]+&t=[^&]+$/);
    expect((await fetch(unsubscribe, { method: 'POST' })).status).toBe(200);
    expect(await matches()).toEqual([]);
  });

  it('are validated, and one address cannot be flooded with confirmation requests', async () => {
    const missing = await anonymous().post('/api/subscriptions', { language: 'fi', frequency: 'weekly' });
    expect(missing.status).toBe(400);
    expect(missing.json.error.fields).toContainEqual({
      field: 'email',
      message: expect.any(String),
      code: 'required',
    });

    const unknownBody = await anonymous().post('/api/subscriptions', {
      email: uniqueEmail('nobody'),
      bodies: ['no-such-body'],
      language: 'fi',
      frequency: 'weekly',
    });
    expect(unknownBody.status).toBe(400);
    expect(unknownBody.json.error.message).toBe('No such body: no-such-body.');

    const target = uniqueEmail('flooded');
    const ask = () =>
      anonymous().post('/api/subscriptions', {
        email: target,
        bodies: [bodyId],
        language: 'fi',
        frequency: 'weekly',
      });
    for (let i = 0; i < 3; i += 1) expect((await ask()).status).toBe(202);
    const refused = await ask();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const confirmations = await waitForMatching(target, isConfirmation, 3);
    expect(confirmations).toHaveLength(3);

    // A week later, unconfirmed: DynamoDB may not have removed it yet, but it has expired.
    const late = confirmationLink(confirmations[0]);
    await store().db.send(
      new UpdateCommand({
        TableName: store().tableName,
        Key: { pk: `SUBSCRIBER#${late.id}`, sk: 'PENDING' },
        UpdateExpression: 'SET expiresAt = :past',
        ExpressionAttributeValues: { ':past': Math.floor(Date.now() / 1000) - 1 },
      }),
    );
    const expired = await anonymous().post(`/api/subscriptions/${late.id}/confirm`, { token: late.token });
    expect(expired.status).toBe(404);
    expect(expired.json.error).toMatchObject({
      code: 'subscription_expired',
      message: expect.stringMatching(/within 7 days/),
    });
  });
});
