import * as z from 'zod/mini';
import { renderAlert } from '#shared/alerts/alert-mail.ts';
import { alertTags } from '#shared/alerts/mail-events.ts';
import { awaitSendSlot, sendRate } from '#shared/alerts/send-rate.ts';
import { tallyKey } from '#shared/alerts/tally-store.ts';
import { signedLinkKey } from '#shared/auth/session-key.ts';
import { bodyName } from '#shared/bodies/body.ts';
import { getBody } from '#shared/bodies/body-store.ts';
import { config } from '#shared/config.ts';
import { getConsultationVersion } from '#shared/consultations/consultation-store.ts';
import { languageCodes } from '#shared/i18n/languages.ts';
import { sendOnce } from '#shared/mail/outbox.ts';
import { mailSender } from '#shared/mail/ses-mail-sender.ts';
import { store } from '#shared/store/client.ts';
import { unsubscribeQuery, unsubscribeToken } from '#shared/subscriptions/signed-links.ts';
import { memoize } from '../lib/memo.ts';
import type { Invocation, TableChange } from '../lib/stream.ts';

const delivery = z.object({
  pk: z.string(),
  sk: z.string(),
  consultationId: z.string(),
  version: z.number(),
  reason: z.enum(['published', 'updated']),
  email: z.string(),
  language: z.enum(languageCodes),
  subscriptionId: z.string(),
  organisationId: z.optional(z.string()),
});

/**
 * One fan-out writes thousands of deliveries of the same version of the same body's consultation:
 * each is read once per process, not once per delivery. Versions never change; a renamed body shows
 * its new name within minutes.
 */
const publishedVersion = memoize(
  async (key: string) => {
    const [id, version] = key.split('#v') as [string, string];
    const found = await getConsultationVersion(store(), id, Number(version));
    // Thrown, not remembered: the stream retries the record.
    if (!found) throw new Error(`Version ${version} of consultation ${id} is missing`);
    return found;
  },
  { maxEntries: 100 },
);
const bodyNamed = memoize((id: string) => getBody(store(), id), { maxEntries: 100, ttlMs: 5 * 60_000 });

/** Sends a delivery of an alert once, within the send rate (send-mail: its INSERT, or its re-queueing). */
export async function handle(change: TableChange, { deadline }: Invocation) {
  const d = delivery.parse(change.newImage);
  const s = store();
  const { publicBaseUrl, sendRatePerSecond } = config();
  const consultation = await publishedVersion(`${d.consultationId}#v${d.version}`);
  const body = await bodyNamed(consultation.bodyId);
  const subscription = { id: d.subscriptionId, organisationId: d.organisationId };
  const token = unsubscribeToken(await signedLinkKey(), subscription);
  const mail = renderAlert({
    consultation,
    bodyName: body ? bodyName(body, d.language) : '',
    language: d.language,
    reason: d.reason,
    to: d.email,
    publicBaseUrl,
    unsubscribeQuery: unsubscribeQuery(subscription, token),
  });
  await sendOnce(
    { db: s.db, tableName: s.tableName, sender: mailSender(), deadline },
    { pk: d.pk, sk: d.sk },
    { ...mail, tags: alertTags(d.consultationId, d.version) },
    {
      beforeSend: async () => awaitSendSlot(s, await sendRate(sendRatePerSecond)),
      tally: tallyKey(d.consultationId, d.version),
    },
  );
}
