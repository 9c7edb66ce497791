import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_NAME } from '#infra/local/environment.ts';
import { freePort } from '#infra/local/ports.ts';
import { type Runtime, startLocalRuntime } from '#infra/local/runtime.ts';
import { retryFailedMail } from '#shared/mail/outbox.ts';
import { principles } from '#shared/membership/principles.ts';
import type { Store } from '#shared/store/client.ts';
import { allItems, invariantViolations } from '../support/invariants.ts';
import { newClientAddress } from '../support/people.ts';
import { storedEmails } from '../support/ses.ts';

/**
 * A runtime of its own, DynamoDB Local behind a gate that cuts it off like an outage, without
 * touching the runtime the other tests share. (Stopping the emulator's process instead can lose a
 * transaction it has already acknowledged, which real DynamoDB never does.)
 */
let runtime: Runtime;
const webRoot = mkdtempSync(join(tmpdir(), 'kaiutin-outage-web-'));

beforeAll(async () => {
  runtime = await startLocalRuntime({
    port: await freePort(),
    dynamodbPort: await freePort(),
    sesPort: await freePort(),
    dynamodbGate: true,
    seed: false,
    webRoot,
  });
}, 90_000);

afterAll(async () => {
  await runtime?.stop();
  rmSync(webRoot, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** This runtime's table, through the gate as its functions reach it. */
function tableOf(of: Runtime): Store {
  const client = new DynamoDBClient({
    endpoint: of.urls.dynamodb,
    region: 'eu-north-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return { db: DynamoDBDocumentClient.from(client), tableName: TABLE_NAME };
}

/**
 * A membership application: a public write of several items in one transaction, with a receipt email.
 * Each from a client of its own, as the steady stream of writes is not one client's flood.
 */
async function apply(n: number) {
  const email = `outage-${n}-${randomUUID().slice(0, 8)}@example.org`;
  const response = await fetch(`${runtime.urls.api}/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cloudfront-viewer-address': newClientAddress() },
    body: JSON.stringify({
      organisationName: `Katkoyhdistys ${n} ${randomUUID().slice(0, 6)}`,
      municipalities: ['Petäjävesi'],
      languages: ['fi'],
      topics: [],
      description: 'Toimintaa katkosten keskellä.',
      contact: { name: 'Kontakti', email, language: 'fi' },
      representatives: [email],
      acceptedPrinciplesVersion: principles.version,
    }),
  });
  return { email, status: response.status, body: (await response.json()) as any };
}

describe('when DynamoDB cannot be reached for a while and comes back while requests are in flight', () => {
  it('answers 503 meanwhile, loses no accepted write, leaves nothing half-written, and recovers by itself', async () => {
    const before = await apply(0);
    expect(before.status).toBe(201);

    // Requests keep coming, one every 40 ms, while the database is out of reach for 3 s.
    const answers: Promise<Awaited<ReturnType<typeof apply>>>[] = [];
    let sending = true;
    const sender = (async () => {
      for (let n = 1; sending; n += 1) {
        answers.push(apply(n));
        await sleep(40);
      }
    })();
    await sleep(500);
    await runtime.cutDynamoDb(3_000);
    await sleep(1_500);
    sending = false;
    await sender;
    const results = await Promise.all(answers);

    const statuses = results.map((r) => r.status);
    expect(statuses.filter((status) => status !== 201 && status !== 503)).toEqual([]);
    expect(statuses).toContain(503);
    expect(statuses.at(-1)).toBe(201);
    for (const refused of results.filter((r) => r.status === 503)) {
      expect(refused.body.error).toMatchObject({ code: 'service_unavailable', message: expect.any(String) });
    }

    // Every accepted application is stored; nothing is half-written.
    const items = await allItems(runtime.urls.dynamodb, TABLE_NAME);
    const stored = new Set(items.filter((item) => item.entity === 'application').map((item) => item.id));
    const accepted = [before, ...results.filter((r) => r.status === 201)];
    expect(accepted.filter((r) => !stored.has(r.body.id))).toEqual([]);
    expect(invariantViolations(items)).toEqual([]);

    // The stream pollers recover too: each accepted applicant gets its receipt. A send whose claim
    // was written but whose answer the cut lost waits for its lease to end, then for the retry
    // schedule, run here as a later run would.
    const expected = new Set(accepted.map((r) => r.email));
    const deadline = Date.now() + 30_000;
    let receipted = new Set<string>();
    while (receipted.size < expected.size && Date.now() < deadline) {
      await sleep(500);
      await retryFailedMail({ ...tableOf(runtime), now: () => new Date(Date.now() + 10 * 60_000) });
      const emails = await storedEmails(runtime.urls.inbox);
      receipted = new Set(emails.flatMap((e) => e.destination.to).filter((to) => expected.has(to)));
    }
    expect(receipted.size).toBe(expected.size);
  }, 120_000);
});
