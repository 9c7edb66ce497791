import { KEY } from '#shared/store/table.ts';
import type { RequestStatus, TranslatableKind } from './facts.ts';

/**
 * Where translations live (the contract between their writers and readers):
 *
 * - A subject's partition `TRANSLATION#<kind>#<subjectId>`:
 *   - `LANG#<language>` (entity `translation`): what readers see in that language, a person's
 *     reviewed translation or a machine draft until one is published. One Query of the partition
 *     (prefix `LANG#`) gives a reader every language. Its INSERT or MODIFY to `mark: reviewed` is
 *     what alerts follow (`fan-out-alerts` releases the alerts waiting for it and sends follow-ups).
 *   - `REQUEST#<language>` (entity `translation-request`): the open request of that language,
 *     gsi1 `TRANSLATION-REQUESTS#<language>` / `<status>#<createdAt>#<kind>#<subjectId>` (a
 *     translator's desk reads their languages' partitions), gsi2 `TRANSLATION-REQUESTS` /
 *     `<status>#<createdAt>#<kind>#<subjectId>#<language>` (the coordinator's view, and the
 *     untaken ones past `UNTAKEN_REMINDER_HOURS`). Publishing deletes it in the same transaction
 *     that writes the translation. Its INSERT is what `fan-out-alerts` makes a machine draft for.
 * - A translator's role in their person partition `PERSON#<personId>` / `ROLE#translator`
 *   (entity `role`, with `languages`): the caller's `translatorLanguages`; erased with the account.
 *   Listed as `TRANSLATORS` / `PERSON#<personId>` (entity `translator`: the role's fields) for the
 *   coordinator, and indexed as `TRANSLATORS#L#<language>` / `<personId>` (entity
 *   `translator-index`: email, name, language of the person) for the daily summaries. All three
 *   are written and deleted in one transaction.
 * - `LANGUAGE-NEEDS` / `SUBSCRIPTIONS` (entity `language-needs`): how many active subscriptions
 *   read each language (attribute `subscriptionsIn(language)`), moved by `ADD` in the same
 *   transactions as the subscriptions; with the member organisations' languages (their directory,
 *   `ORGS#member`), the languages a published text is requested in.
 */
export const subjectPartition = (kind: TranslatableKind, subjectId: string) =>
  `TRANSLATION#${kind}#${subjectId}`;

export const LANG_PREFIX = 'LANG#';
export const translationKey = (kind: TranslatableKind, subjectId: string, language: string) => ({
  [KEY.pk]: subjectPartition(kind, subjectId),
  [KEY.sk]: `${LANG_PREFIX}${language}`,
});

export const REQUEST_PREFIX = 'REQUEST#';
export const requestKey = (kind: TranslatableKind, subjectId: string, language: string) => ({
  [KEY.pk]: subjectPartition(kind, subjectId),
  [KEY.sk]: `${REQUEST_PREFIX}${language}`,
});
export const requestsInLanguage = (language: string) => `TRANSLATION-REQUESTS#${language}`;
export const ALL_REQUESTS = 'TRANSLATION-REQUESTS';

/** The index keys of a request in its status: both sort by status first, then age. */
export function requestIndexKeys(r: {
  kind: TranslatableKind;
  subjectId: string;
  language: string;
  status: RequestStatus;
  createdAt: string;
}) {
  const sort = `${r.status}#${r.createdAt}#${r.kind}#${r.subjectId}`;
  return {
    [KEY.gsi1pk]: requestsInLanguage(r.language),
    [KEY.gsi1sk]: sort,
    [KEY.gsi2pk]: ALL_REQUESTS,
    [KEY.gsi2sk]: `${sort}#${r.language}`,
  };
}

export const translatorRoleKey = (personId: string) => ({
  [KEY.pk]: `PERSON#${personId}`,
  [KEY.sk]: 'ROLE#translator',
});
export const TRANSLATORS = 'TRANSLATORS';
export const translatorListKey = (personId: string) => ({
  [KEY.pk]: TRANSLATORS,
  [KEY.sk]: `PERSON#${personId}`,
});
export const translatorsInLanguage = (language: string) => `TRANSLATORS#L#${language}`;
export const translatorIndexKey = (language: string, personId: string) => ({
  [KEY.pk]: translatorsInLanguage(language),
  [KEY.sk]: personId,
});

export const languageNeedsKey = { [KEY.pk]: 'LANGUAGE-NEEDS', [KEY.sk]: 'SUBSCRIPTIONS' };
/** The attribute counting the active subscriptions in a language. */
export const subscriptionsIn = (language: string) => `subscriptions_${language}`;
