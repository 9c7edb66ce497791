import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { deliveryPartition, tallyKey } from '#shared/alerts/tally-store.ts';
import { inParallel } from '#shared/concurrency.ts';
import { noticeItem } from '#shared/mail/notices.ts';
import { outboxKey, retryFailedMail } from '#shared/mail/outbox.ts';
import { store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import { createSubscription } from '#shared/subscriptions/subscription-store.ts';
import { type Client, signedInCoordinator, signIn, uniqueEmail } from '../support/people.ts';
import { emailsTo, storedEmails } from '../support/ses.ts';

const { baseUrl, sesUrl } = inject('runtime');
const SUBSCRIBERS = 1000;

let officer: Client;
let bodyId: string;

/** SES misbehaves for a while, for the sends whose message contains `match` (the test's own addresses). */
const injectFault = async (code: 'Throttling' | 'InternalFailure' | 'Hang', forMs: number, match: string) => {
  const answer = await fetch(`${sesUrl}/faults`, {
    method: 'POST',
    body: JSON.stringify({ code, forMs, match }),
  });
  expect(answer.status).toBe(204);
};
const refusedSoFar = async () =>
  ((await (await fetch(`${sesUrl}/faults`)).json()) as { refused: number }).refused;
/** How many sends a fault injected for `match` (a test's own address) refused or held. */
const refusedFor = async (match: string) =>
  ((await (await fetch(`${sesUrl}/faults`)).json()) as { byMatch: Record<string, number> }).byMatch[match] ??
  0;
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
    await injectFault('Throttling', 2_000, `-${bodyId}@`);
    await sleep(2_000);
    await injectFault('InternalFailure', 2_000, `-${bodyId}@`);
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

/** A body of its own, with its officer signed in, so that one test's alerts reach only its subscribers. */
async function bodyWithOfficer(label: string) {
  const coordinator = await signedInCoordinator();
  const made = await coordinator.post('/api/bodies', {
    kind: 'board',
    municipality: 'Uurainen',
    name: { fi: `${label} ${randomUUID().slice(0, 6)}` },
    submissionEmail: 'kirjaamo@example.org',
  });
  const email = uniqueEmail('faults-officer');
  await coordinator.post(`/api/bodies/${made.json.id}/officers`, { email });
  return { id: made.json.id as string, officer: await signIn(email) };
}

/** Runs the retry schedule as a later run would (after a second retry's delay, should its own run have come meanwhile), until the check holds. */
async function retryUntil(check: () => Promise<boolean>, withinMs: number) {
  const deadline = Date.now() + withinMs;
  while (!(await check()) && Date.now() < deadline) {
    await retryFailedMail({ ...store(), now: () => new Date(Date.now() + 10 * 60_000) });
    await sleep(500);
  }
}

describe.concurrent('long faults', () => {
  it('SES failing for 60 s in the middle of a fan-out: every alert is sent once afterwards, and the tally agrees', async () => {
    const SENT_TO = 200;
    const body = await bodyWithOfficer('Katkolautakunta');
    const tag = randomUUID().slice(0, 8);
    const addresses = Array.from({ length: SENT_TO }, (_, i) => `outage-${i}-${tag}@example.org`);
    await inParallel(addresses, 16, (email) =>
      createSubscription(store(), {
        id: randomUUID(),
        bodies: [body.id],
        municipalities: [],
        topics: [],
        language: 'fi',
        frequency: 'immediate',
        email,
        createdAt: new Date().toISOString(),
      }),
    );
    const draft = await body.officer.post('/api/consultations', {
      bodyId: body.id,
      kind: 'consultation',
      originalLanguage: 'fi',
      texts: { fi: { title: 'Pitkä katko', summary: 'SES on poissa minuutin.' } },
      topics: ['democracy'],
      links: [],
      statementDeadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      contact: { name: 'Virkailija', email: 'virkailija@example.org' },
    });
    const refusedBefore = await refusedSoFar();
    expect((await body.officer.post(`/api/consultations/${draft.json.id}/publish`, {})).status).toBe(200);
    const expected = new Set(addresses);
    while ((await receivedBy(expected)).size < 20) await sleep(100);
    await injectFault('InternalFailure', 60_000, `-${tag}@`);
    const faultEnds = Date.now() + 60_000;

    // Everything the fan-out wrote is tried once meanwhile; what failed waits for the retry schedule.
    const deliveries = async () =>
      (await queryAll(store(), { partition: deliveryPartition(draft.json.id, 1) })).filter(
        (item) => item.entity === 'delivery',
      );
    await vi.waitFor(
      async () => {
        const all = await deliveries();
        expect(all).toHaveLength(SENT_TO);
        expect(all.filter((d) => !['sent', 'failed'].includes(String(d.status)))).toEqual([]);
      },
      { timeout: 55_000, interval: 500 },
    );
    expect(await refusedSoFar()).toBeGreaterThan(refusedBefore);
    await sleep(Math.max(0, faultEnds - Date.now()));

    await retryUntil(async () => (await receivedBy(expected)).size === SENT_TO, 60_000);
    const received = await receivedBy(expected);
    expect(received.size).toBe(SENT_TO);
    expect([...received.values()].filter((count) => count !== 1)).toEqual([]);

    // Each delivery is sent, kept for good (no TTL), without its rendered message; the tally counts each once.
    await vi.waitFor(async () =>
      expect((await deliveries()).filter((d) => d.status !== 'sent').map((d) => d.status)).toEqual([]),
    );
    for (const delivery of await deliveries()) {
      expect(delivery).not.toHaveProperty('expiresAt');
      expect(delivery).not.toHaveProperty('mail');
    }
    const s = store();
    const tally = (
      await s.db.send(new GetCommand({ TableName: s.tableName, Key: tallyKey(draft.json.id, 1) }))
    ).Item;
    expect(tally).toMatchObject({ recipients: SENT_TO, sent: SENT_TO, failed: 0 });
  }, 200_000);

  it('a send that hangs past its function timeout after the claim is cut short and recorded before the deadline, then sent exactly once', async () => {
    const to = `hang-${randomUUID().slice(0, 8)}@example.org`;
    // SES holds the send unanswered longer than send-mail may run (LOCAL_TIMEOUTS in the test runtime).
    await injectFault('Hang', 20_000, to);
    const recovered = Date.now() + 20_000;
    const notice = noticeItem(
      'organisationResigned',
      [{ email: to, language: 'fi' }],
      { organisation: 'Testi ry' },
      new Date(),
    );
    const s = store();
    await s.db.send(new PutCommand({ TableName: s.tableName, Item: notice }));
    const marker = outboxKey(`notice#${notice.id}#${to}`);
    const read = async () => (await s.db.send(new GetCommand({ TableName: s.tableName, Key: marker }))).Item;
    await vi.waitFor(async () => expect(await read()).toMatchObject({ status: 'sending' }), {
      timeout: 10_000,
    });

    // The send is cut short before the function's deadline, with time left to record it: a failure,
    // one attempt spent, listed for the retry schedule, not a claim left to its lease.
    await vi.waitFor(async () => expect(await read()).toMatchObject({ status: 'failed', attempts: 1 }), {
      timeout: 30_000,
      interval: 500,
    });
    expect(await read()).toMatchObject({ gsi1pk: 'OUTBOX#unsent' });
    // SES answers again once the fault is over; then the retry schedule (run as its rate would) sends it.
    await sleep(Math.max(0, recovered - Date.now()));
    expect(await emailsTo(to)).toHaveLength(0);
    const sent = async () => (await read())?.status === 'sent';
    while (!(await sent())) {
      await fetch(`${baseUrl}/_local/schedules/retry-failed-mail`, { method: 'POST' });
      await sleep(500);
    }
    expect(await emailsTo(to)).toHaveLength(1);
    // Every attempt is accounted for: each one SES held is one spent (an attempt is cut short before
    // the SDK's own request timeout, so none is held twice), and the one that went through is the
    // last. The retry schedule runs on its own rate too: on a loaded machine it may try once more
    // while SES still holds sends, and when the fault ends that try's dropped request goes through on
    // the SDK's retry, the held send and the sent one then being one attempt.
    const held = await refusedFor(to);
    expect(held).toBeGreaterThanOrEqual(1);
    const settled = await read();
    expect(settled).toMatchObject({ status: 'sent' });
    expect(Number(settled?.attempts)).toBeGreaterThanOrEqual(Math.max(2, held));
    expect(Number(settled?.attempts)).toBeLessThanOrEqual(held + 1);
    expect(await read()).not.toHaveProperty('mail');
  }, 90_000);
});
