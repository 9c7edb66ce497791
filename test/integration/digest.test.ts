import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { sendDigests, weekOf } from '#shared/alerts/digest.ts';
import { digestEntriesOf } from '#shared/alerts/digest-store.ts';
import { config } from '#shared/config.ts';
import type { MailSender } from '#shared/mail/mail-sender.ts';
import { outboxKey } from '#shared/mail/outbox.ts';
import { mailSender } from '#shared/mail/ses-mail-sender.ts';
import { store } from '#shared/store/client.ts';
import {
  type Client,
  memberOrganisation,
  signedInCoordinator,
  signIn,
  uniqueEmail,
} from '../support/people.ts';
import { emailsTo, waitForMatching } from '../support/ses.ts';

const isDigest = (mail: { subject: string }) => mail.subject.startsWith('Kaiutin weekly digest');

async function weeklySubscriber(coordinator: Client, label: string, bodyId: string) {
  const org = await memberOrganisation(coordinator, label);
  const rep = org.reps[0] as Client;
  const made = await rep.post(`/api/organisations/${org.id}/subscriptions`, {
    bodies: [bodyId],
    language: 'en',
    frequency: 'weekly',
  });
  expect(made.status).toBe(201);
  return rep.email;
}

async function waitForEntries(email: string) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const entries = await digestEntriesOf(store(), email);
    if (entries.length > 0 || Date.now() > deadline) return entries;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the weekly digest with an address SES refuses', () => {
  it('records the refused one and sends the others', async () => {
    const coordinator = await signedInCoordinator();
    const { json: body } = await coordinator.post('/api/bodies', {
      kind: 'board',
      municipality: 'Laukaa',
      name: { fi: 'Tekninen lautakunta' },
      submissionEmail: 'k@example.org',
    });
    const officerEmail = uniqueEmail('digest-officer');
    await coordinator.post(`/api/bodies/${body.id}/officers`, { email: officerEmail });
    const officer = await signIn(officerEmail);
    // The digest goes out address by address in order: the refused one comes first.
    const refused = await weeklySubscriber(coordinator, 'aaa-refused', body.id);
    const served = await weeklySubscriber(coordinator, 'zzz-served', body.id);
    const { json: consultation } = await officer.post('/api/consultations', {
      bodyId: body.id,
      kind: 'hearing',
      originalLanguage: 'fi',
      texts: { fi: { title: 'Katuvalaistus', summary: 'Yhteenveto.' } },
      topics: ['health-social'],
      statementDeadline: new Date(Date.now() + 20 * 86_400_000).toISOString(),
      contact: { name: 'V', email: 'v@example.org' },
    });
    await officer.post(`/api/consultations/${consultation.id}/publish`);
    expect(await waitForEntries(refused)).toHaveLength(1);
    expect(await waitForEntries(served)).toHaveLength(1);

    // SES refuses one address (as it answers MessageRejected); every other send is real.
    const ses = mailSender();
    const refusing: MailSender = {
      send: async (mail) => {
        if (mail.to.includes(refused)) {
          throw Object.assign(new Error('Email address is not verified.'), { name: 'MessageRejected' });
        }
        return ses.send(mail);
      },
    };
    const now = new Date();
    const s = store();
    const report = await sendDigests(
      s,
      { db: s.db, tableName: s.tableName, sender: refusing },
      inject('runtime').baseUrl,
      now,
    );

    expect(report.failed).toBeGreaterThanOrEqual(1);
    const digests = await waitForMatching(served, isDigest);
    expect(digests).toHaveLength(1);
    expect(digests[0]?.body.text).toContain('Katuvalaistus');
    expect((await emailsTo(refused)).filter(isDigest)).toEqual([]);
    // The refused digest is recorded where retry-failed-mail finds it; both addresses' entries are done.
    const record = await s.db.send(
      new GetCommand({ TableName: config().tableName, Key: outboxKey(`digest#${refused}#${weekOf(now)}`) }),
    );
    expect(record.Item).toMatchObject({ status: 'failed' });
    expect(await digestEntriesOf(s, refused)).toEqual([]);
    expect(await digestEntriesOf(s, served)).toEqual([]);
  });
});
