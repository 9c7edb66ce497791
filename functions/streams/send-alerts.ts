import * as z from 'zod/mini';
import { renderAlert, renderFollowUp } from '#shared/alerts/alert-mail.ts';
import { reviewedTranslation } from '#shared/alerts/alert-translation.ts';
import { alertTags } from '#shared/alerts/mail-events.ts';
import { awaitSendSlot, sendRate } from '#shared/alerts/send-rate.ts';
import { followUpTallyKey, tallyKey } from '#shared/alerts/tally-store.ts';
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
  /** The follow-up in their language to a subscriber who had the original; else the alert itself. */
  kind: z.optional(z.literal('follow-up')),
  /** Written once the language's reviewed translation was there. */
  translated: z.optional(z.boolean()),
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
/**
 * Sends a delivery of an alert once, within the send rate (send-mail: its INSERT, or its
 * re-queueing): in the network's reviewed translation into the recipient's language when it was
 * written for one (`translated`), else in the original. A follow-up is counted on its own tally, and carries no alert tags (its bounce is not the alert's).
 */
export async function handle(change: TableChange, { deadline }: Invocation) {
  const d = delivery.parse(change.newImage);
  const s = store();
  const { publicBaseUrl, sendRatePerSecond } = config();
  const version = `${d.consultationId}#v${d.version}`;
  const consultation = await publishedVersion(version);
  const body = await bodyNamed(consultation.bodyId);
  const subscription = { id: d.subscriptionId, organisationId: d.organisationId };
  const token = unsubscribeToken(await signedLinkKey(), subscription);
  const followUp = d.kind === 'follow-up';
  // A delivery written for the original is sent in the original even if a translation came since:
  // its follow-up (written for exactly the deliveries without `translated`) brings the translation.
  const translation =
    followUp || d.translated ? await reviewedTranslation(s, consultation, d.language) : undefined;
  const context = {
    consultation,
    bodyName: body ? bodyName(body, d.language) : '',
    language: d.language,
    reason: d.reason,
    to: d.email,
    publicBaseUrl,
    unsubscribeQuery: unsubscribeQuery(subscription, token),
    translation,
  };
  // Written only once the translation is published: one withdrawn since leaves it unsent for the retries.
  if (followUp && !translation)
    throw new Error(`No reviewed ${d.language} translation of ${d.consultationId} for its follow-up`);
  const mail = followUp && translation ? renderFollowUp({ ...context, translation }) : renderAlert(context);
  await sendOnce(
    { db: s.db, tableName: s.tableName, sender: mailSender(), deadline },
    { pk: d.pk, sk: d.sk },
    followUp ? mail : { ...mail, tags: alertTags(d.consultationId, d.version) },
    {
      beforeSend: async () => awaitSendSlot(s, await sendRate(sendRatePerSecond)),
      tally: followUp ? followUpTallyKey(d.consultationId, d.version) : tallyKey(d.consultationId, d.version),
    },
  );
}
