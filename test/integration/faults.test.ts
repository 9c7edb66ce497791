import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { deliveryPartition, tallyKey } from '#shared/alerts/tally.ts';
import { inParallel } from '#shared/concurrency.ts';
import { store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import { createSubscription } from '#shared/subscriptions/subscription-store.ts';
import { type Client, signedInCoordinator, signIn, uniqueEmail } from '../support/people.ts';
import { storedEmails } from '../support/ses.ts';

const { baseUrl, sesUrl } = inject('runtime');
const SUBSCRIBERS = 1000;

let officer: Client;
let bodyId: string;

const injectFault = async (code: 'Throttling' | 'InternalFailure', forMs: number) => {
  const answer = await fetch(`${sesUrl}/faults`, { method: 'POST', body: JSON.stringify({ code, forMs }) });
  expect(answer.status).toBe(204);
};
const refusedSoFar = async () =>
  ((await (await fetch(`${sesUrl}/faults`)).json()) as { refused: number }).refused;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How many emails each of the addresses has received, read from the SES store. */
async function receivedBy(addresses: Set<string>): Promise<Map<string, number>> {
  const received = new Map<string, number>();
  for (const email of await storedEmails()) {
    for (const to of email.destination.to) {
      if (addresses.has(to)) received.set(to, (received.get(to) ?? 0) + 1);
    }
  }
  return received;
}

beforeAll(async () => {
  const coordinator = await signedInCoordinator();
  const made = await coordinator.post('/api/bodies', {
    kind: 'board',
    municipality: 'Uurainen',
    name: { fi: `Häiriölautakunta ${randomUUID().slice(0, 6)}` },
    submissionEmail: 'kirjaamo@example.org',
  });
  bodyId = made.json.id;
  const email = uniqueEmail('faults-officer');
  await coordinator.post(`/api/bodies/${bodyId}/officers`, { email });
  officer = await signIn(email);
});

describe('when SES fails and throttles in the middle of a fan-out', () => {
  it('every alert is still delivered, exactly once, after it recovers', async () => {
    const now = new Date().toISOString();
    const addresses = Array.from({ length: SUBSCRIBERS }, (_, i) => `fault-${i}-${bodyId}@example.org`);
    // Confirmed subscribers outside the network, written directly: the fan-out treats them as any.
    await inParallel(addresses, 32, (email) =>
      createSubscription(store(), {
        id: randomUUID(),
        bodies: [bodyId],
        municipalities: [],
        topics: [],
        language: 'fi',
        frequency: 'immediate',
        email,
        createdAt: now,
      }),
    );
    const draft = await officer.post('/api/consultations', {
      bodyId,
      kind: 'consultation',
      originalLanguage: 'fi',
      texts: { fi: { title: 'Häiriöiden sietokyky', summary: 'Testataan, ettei yksikään hälytys katoa.' } },
      topics: ['democracy'],
      links: [],
      statementDeadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      contact: { name: 'Virkailija', email: 'virkailija@example.org' },
    });
    expect(draft.status).toBe(201);
    const refusedBefore = await refusedSoFar();
    expect((await officer.post(`/api/consultations/${draft.json.id}/publish`, {})).status).toBe(200);

    // Once sending is under way, SES throttles for a while, then fails outright for a while.
    const expected = new Set(addresses);
    while ((await receivedBy(expected)).size < 50) await sleep(200);
    await injectFault('Throttling', 2_000);
    await sleep(2_000);
    await injectFault('InternalFailure', 2_000);
    await sleep(2_000);
    expect(await refusedSoFar()).toBeGreaterThan(refusedBefore);

    // The stream retries what failed; what ran out of tries waits for the retry schedule, run by hand.
    const deadline = Date.now() + 150_000;
    let received = await receivedBy(expected);
    while (received.size < SUBSCRIBERS && Date.now() < deadline) {
      await sleep(2_000);
      await fetch(`${baseUrl}/_local/schedules/retry-failed-mail`, { method: 'POST' });
      received = await receivedBy(expected);
    }
    expect(received.size).toBe(SUBSCRIBERS);
    expect([...received.values()].filter((count) => count !== 1)).toEqual([]);

    // Each delivery is sent, none left failed, and the tally counts each once.
    const deliveries = (await queryAll(store(), { partition: deliveryPartition(draft.json.id, 1) })).filter(
      (item) => item.entity === 'delivery',
    );
    expect(deliveries).toHaveLength(SUBSCRIBERS);
    expect(deliveries.filter((d) => d.status !== 'sent').map((d) => d.status)).toEqual([]);
    const s = store();
    const tally = (
      await s.db.send(new GetCommand({ TableName: s.tableName, Key: tallyKey(draft.json.id, 1) }))
    ).Item;
    expect(tally).toMatchObject({ recipients: SUBSCRIBERS, sent: SUBSCRIBERS });
  }, 240_000);
});
