import { inParallel } from '#shared/concurrency.ts';
import { getConsultation } from '#shared/consultations/consultation-store.ts';
import type { Store } from '#shared/store/client.ts';
import { reviewedTranslation } from './alert-translation.ts';
import {
  deliveriesInOriginal,
  dueWaiting,
  releaseWaiting,
  waitingFor,
  writeFollowUp,
} from './waiting-store.ts';

export interface FollowReport {
  /** Waiting alerts sent in the language now. */
  released: number;
  /** Follow-ups written to subscribers who had the original. */
  followUps: number;
  /** Found done already: the record was redelivered, or the translation published again. */
  alreadyDone: number;
  /** Waiting alerts and follow-ups not sent: their subscription ended (unsubscribed, account erased). */
  withdrawn: number;
}

/**
 * A reviewed translation of a consultation was published: the alerts waiting for its language are
 * sent in it (each a delivery written in the transaction that deletes its waiting item), and then
 * every subscriber of the language who had the original (sent at once, or released to the original
 * when their wait ran out) gets one follow-up, once ever per consultation and address. The releases
 * come first, and the deliveries are read as the table holds them now: a wait that ran out at the
 * same moment either committed before the translation (its delivery is found here) or is refused
 * by the translation (and released here).
 */
export async function followTranslation(
  store: Store,
  consultationId: string,
  language: string,
  now: Date,
): Promise<FollowReport> {
  const report: FollowReport = { released: 0, followUps: 0, alreadyDone: 0, withdrawn: 0 };
  const consultation = await getConsultation(store, consultationId);
  if (!consultation || consultation.status === 'draft') return report;
  // An outdated translation (of an earlier version) or a withdrawn one releases nothing.
  if (!(await reviewedTranslation(store, consultation, language))) return report;
  const versions = Array.from({ length: consultation.version }, (_, i) => i + 1);
  for (const version of versions) {
    const waiting = await waitingFor(store, consultationId, version, language);
    await inParallel(waiting, 25, async (item) => {
      const outcome = await releaseWaiting(store, item, 'translation', now);
      if (outcome === 'released') report.released += 1;
      else if (outcome === 'withdrawn') report.withdrawn += 1;
      else report.alreadyDone += 1;
    });
  }
  for (const version of versions) {
    const had = await deliveriesInOriginal(store, consultationId, version, language);
    await inParallel(had, 25, async (delivery) => {
      const outcome = await writeFollowUp(store, delivery, now);
      if (outcome === 'written') report.followUps += 1;
      else if (outcome === 'unsubscribed') report.withdrawn += 1;
      else report.alreadyDone += 1;
    });
  }
  return report;
}

export interface ReleaseReport {
  /** Sent the original: the wait ran out before a translation came. */
  released: number;
  /** Sent in the language: its reviewed translation was there, its own release not (yet) done. */
  translated: number;
  /** Not sent: the subscription ended during the wait. */
  withdrawn: number;
  /** Found released already, or released by a translation published at the same moment. */
  skipped: number;
}

/**
 * The schedule's part: every waiting alert whose wait ran out by `now` is sent in the original,
 * unless the language's reviewed translation of that text was published meanwhile: then it is sent
 * in the language here, whether or not the translation's own release comes (its record may be
 * lost, or find the consultation amended since). Stops at `until` (the function's time), leaving
 * the rest due.
 */
export async function releaseWaitingAlerts(store: Store, now: Date, until?: number): Promise<ReleaseReport> {
  const report: ReleaseReport = { released: 0, translated: 0, withdrawn: 0, skipped: 0 };
  const due = await dueWaiting(store, now);
  await inParallel(due, 25, async (item) => {
    if (until !== undefined && Date.now() > until) return;
    let outcome = await releaseWaiting(store, item, 'original', now);
    if (outcome === 'translated') {
      outcome = await releaseWaiting(store, item, 'translation', now);
      if (outcome === 'released') {
        report.translated += 1;
        return;
      }
    }
    if (outcome === 'released') report.released += 1;
    else if (outcome === 'withdrawn') report.withdrawn += 1;
    else report.skipped += 1;
  });
  return report;
}
