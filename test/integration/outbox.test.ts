import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, inject, it, vi } from 'vitest';
import { streamFunction } from '#functions/lib/stream.ts';
import { handler as retryFailedMailFunction } from '#functions/schedules/retry-failed-mail.ts';
import { suppress } from '#shared/alerts/suppression-store.ts';
import { inParallel } from '#shared/concurrency.ts';
import { config } from '#shared/config.ts';
import type { MailSender, OutgoingMail } from '#shared/mail/mail-sender.ts';
import {
  type ItemKey,
  MAX_MAIL_ATTEMPTS,
  outboxKey,
  retryFailedMail,
  sendOnce,
} from '#shared/mail/outbox.ts';
import { mailSender } from '#shared/mail/ses-mail-sender.ts';
import { documentClient, store } from '#shared/store/client.ts';
import { lambdaContext } from '../support/api-event.ts';
import { emailsTo, waitForEmails } from '../support/ses.ts';

const message = (to: string): OutgoingMail => ({
  to: [to],
  subject: 'Hello',
  text: 'Hello',
  html: '<p>Hello</p>',
});
const deps = (sender: MailSender = mailSender()) => ({
  db: documentClient(),
  tableName: config().tableName,
  sender,
});
const read = async (key: ItemKey) =>
  (await documentClient().send(new GetCommand({ TableName: config().tableName, Key: key }))).Item;
/** SES answering 500 (InternalFailure), an error every part of Kaiutin treats as passing. */
const failing: MailSender = {
  send: async () => {
    throw Object.assign(new Error('InternalFailure: injected'), { $metadata: { httpStatusCode: 500 } });
  },
};
const inTheFuture = (ms: number) => () => new Date(Date.now() + ms);

describe('outbox', () => {
  it('sends a message once however often it is asked to', async () => {
    const to = `once-${randomUUID()}@example.org`;
    const id = outboxKey(`test#${randomUUID()}`);
    const outcomes = await Promise.all([
      sendOnce(deps(), id, message(to)),
      sendOnce(deps(), id, message(to)),
    ]);
    expect(outcomes.sort()).toEqual(['already-handled', 'sent']);
    expect(await sendOnce(deps(), id, message(to))).toBe('already-handled');
    expect(await emailsTo(to)).toHaveLength(1);
    // Sent: out of the index of unsent mail, and the stored copy is gone.
    expect(await read(id)).not.toHaveProperty('mail');
    expect(await read(id)).not.toHaveProperty('gsi1pk');
  });

  it('records a failed send, lets a retry send it once, and keeps it out of later retries', async () => {
    const to = `retry-${randomUUID()}@example.org`;
    const id = outboxKey(`test#${randomUUID()}`);
    expect(await sendOnce(deps(failing), id, message(to))).toBe('failed');
    expect(await read(id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'InternalFailure: injected',
      gsi1pk: 'OUTBOX#unsent',
    });
    expect(await emailsTo(to)).toHaveLength(0);

    // The schedule re-queues it; the stream's mail sender sends it.
    const first = await retryFailedMail(deps());
    expect(first.requeued).toBeGreaterThanOrEqual(1);
    expect(await waitForEmails(to, 1)).toHaveLength(1);
    await vi.waitFor(async () => expect(await read(id)).toMatchObject({ status: 'sent', attempts: 2 }));
    await retryFailedMail(deps());
    expect(await emailsTo(to)).toHaveLength(1);
  });

  it('counts one attempt for one real send, however the stream plumbing retries (2a)', async () => {
    const to = `attempts-${randomUUID()}@example.org`;
    const id = outboxKey(`test#${randomUUID()}`);
    const handler = streamFunction(async () => {
      await sendOnce(deps(failing), id, message(to));
    });
    const event = {
      Records: [{ eventName: 'INSERT', dynamodb: { NewImage: marshall({ pk: 'x' }), SequenceNumber: '1' } }],
    } as unknown as DynamoDBStreamEvent;
    await handler(event, lambdaContext);
    expect(await read(id)).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('takes a send over once its lease ran out: by a redelivery, or by the retry schedule (2c)', async () => {
    // A function that claimed a send and was stopped before sending (waiting for a slot in the send rate).
    let release = () => {};
    // What the stopped run ends with, caught as it happens (it fails at once: its deadline is now).
    const stopped = (key: ItemKey, to: string) =>
      sendOnce({ ...deps(), deadline: Date.now() }, key, message(to), {
        beforeSend: () =>
          new Promise<void>((resolve) => {
            release = resolve;
          }),
      }).catch((error: Error) => error.message);
    const redelivered = { key: outboxKey(`test#${randomUUID()}`), to: `lease-${randomUUID()}@example.org` };
    const abandoned = stopped(redelivered.key, redelivered.to);
    await vi.waitFor(async () => expect(await read(redelivered.key)).toMatchObject({ status: 'sending' }));
    // While the lease holds, a redelivered record does nothing; once it ran out, it sends.
    expect(await sendOnce(deps(), redelivered.key, message(redelivered.to))).toBe('already-handled');
    expect(
      await sendOnce({ ...deps(), now: inTheFuture(60_000) }, redelivered.key, message(redelivered.to)),
    ).toBe('sent');
    release();
    expect(await abandoned).toMatch(/ran out of time/);
    expect(await emailsTo(redelivered.to)).toHaveLength(1);

    // With no redelivery, the retry schedule finds the expired lease in the index of unsent mail.
    const scheduled = { key: outboxKey(`test#${randomUUID()}`), to: `lease-${randomUUID()}@example.org` };
    const stuck = stopped(scheduled.key, scheduled.to);
    await vi.waitFor(async () => expect(await read(scheduled.key)).toMatchObject({ status: 'sending' }));
    expect((await retryFailedMail({ ...deps(), now: inTheFuture(60_000) })).requeued).toBeGreaterThanOrEqual(
      1,
    );
    expect(await waitForEmails(scheduled.to, 1)).toHaveLength(1);
    release();
    expect(await stuck).toMatch(/ran out of time/);
    await vi.waitFor(async () =>
      expect(await read(scheduled.key)).toMatchObject({ status: 'sent', attempts: 2 }),
    );
    expect(await emailsTo(scheduled.to)).toHaveLength(1);

    // A delivery (not an outbox marker) is not listed while claimed: its own stream record, which
    // comes again after the stopped run, waits the lease out and takes it over.
    const delivery = {
      key: { pk: `TEST#lease#${randomUUID()}`, sk: 'DELIVERY' },
      to: `lease-${randomUUID()}@example.org`,
    };
    // Stopped 9 s ago, so its lease (the deadline and a 10 s margin) ends in about a second.
    const gone = sendOnce({ ...deps(), deadline: Date.now() - 9_000 }, delivery.key, message(delivery.to), {
      beforeSend: () => new Promise<void>(() => {}),
    }).catch((error: Error) => error.message);
    await vi.waitFor(async () => expect(await read(delivery.key)).toMatchObject({ status: 'sending' }));
    expect(await read(delivery.key)).not.toHaveProperty('gsi1pk');
    expect(await sendOnce(deps(), delivery.key, message(delivery.to))).toBe('sent');
    expect(await read(delivery.key)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(await emailsTo(delivery.to)).toHaveLength(1);
    expect(await gone).toMatch(/ran out of time/);

    // A run that failed early, its deadline far off, holds the lease longer than the next run can
    // wait: the claim is then listed for the retry schedule, which re-queues it once the lease ends.
    const early = { pk: `TEST#lease#${randomUUID()}`, sk: 'DELIVERY' };
    // Of an entity no sender reads, so re-queueing it sends nothing through the runtime's stream.
    await documentClient().send(
      new PutCommand({
        TableName: config().tableName,
        Item: { ...early, entity: 'test', status: 'pending' },
      }),
    );
    // Its own end (running out of time, a minute on) is not what this checks.
    void sendOnce({ ...deps(), deadline: Date.now() + 60_000 }, early, message(delivery.to), {
      beforeSend: () => new Promise<void>(() => {}),
    }).catch(() => undefined);
    await vi.waitFor(async () => expect(await read(early)).toMatchObject({ status: 'sending' }));
    expect(await sendOnce({ ...deps(), deadline: Date.now() + 20_000 }, early, message(delivery.to))).toBe(
      'already-handled',
    );
    const listed = await read(early);
    expect(listed).toMatchObject({ status: 'sending', gsi1pk: 'OUTBOX#unsent' });
    expect(listed?.gsi1sk).toBe(new Date(Number(listed?.leaseUntil)).toISOString());
    expect(
      await retryFailedMail({ ...deps(), now: () => new Date(Number(listed?.leaseUntil) + 1) }),
    ).toMatchObject({
      requeued: expect.any(Number),
    });
    expect(await read(early)).toMatchObject({ status: 'queued' });

    // A failed delivery claimed again keeps its index keys, due in the past, while it is being sent:
    // the retry schedule leaves it alone under its live lease instead of queueing a second send.
    const busy = {
      key: { pk: `TEST#lease#${randomUUID()}`, sk: 'DELIVERY' },
      to: `lease-${randomUUID()}@example.org`,
    };
    await documentClient().send(
      new PutCommand({
        TableName: config().tableName,
        Item: { ...busy.key, entity: 'test', status: 'pending' },
      }),
    );
    expect(await sendOnce(deps(failing), busy.key, message(busy.to))).toBe('failed');
    void sendOnce({ ...deps(), deadline: Date.now() + 60_000 }, busy.key, message(busy.to), {
      beforeSend: () => new Promise<void>(() => {}),
    }).catch(() => undefined);
    await vi.waitFor(async () => expect(await read(busy.key)).toMatchObject({ status: 'sending' }));
    expect(await read(busy.key)).toMatchObject({ gsi1pk: 'OUTBOX#unsent' });
    await retryFailedMail({ ...deps(), now: inTheFuture(1_000) });
    expect(await read(busy.key)).toMatchObject({ status: 'sending' });
  });

  it('still retries a new failure when 150 messages have used all their attempts, and reports those (2b)', async () => {
    const run = randomUUID().slice(0, 8);
    // Should the stream's sender get one of them (re-queued by another test's retry run), it fails too.
    await fetch(`${inject('runtime').sesUrl}/faults`, {
      method: 'POST',
      body: JSON.stringify({ code: 'InternalFailure', forMs: 60_000, match: `exhausted-${run}@` }),
    });
    // One message used all its attempts; 149 more like it, copied, are there already.
    const first = outboxKey(`test#exhausted#${run}`);
    for (let attempt = 0; attempt < MAX_MAIL_ATTEMPTS; attempt += 1)
      await sendOnce(deps(failing), first, message(`exhausted-${run}@example.org`));
    const exhausted = await read(first);
    expect(exhausted).toMatchObject({ attempts: MAX_MAIL_ATTEMPTS });
    const copies = Array.from({ length: 149 }, (_, i) => ({
      ...exhausted,
      ...outboxKey(`test#exhausted#${run}#${i}`),
    }));
    await inParallel(copies, 4, (Item) =>
      documentClient().send(new PutCommand({ TableName: config().tableName, Item })),
    );

    const to = `after-exhausted-${randomUUID()}@example.org`;
    expect(await sendOnce(deps(failing), outboxKey(`test#${randomUUID()}`), message(to))).toBe('failed');
    await retryFailedMail(deps());
    expect(await waitForEmails(to, 1)).toHaveLength(1);

    // Every run of the schedule says how many were given up on, for the alarm.
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.stubEnv('AWS_LAMBDA_LOG_LEVEL', 'ERROR');
    try {
      await retryFailedMailFunction(
        { time: new Date().toISOString() } as Parameters<typeof retryFailedMailFunction>[0],
        lambdaContext,
      );
      const reported = errors.mock.calls
        .map(([line]) => line)
        .find((line) => line?.message === 'Mail exhausted');
      expect(reported).toEqual({ message: 'Mail exhausted', exhausted: expect.any(Number) });
      expect(reported.exhausted).toBeGreaterThanOrEqual(150);
    } finally {
      errors.mockRestore();
      vi.unstubAllEnvs();
    }
  });

  it('sends nothing to an address that bounced or complained, and says so for good', async () => {
    const to = `suppressed-${randomUUID()}@example.org`;
    const id = outboxKey(`test#${randomUUID()}`);
    const tally = { pk: `TEST#${randomUUID()}`, sk: 'TALLY' };
    expect(await sendOnce(deps(failing), id, message(to), { tally })).toBe('failed');
    await suppress(store(), to, 'complaint', new Date());
    expect(await sendOnce(deps(), id, message(to), { tally })).toBe('suppressed');
    expect(await sendOnce(deps(), id, message(to), { tally })).toBe('already-handled');
    expect(await read(id)).toMatchObject({ status: 'suppressed', attempts: 1 });
    expect(await read(id)).not.toHaveProperty('gsi1pk');
    expect(await read(tally)).toMatchObject({ failed: 0, suppressedAtSend: 1 });
    expect(await emailsTo(to)).toHaveLength(0);
  });
});
