import { randomUUID } from 'node:crypto';
import { deliveryPartition } from '#shared/alerts/tally-store.ts';
import { inParallel } from '#shared/concurrency.ts';
import type { Store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import { createSubscription } from '#shared/subscriptions/subscription-store.ts';
import {
  apiCaller,
  benchBody,
  draftConsultation,
  json,
  progress,
  type StoredEmail,
  signedInCoordinator,
  watchRequests,
} from './harness.ts';

export interface FanoutOptions {
  store: Store;
  baseUrl: string;
  sesUrl: string;
  subscribers: number;
  sendRatePerSecond: number;
  roundTripMs: number;
}

/**
 * 10,000 (by default) confirmed subscribers of one body; one publish through the API; then until every
 * alert is in the SES store: how long, how close to the configured send rate, how many DynamoDB
 * requests per alert, and whether any address got none or two.
 */
export async function fanoutBenchmark(options: FanoutOptions) {
  const { store, baseUrl, sesUrl, subscribers } = options;
  const now = new Date();
  const bodyId = await benchBody(store, now);

  // Subscribers outside the network, already confirmed: the fan-out treats them as any other.
  const addresses = Array.from({ length: subscribers }, (_, i) => `bench-${i}-${bodyId}@example.org`);
  let written = 0;
  await inParallel(addresses, 32, async (email) => {
    await createSubscription(store, {
      id: randomUUID(),
      bodies: [bodyId],
      municipalities: [],
      topics: [],
      language: (['fi', 'en', 'ar', 'so'] as const)[written % 4] ?? 'fi',
      frequency: 'immediate',
      email,
      createdAt: now.toISOString(),
    });
    written += 1;
    if (written % 500 === 0) progress(`fanout: ${written}/${subscribers} subscribers written`);
  });
  progress(`fanout: ${subscribers} subscribers written\n`);

  const call = apiCaller(
    baseUrl,
    await signedInCoordinator(store, baseUrl, sesUrl, `bench-coordinator-${bodyId}@example.org`),
  );
  const draft = await draftConsultation(call, bodyId);

  const { watch: requests, stop: stopWatching } = watchRequests(store);
  const expected = new Set(addresses);
  const received = new Map<string, number>();
  let since = Math.floor(Date.now() / 1000) - 1;
  const seen = new Set<string>();
  let firstAt = Number.POSITIVE_INFINITY;
  let lastAt = 0;

  const started = performance.now();
  await call('POST', `/api/consultations/${draft.id}/publish`);
  let lastProgress = started;
  let lastGrowth = started;
  let firstAlertMs: number | undefined;
  // Reads only what arrived since the last look, so the store is read about once in all; often until
  // the first alert arrives, to time it closely.
  while (received.size < subscribers) {
    await new Promise((resolve) => setTimeout(resolve, firstAlertMs === undefined ? 25 : 500));
    const { emails } = (await json(await fetch(`${sesUrl}/store?since=${since}`))) as {
      emails: StoredEmail[];
    };
    let grew = false;
    for (const mail of emails) {
      if (seen.has(mail.messageId)) continue;
      seen.add(mail.messageId);
      const to = mail.destination.to.find((address) => expected.has(address));
      if (!to) continue;
      grew = true;
      received.set(to, (received.get(to) ?? 0) + 1);
      // The emulator stores messages as it finishes parsing them, not strictly in time order:
      // the next look reaches a few seconds back (duplicates are skipped by message id).
      since = Math.max(since, mail.at - 5);
      firstAt = Math.min(firstAt, mail.at);
      lastAt = Math.max(lastAt, mail.at);
    }
    const at = performance.now();
    if (grew) lastGrowth = at;
    if (grew && firstAlertMs === undefined) firstAlertMs = at - started;
    if (at - lastProgress > 2000) {
      const seconds = (at - started) / 1000;
      progress(
        `fanout: ${received.size}/${subscribers} alerts in the SES store after ${seconds.toFixed(0)} s (${(received.size / seconds).toFixed(0)}/s)`,
      );
      lastProgress = at;
    }
    if (at - lastGrowth > 60_000) break;
  }
  stopWatching();
  // Until the last alert arrived, not until the wait for stragglers gave up.
  const seconds = (lastGrowth - started) / 1000;
  progress('\n');
  // Where the missing ones are, if any: the deliveries' states say whether they failed or wait.
  const statuses: Record<string, number> = {};
  if (received.size < subscribers) {
    for (const item of await queryAll(store, {
      partition: deliveryPartition(draft.id, 1),
      sortKeyPrefix: 'TO#',
    })) {
      const email = String(item.email);
      if (!received.has(email)) statuses[String(item.status)] = (statuses[String(item.status)] ?? 0) + 1;
    }
  }
  const alerts = [...received.values()].reduce((sum, n) => sum + n, 0);
  // The SES store stamps whole seconds: the achieved rate is over the sending window, at least a second.
  const sendingSeconds = Math.max(1, lastAt - firstAt + 1);
  return {
    subscribers,
    seconds: Number(seconds.toFixed(2)),
    configuredSendRate: options.sendRatePerSecond,
    achievedSendRate: Number((alerts / sendingSeconds).toFixed(1)),
    sendRateShare: Number((alerts / sendingSeconds / options.sendRatePerSecond).toFixed(3)),
    dynamodbRequestsPerAlert: Number((requests.requests / Math.max(1, alerts)).toFixed(2)),
    // Every write of the publish, the fan-out and the sends, as DynamoDB bills them: a write refused
    // by its condition is billed too, and returns no figure, so each is counted as one unit (its
    // item, a claim or a counter, is under 1 KB).
    writeCapacityUnitsPerAlert: Number(
      ((requests.writeCapacityUnits + requests.refusedWrites) / Math.max(1, alerts)).toFixed(2),
    ),
    writeCapacityUnitsPerAlertByCommand: JSON.stringify(
      Object.fromEntries(
        Object.entries(requests.writeCapacityUnitsByCommand).map(([command, units]) => [
          command.replace(/Command$/, ''),
          Number((units / Math.max(1, alerts)).toFixed(2)),
        ]),
      ),
    ),
    refusedWritesPerAlert: Number((requests.refusedWrites / Math.max(1, alerts)).toFixed(3)),
    // From the publish request to the first alert seen in the SES store (polled every 25 ms until then).
    firstAlertMs: firstAlertMs === undefined ? null : Math.round(firstAlertMs),
    duplicates: [...received.values()].reduce((sum, n) => sum + (n - 1), 0),
    missing: subscribers - received.size,
    ...(Object.keys(statuses).length > 0 ? { missingByDeliveryStatus: JSON.stringify(statuses) } : {}),
    // Time per alert against one bare DynamoDB round trip, comparable across machines.
    msPerAlertRatio: Number(((seconds * 1000) / subscribers / options.roundTripMs).toFixed(2)),
  };
}
