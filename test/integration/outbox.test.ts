import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { config } from '#shared/config.ts';
import type { MailSender, OutgoingMail } from '#shared/mail/mail-sender.ts';
import { outboxKey, retryFailedMail, sendOnce } from '#shared/mail/outbox.ts';
import { mailSender } from '#shared/mail/ses-mail-sender.ts';
import { documentClient } from '#shared/store/client.ts';
import { emailsTo } from '../support/ses.ts';

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
  });

  it('records a failed send, lets a retry send it once, and keeps it out of later retries', async () => {
    const to = `retry-${randomUUID()}@example.org`;
    const id = outboxKey(`test#${randomUUID()}`);
    const broken: MailSender = {
      send: async () => {
        throw new Error('Throttling: Maximum sending rate exceeded.');
      },
    };
    await expect(sendOnce(deps(broken), id, message(to))).rejects.toThrow('Throttling');
    const { Item } = await documentClient().send(new GetCommand({ TableName: config().tableName, Key: id }));
    expect(Item).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'Throttling: Maximum sending rate exceeded.',
    });
    expect(await emailsTo(to)).toHaveLength(0);

    const first = await retryFailedMail(deps());
    expect(first.sent).toBeGreaterThanOrEqual(1);
    expect(await emailsTo(to)).toHaveLength(1);
    await retryFailedMail(deps());
    expect(await emailsTo(to)).toHaveLength(1);
  });
});
