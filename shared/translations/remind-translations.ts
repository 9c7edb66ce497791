import { noticeItems, type Recipient } from '#shared/mail/notices.ts';
import { getPerson, listCoordinators } from '#shared/people/person-store.ts';
import type { Store } from '#shared/store/client.ts';
import { queryPage } from '#shared/store/query.ts';
import {
  ConditionsFailed,
  failedNames,
  putItem,
  type TransactItem,
  transact,
} from '#shared/store/transactions.ts';
import { SUMMARY_EVERY_HOURS, UNTAKEN_REMINDER_HOURS } from './facts.ts';
import { storedTranslationRequest, type TranslationRequest } from './translation.ts';
import { ALL_REQUESTS, requestKey, requestsInLanguage } from './translation-keys.ts';
import { allTranslators, type ListedTranslator, summaryMarker } from './translator-store.ts';

/** Requests one summary lists (the newest first); the desk shows them all. */
export const SUMMARY_LISTS = 20;
/**
 * Untaken requests one run reminds of, oldest first, in one reminder to every coordinator (its
 * updates and notices one transaction); the rest wait for the next hour's run.
 */
const REMINDER_NAMES = 20;
const HOUR = 3_600_000;

export interface TranslationReminderReport {
  /** Translators sent a summary. */
  summaries: number;
  /** Untaken requests the coordinators were reminded of. */
  reminded: number;
}

/** The translator desk's page of one request. */
export const requestPath = (r: Pick<TranslationRequest, 'kind' | 'subjectId' | 'language'>) =>
  `/translations/${r.kind}/${encodeURIComponent(r.subjectId)}/${encodeURIComponent(r.language)}`;

/** The requests as a notice's list of links (shared/mail/templates.ts `linkList`): the original's title, the language, the desk's page. */
const requestLinks = (requests: TranslationRequest[]) =>
  JSON.stringify(requests.map((r) => ({ text: r.title, language: r.language, path: requestPath(r) })));

/** The language's open (unclaimed) requests made by `now`, newest first, as many as a summary lists. */
async function openIn(store: Store, language: string, now: Date): Promise<TranslationRequest[]> {
  const page = await queryPage(
    store,
    {
      index: 'gsi1',
      partition: requestsInLanguage(language),
      sortKeyBetween: ['open#', `open#${now.toISOString()}#\uffff`],
      newestFirst: true,
      limit: SUMMARY_LISTS,
    },
    undefined,
    (item) => storedTranslationRequest.parse(item),
  );
  return page.items;
}

/**
 * Each translator's summary of the open requests in their languages, at most one in any
 * `SUMMARY_EVERY_HOURS`, and only when a request came since their last one. The marker on their
 * list entry is written in the notice's transaction, on the condition that no summary was written
 * within the period: a run done again, or two at once, mail nobody twice.
 */
export async function sendTranslationSummaries(store: Store, now: Date): Promise<number> {
  const since = new Date(now.getTime() - SUMMARY_EVERY_HOURS * HOUR);
  const due = (await allTranslators(store)).filter(
    (t) => !t.summarisedAt || t.summarisedAt <= since.toISOString(),
  );
  const languages = [...new Set(due.flatMap((t) => t.languages))];
  const open = new Map(
    await Promise.all(languages.map(async (l) => [l, await openIn(store, l, now)] as const)),
  );
  let sent = 0;
  for (const translator of due) {
    const requests = translator.languages
      .flatMap((language) => open.get(language) ?? [])
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, SUMMARY_LISTS);
    const isNew = (r: TranslationRequest) =>
      !translator.summarisedAt || r.createdAt > translator.summarisedAt;
    if (!requests.some(isNew)) continue;
    if (await summarise(store, translator, requests, now, since)) sent += 1;
  }
  return sent;
}

async function summarise(
  store: Store,
  translator: ListedTranslator,
  requests: TranslationRequest[],
  now: Date,
  since: Date,
): Promise<boolean> {
  // The person's language now: they may have changed it since they became a translator.
  const language = (await getPerson(store, translator.personId))?.language ?? translator.language;
  try {
    await transact(store, [
      summaryMarker(translator.personId, now, since),
      ...noticeItems(
        'translationSummary',
        [{ email: translator.email, language }],
        { count: String(requests.length), requests: requestLinks(requests), path: '/translations' },
        now,
      ).map(putItem),
    ]);
    return true;
  } catch (error) {
    if (failedNames(error).has('summary')) return false;
    throw error;
  }
}

/** Marks the request reminded, only while it is still open and was never reminded. */
const remindedMarker = (r: TranslationRequest, now: Date): TransactItem => ({
  name: `${r.kind}#${r.subjectId}#${r.language}`,
  Update: {
    TableName: '',
    Key: requestKey(r.kind, r.subjectId, r.language),
    UpdateExpression: 'SET remindedAt = :now',
    ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(remindedAt) AND #status = :open',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':now': now.toISOString(), ':open': 'open' },
  },
});

/**
 * Reminds the coordinators, in their languages, of the requests nobody claimed within
 * `UNTAKEN_REMINDER_HOURS`, each request once: its `remindedAt` is set in the transaction that
 * writes the reminder, on the condition that it is still open and unreminded. A request claimed
 * meanwhile is left out and the rest reminded.
 */
export async function remindUntakenTranslations(store: Store, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - UNTAKEN_REMINDER_HOURS * HOUR).toISOString();
  const coordinators = await listCoordinators(store);
  if (coordinators.length === 0) return 0;
  const { items } = await queryPage(
    store,
    {
      index: 'gsi2',
      partition: ALL_REQUESTS,
      sortKeyBetween: ['open#', `open#${cutoff}`],
      filter: { expression: 'attribute_not_exists(remindedAt)', values: {} },
      limit: REMINDER_NAMES,
    },
    undefined,
    (item) => storedTranslationRequest.parse(item),
  );
  return remind(store, items, coordinators, now);
}

async function remind(
  store: Store,
  requests: TranslationRequest[],
  coordinators: Recipient[],
  now: Date,
): Promise<number> {
  let pending = requests;
  while (pending.length > 0) {
    const notices = noticeItems(
      'translationUntaken',
      coordinators,
      {
        count: String(pending.length),
        hours: String(UNTAKEN_REMINDER_HOURS),
        requests: requestLinks(pending),
        path: '/translations',
      },
      now,
    );
    try {
      await transact(store, [...pending.map((r) => remindedMarker(r, now)), ...notices.map(putItem)]);
      return pending.length;
    } catch (error) {
      if (!(error instanceof ConditionsFailed)) throw error;
      const failed = failedNames(error);
      pending = pending.filter((r) => !failed.has(remindedMarker(r, now).name as string));
    }
  }
  return 0;
}

/** The translation workflow's mail of the hourly reminders: the translators' summaries, the coordinators' reminders. */
export async function remindTranslations(store: Store, now: Date): Promise<TranslationReminderReport> {
  return {
    summaries: await sendTranslationSummaries(store, now),
    reminded: await remindUntakenTranslations(store, now),
  };
}
