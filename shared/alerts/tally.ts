import * as z from 'zod/mini';

/**
 * What came of one alerted version. Fan-out sets how many it found; the sender and SES events count
 * each delivery's outcome in the same transaction as the delivery's own state, so the figures are
 * exact without reading thousands of deliveries.
 */
export const alertTally = z.object({
  version: z.number(),
  reason: z.enum(['published', 'updated']),
  /** Immediate recipients: one delivery each. */
  recipients: z.number(),
  alerted: z.number(),
  pending: z.number(),
  failed: z.number(),
  bounced: z.number(),
  /** Left out because the address bounced or complained before. */
  suppressed: z.number(),
  /** Waiting for the weekly digest. */
  digest: z.number(),
  /** Subscribers who chose to wait for their language: no delivery at first, a waiting item instead. */
  waiting: z.number(),
  /** Of those, sent in their language once its translation was published. */
  releasedInTranslation: z.number(),
  /** Of those, sent the original when their wait ran out. */
  releasedInOriginal: z.number(),
  /** Short follow-ups in their language to subscribers who had the original (written, then sent). */
  followUps: z.number(),
  followUpsSent: z.number(),
  followUpsFailed: z.number(),
});
export type AlertTally = z.output<typeof alertTally>;

const count = (value: unknown) => (typeof value === 'number' ? value : 0);

/**
 * The version's figures from its tally item and its follow-ups' (`followUps`: the outbox moves a
 * follow-up's `sent`/`failed` there, apart from the alerts', so `pending` stays the alerts').
 */
export function tallyOf(item: Record<string, unknown>, followUps: Record<string, unknown> = {}): AlertTally {
  const releasedInTranslation = count(item.releasedInTranslation);
  const releasedInOriginal = count(item.releasedInOriginal);
  // A waiter released gets a delivery as an immediate recipient does.
  const recipients = count(item.recipients) + releasedInTranslation + releasedInOriginal;
  const alerted = count(item.sent);
  const failed = count(item.failed);
  const bounced = count(item.bounced);
  // Found by fan-out, then withheld by the sender: the address bounced or complained in between.
  const suppressedAtSend = count(item.suppressedAtSend);
  return {
    version: count(item.version),
    reason: item.reason === 'updated' ? 'updated' : 'published',
    recipients,
    alerted,
    // A delivery being sent right now is still pending.
    pending: Math.max(0, recipients - alerted - failed - bounced - suppressedAtSend),
    failed,
    bounced,
    suppressed: count(item.suppressed) + suppressedAtSend,
    digest: count(item.digest),
    waiting: count(item.waiting),
    releasedInTranslation,
    releasedInOriginal,
    followUps: count(item.followUps),
    followUpsSent: count(followUps.sent),
    followUpsFailed: count(followUps.failed),
  };
}

export function totalOf(tallies: AlertTally[]): Omit<AlertTally, 'version' | 'reason'> {
  const total = {
    recipients: 0,
    alerted: 0,
    pending: 0,
    failed: 0,
    bounced: 0,
    suppressed: 0,
    digest: 0,
    waiting: 0,
    releasedInTranslation: 0,
    releasedInOriginal: 0,
    followUps: 0,
    followUpsSent: 0,
    followUpsFailed: 0,
  };
  for (const t of tallies)
    for (const name of Object.keys(total) as (keyof typeof total)[]) total[name] += t[name];
  return total;
}
