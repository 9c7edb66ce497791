import { randomUUID } from 'node:crypto';
import { readTallies } from '#shared/alerts/tally-store.ts';
import { waitingPartition } from '#shared/alerts/waiting-store.ts';
import { inParallel } from '#shared/concurrency.ts';
import { getConsultation } from '#shared/consultations/consultation-store.ts';
import type { Store } from '#shared/store/client.ts';
import { countAll } from '#shared/store/query.ts';
import { createSubscription } from '#shared/subscriptions/subscription-store.ts';
import { consultationSubject } from '#shared/translations/subjects.ts';
import { publishTranslationItem } from '../support/translations.ts';
import {
  apiCaller,
  benchBody,
  draftConsultation,
  json,
  progress,
  type StoredEmail,
  signedInCoordinator,
} from './harness.ts';

export interface FanoutTranslationOptions {
  store: Store;
  baseUrl: string;
  sesUrl: string;
  subscribers: number;
}

const ARABIC_TITLE = 'مقارنة الأداء';
type Role = 'waits' | 'atOnce' | 'finnish';

/**
 * A fan-out where 30 % of the subscribers wait for a translation into Arabic, 30 % read Arabic but
 * take the original at once, and 40 % read Finnish; then the Arabic translation is published.
 * Every address must get exactly what it is owed: a waiter one Arabic alert, an immediate Arabic
 * reader the original and one follow-up, a Finnish reader the original; the tally must count the
 * waiters, their release and the follow-ups. What does not hold is listed in `problems`, which
 * fails the run.
 */
export async function fanoutTranslationBenchmark(options: FanoutTranslationOptions) {
  const { store, baseUrl, sesUrl, subscribers } = options;
  const now = new Date();
  const bodyId = await benchBody(store, now);
  const roleOf = (i: number): Role => (i % 10 < 3 ? 'waits' : i % 10 < 6 ? 'atOnce' : 'finnish');
  const addresses = Array.from({ length: subscribers }, (_, i) => `bench-tr-${i}-${bodyId}@example.org`);
  const roles = new Map(addresses.map((email, i) => [email, roleOf(i)]));
  await inParallel(addresses, 32, async (email) => {
    const role = roles.get(email);
    await createSubscription(store, {
      id: randomUUID(),
      bodies: [bodyId],
      municipalities: [],
      topics: [],
      language: role === 'finnish' ? 'fi' : 'ar',
      frequency: 'immediate',
      ...(role === 'waits' ? { waitHours: 24 } : {}),
      email,
      createdAt: now.toISOString(),
    });
  });
  const count = (role: Role) => [...roles.values()].filter((r) => r === role).length;
  const owed: Record<Role, number> = { waits: 1, atOnce: 2, finnish: 1 };
  progress(`fanoutTranslation: ${subscribers} subscribers written, ${count('waits')} of them wait\n`);

  const call = apiCaller(
    baseUrl,
    await signedInCoordinator(store, baseUrl, sesUrl, `bench-tr-coordinator-${bodyId}@example.org`),
  );
  const draft = await draftConsultation(call, bodyId);

  const received = new Map<string, StoredEmail[]>();
  const seen = new Set<string>();
  let since = Math.floor(Date.now() / 1000) - 1;
  const look = async () => {
    const { emails } = (await json(await fetch(`${sesUrl}/store?since=${since}`))) as {
      emails: StoredEmail[];
    };
    for (const mail of emails) {
      if (seen.has(mail.messageId)) continue;
      seen.add(mail.messageId);
      const to = mail.destination.to.find((address) => roles.has(address));
      if (!to) continue;
      received.set(to, [...(received.get(to) ?? []), mail]);
      since = Math.max(since, mail.at - 5);
    }
  };
  const total = () => [...received.values()].reduce((sum, mails) => sum + mails.length, 0);
  /** Looks until `target` alerts have arrived in all, or nothing new came for a minute. */
  const awaitTotal = async (target: number, what: string) => {
    let lastGrowth = performance.now();
    let had = total();
    while (total() < target && performance.now() - lastGrowth < 60_000) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await look();
      if (total() > had) {
        had = total();
        lastGrowth = performance.now();
        progress(`fanoutTranslation: ${what}: ${had}/${target}`);
      }
    }
    progress('\n');
  };

  const started = performance.now();
  await call('POST', `/api/consultations/${draft.id}/publish`);
  const immediate = count('atOnce') + count('finnish');
  await awaitTotal(immediate, 'originals');
  const originalsSeconds = (performance.now() - started) / 1000;
  // The waiters have nothing yet: each holds a waiting item.
  const waitingBefore = await countAll(store, { partition: waitingPartition(draft.id, 1, 'ar') });
  const sentToWaitersBefore = [...received.keys()].filter((email) => roles.get(email) === 'waits').length;

  const consultation = await getConsultation(store, draft.id);
  if (!consultation) throw new Error('The benchmark consultation is missing');
  const translated = performance.now();
  const subject = consultationSubject(consultation);
  await publishTranslationItem(
    store,
    subject,
    'ar',
    { title: ARABIC_TITLE, summary: 'قياس الأداء.' },
    new Date(),
  );
  await awaitTotal(immediate + count('waits') + count('atOnce'), 'after the translation');
  // Published again: it must change nothing.
  await publishTranslationItem(
    store,
    subject,
    'ar',
    { title: ARABIC_TITLE, summary: 'قياس الأداء.' },
    new Date(),
  );
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  await look();
  const translationSeconds = (performance.now() - translated) / 1000;

  let duplicates = 0;
  let missing = 0;
  let wrongLanguage = 0;
  for (const [email, role] of roles) {
    const mails = received.get(email) ?? [];
    duplicates += Math.max(0, mails.length - owed[role]);
    missing += Math.max(0, owed[role] - mails.length);
    const inArabic = mails.filter((mail) => mail.subject.includes(ARABIC_TITLE)).length;
    if (inArabic !== { waits: 1, atOnce: 1, finnish: 0 }[role] && mails.length === owed[role])
      wrongLanguage += 1;
  }
  const [tally] = await readTallies(store, draft.id, 1);
  const figures = {
    subscribers,
    waiting: count('waits'),
    waitingItemsBeforeTranslation: waitingBefore,
    sentToWaitersBeforeTranslation: sentToWaitersBefore,
    originalsSeconds: Number(originalsSeconds.toFixed(2)),
    translationToLastAlertSeconds: Number(translationSeconds.toFixed(2)),
    tallyWaiting: tally?.waiting ?? 0,
    tallyReleasedInTranslation: tally?.releasedInTranslation ?? 0,
    tallyReleasedInOriginal: tally?.releasedInOriginal ?? 0,
    tallyFollowUps: tally?.followUps ?? 0,
    tallyFollowUpsSent: tally?.followUpsSent ?? 0,
    tallyPending: tally?.pending ?? 0,
    duplicates,
    missing,
    wrongLanguage,
  };
  const problems = [
    duplicates > 0 && `${duplicates} alerts too many`,
    missing > 0 && `${missing} alerts missing`,
    wrongLanguage > 0 && `${wrongLanguage} addresses got the wrong language`,
    waitingBefore !== count('waits') && `${waitingBefore} waiting items, ${count('waits')} waiters`,
    sentToWaitersBefore > 0 && `${sentToWaitersBefore} waiters were sent something before the translation`,
    figures.tallyWaiting !== count('waits') && `the tally counts ${figures.tallyWaiting} waiting`,
    figures.tallyReleasedInTranslation !== count('waits') &&
      `the tally counts ${figures.tallyReleasedInTranslation} released in the translation`,
    figures.tallyFollowUps !== count('atOnce') && `the tally counts ${figures.tallyFollowUps} follow-ups`,
    figures.tallyFollowUpsSent !== count('atOnce') &&
      `the tally counts ${figures.tallyFollowUpsSent} follow-ups sent`,
    figures.tallyPending !== 0 && `the tally leaves ${figures.tallyPending} pending`,
  ].filter((problem): problem is string => typeof problem === 'string');
  return { ...figures, problems: problems.join('; ') || 'none' };
}
