import { inParallel } from '#shared/concurrency.ts';
import type { Consultation } from '#shared/consultations/consultation.ts';
import type { Language } from '#shared/i18n/languages.ts';
import { getOrganisation } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import { createOnce } from '#shared/store/transactions.ts';
import { consultationTargets, type frequencies } from '#shared/subscriptions/subscription.ts';
import { consultationSubject } from '#shared/translations/subjects.ts';
import { needsTranslation, reviewedTranslation } from './alert-translation.ts';
import { digestEntryKey } from './digest-store.ts';
import { suppressedAmong } from './suppression-store.ts';
import { deliveryKey, recordFanOut } from './tally-store.ts';
import { writeTranslatedForWaiter, writeWaiting } from './waiting-store.ts';

/** Why subscribers hear of a consultation: it was published, or it changed materially. */
export type AlertReason = 'published' | 'updated';

export function alertReason(before: Consultation, after: Consultation): AlertReason | undefined {
  if (before.status === 'draft' && after.status === 'published') return 'published';
  if (before.status !== 'draft' && after.version > before.version && after.materialChanges.length > 0)
    return 'updated';
  return undefined;
}

export interface Recipient {
  email: string;
  language: Language;
  frequency: (typeof frequencies)[number];
  subscriptionId: string;
  /** None for a subscriber outside the network. */
  organisationId?: string;
  /** Hours an immediate alert waits for a reviewed translation into the language; none sends at once. */
  waitHours?: number;
}

/** Which of an address's subscriptions alerts it: immediate before weekly, at once before waiting. */
const preferred = (a: Recipient, b: Recipient) =>
  (a.frequency === 'weekly' && b.frequency === 'immediate') ||
  (a.frequency === b.frequency && a.waitHours !== undefined && b.waitHours === undefined);

/**
 * The subscribers to alert, found by key: the consultation's body and municipality, under each of
 * its topics and "any topic". Organisations that are no longer members receive nothing; an
 * address subscribed twice is alerted once, immediately if any of its subscriptions says so, and
 * at once rather than after a wait for its language if any says so.
 * Subscribers outside the network are found only once they confirmed (no match items before).
 */
export async function recipientsFor(store: Store, consultation: Consultation): Promise<Recipient[]> {
  const { partitions, sortKeyPrefixes } = consultationTargets(consultation);
  const found = await Promise.all(
    partitions.flatMap((partition) =>
      sortKeyPrefixes.map((sortKeyPrefix) => queryAll(store, { partition, sortKeyPrefix })),
    ),
  );
  const byEmail = new Map<string, Recipient>();
  for (const item of found.flat()) {
    const recipient: Recipient = {
      email: String(item.email),
      language: item.language as Language,
      frequency: item.frequency as Recipient['frequency'],
      subscriptionId: String(item.subscriptionId),
      organisationId: item.organisationId === undefined ? undefined : String(item.organisationId),
      waitHours: typeof item.waitHours === 'number' ? item.waitHours : undefined,
    };
    const known = byEmail.get(recipient.email);
    if (!known || preferred(known, recipient)) byEmail.set(recipient.email, recipient);
  }
  const members = new Map<string, boolean>();
  for (const { organisationId } of byEmail.values()) {
    if (organisationId && !members.has(organisationId))
      members.set(organisationId, (await getOrganisation(store, organisationId))?.status === 'member');
  }
  return [...byEmail.values()].filter(
    (recipient) => !recipient.organisationId || members.get(recipient.organisationId),
  );
}

/** A BatchGet reads at most a hundred keys. */
const SUPPRESSION_BATCH = 100;

export interface FanOutReport {
  /** Deliveries written now (those in a reviewed translation among them). */
  immediate: number;
  /** Of those, in a reviewed translation of the consultation into the recipient's language. */
  translated: number;
  /** Waiting for a translation into their language instead (published, not updated, versions only). */
  waiting: number;
  digest: number;
  suppressed: number;
  /** Found already written: the stream record was redelivered. */
  alreadyWritten: number;
}

/**
 * One delivery per immediate recipient and version (its INSERT triggers the sender), and one digest
 * entry per weekly recipient (the weekly digest gathers them); suppressed addresses get neither.
 * A newly published consultation's immediate recipient who waits for their language, when it has
 * no reviewed translation yet, gets a waiting alert instead, due when the wait runs out
 * (`follow-translation.ts` releases it). An update never waits. The version's tally records the
 * counts; a redelivered record sets them as they were.
 */
export async function fanOut(
  store: Store,
  consultation: Consultation,
  reason: AlertReason,
  now: Date,
): Promise<FanOutReport> {
  const found = await recipientsFor(store, consultation);
  const report: FanOutReport = {
    immediate: 0,
    translated: 0,
    waiting: 0,
    digest: 0,
    suppressed: 0,
    alreadyWritten: 0,
  };
  // One read per language, not per recipient: whether the network's reviewed translation is there.
  const languages = [...new Set(found.map((r) => r.language))].filter((l) =>
    needsTranslation(consultation, l),
  );
  const translatedInto = new Set<string>();
  for (const language of languages)
    if (await reviewedTranslation(store, consultation, language)) translatedInto.add(language);
  const { sourceHash } = consultationSubject(consultation);
  /** Would wait for their language (whether or not its translation is there now). */
  const waiter = (r: Recipient) =>
    reason === 'published' &&
    r.frequency === 'immediate' &&
    r.waitHours !== undefined &&
    needsTranslation(consultation, r.language);
  const write = async (recipient: Recipient) => {
    const immediate = recipient.frequency === 'immediate';
    const facts = {
      consultationId: consultation.id,
      version: consultation.version,
      reason,
      email: recipient.email,
      language: recipient.language,
      subscriptionId: recipient.subscriptionId,
      organisationId: recipient.organisationId,
    };
    if (waiter(recipient) && !translatedInto.has(recipient.language)) {
      const due = new Date(now.getTime() + (recipient.waitHours ?? 0) * 3_600_000);
      report.waiting += 1;
      if (!(await writeWaiting(store, facts, sourceHash, due, now))) report.alreadyWritten += 1;
      return;
    }
    if (waiter(recipient)) {
      // The translation is there: a redelivered record finds this waiter waiting still, or released
      // (counted among the waiters, as the first fan-out did), and leaves the figures as they are.
      const outcome = await writeTranslatedForWaiter(store, facts, now);
      if (outcome === 'waiting') report.waiting += 1;
      else {
        report.immediate += 1;
        report.translated += 1;
      }
      if (outcome !== 'written') report.alreadyWritten += 1;
      return;
    }
    const translated = immediate && translatedInto.has(recipient.language);
    const common = {
      entity: immediate ? 'delivery' : 'digest-entry',
      ...facts,
      createdAt: now.toISOString(),
    };
    const written = immediate
      ? // Unless it exists: a redelivered stream record changes nothing.
        await createOnce(store, {
          ...deliveryKey(consultation.id, consultation.version, recipient.email),
          status: 'pending',
          ...common,
          // Written in their language: no follow-up is owed.
          ...(translated ? { translated: true } : {}),
        })
      : await createOnce(store, {
          ...digestEntryKey(recipient.email, consultation.id, consultation.version),
          ...common,
        });
    if (immediate) report.immediate += 1;
    else report.digest += 1;
    if (translated) report.translated += 1;
    if (!written) report.alreadyWritten += 1;
  };
  // Immediate recipients first, a hundred at a time (one suppression look-up each): the first alerts
  // are on their way while the rest are still checked.
  const ordered = [
    ...found.filter((r) => r.frequency === 'immediate'),
    ...found.filter((r) => r.frequency !== 'immediate'),
  ];
  for (let i = 0; i < ordered.length; i += SUPPRESSION_BATCH) {
    const chunk = ordered.slice(i, i + SUPPRESSION_BATCH);
    const suppressed = await suppressedAmong(
      store,
      chunk.map((r) => r.email),
    );
    report.suppressed += suppressed.size;
    await inParallel(
      chunk.filter((r) => !suppressed.has(r.email)),
      25,
      write,
    );
  }
  await recordFanOut(store, consultation.id, consultation.version, {
    reason,
    recipients: report.immediate,
    digest: report.digest,
    suppressed: report.suppressed,
    waiting: report.waiting,
  });
  return report;
}
