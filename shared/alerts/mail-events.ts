import * as z from 'zod/mini';
import type { Store } from '#shared/store/client.ts';
import { suppress } from './suppression-store.ts';
import { recordBounce } from './tally-store.ts';

/** The part of an SES sending event (published through the configuration set) that Kaiutin acts on. */
export const mailEvent = z.object({
  eventType: z.string(),
  bounce: z.optional(
    z.object({
      bounceType: z.string(),
      bouncedRecipients: z.array(z.object({ emailAddress: z.string() })),
    }),
  ),
  complaint: z.optional(z.object({ complainedRecipients: z.array(z.object({ emailAddress: z.string() })) })),
  mail: z.object({
    messageId: z.string(),
    /** The message tags given when sending, each with its values. */
    tags: z.optional(z.record(z.string(), z.array(z.string()))),
  }),
});
export type MailEvent = z.output<typeof mailEvent>;

/** Tags an alert carries, so its bounce finds the delivery and its tally. */
export const alertTags = (consultationId: string, version: number) => ({
  consultation: consultationId,
  version: String(version),
});

export interface MailEventOutcome {
  suppressed: string[];
  bouncedDeliveries: number;
}

/**
 * A permanent bounce or a complaint suppresses the address: it gets no more alerts. A bounced alert
 * is recorded on its delivery and tally. Transient bounces (a full mailbox) change nothing.
 */
export async function handleMailEvent(store: Store, event: MailEvent, now: Date): Promise<MailEventOutcome> {
  const outcome: MailEventOutcome = { suppressed: [], bouncedDeliveries: 0 };
  if (event.eventType === 'Complaint' && event.complaint) {
    for (const { emailAddress } of event.complaint.complainedRecipients) {
      await suppress(store, emailAddress, 'complaint', now);
      outcome.suppressed.push(emailAddress.toLowerCase());
    }
  }
  if (event.eventType === 'Bounce' && event.bounce?.bounceType === 'Permanent') {
    const consultationId = event.mail.tags?.consultation?.[0];
    const version = Number(event.mail.tags?.version?.[0]);
    for (const { emailAddress } of event.bounce.bouncedRecipients) {
      const email = emailAddress.toLowerCase();
      await suppress(store, email, 'bounce', now);
      outcome.suppressed.push(email);
      if (
        consultationId &&
        Number.isInteger(version) &&
        (await recordBounce(store, consultationId, version, email, now))
      )
        outcome.bouncedDeliveries += 1;
    }
  }
  return outcome;
}
