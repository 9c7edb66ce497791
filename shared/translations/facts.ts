/** The translation workflow's fixed vocabularies and limits, without zod, for the web app too. */

/** What the network translates: each kind's texts are named by `subjects.ts`. */
export const translatableKinds = ['consultation', 'statement', 'meeting', 'minutes', 'activity'] as const;
export type TranslatableKind = (typeof translatableKinds)[number];

/**
 * A request is `open` until a translator claims it, `claimed` while they write, `submitted` for
 * review. Publishing it ends it (the request item is deleted; the translation item holds the
 * result); a reviewer may return it to `claimed` with a note.
 */
export const requestStatuses = ['open', 'claimed', 'submitted'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/**
 * How a reader is told what they read: `reviewed` was written or corrected by a translator and
 * published by a second translator or the coordinator; `machine` is Amazon Translate's draft,
 * shown until a person's translation is published and never shown as reviewed.
 */
export const translationMarks = ['reviewed', 'machine'] as const;
export type TranslationMark = (typeof translationMarks)[number];

/** Who made a person a translator. */
export const translatorGrants = ['coordinator', 'peer-leader'] as const;

export const translationLimits = {
  /** Languages one translator works in. */
  languages: 10,
  /** One translated text (a consultation's summary is at most 4,000; a statement's body more). */
  fieldChars: 20_000,
  /**
   * UTF-8 bytes of a draft's texts together: the request is one DynamoDB item (at most 400 KB),
   * and minutes have up to 50 texts; the rest leaves room for the request's other attributes.
   */
  draftBytes: 300_000,
  /** A reviewer's note when returning a translation. */
  note: 1000,
  /** Languages requested for one subject: DynamoDB writes them in one transaction. */
  requestsPerSubject: 40,
} as const;

/** The coordinator is reminded of a request nobody has claimed within this many hours. */
export const UNTAKEN_REMINDER_HOURS = 48;
/** Translators get at most one summary of open requests in their languages a day. */
export const SUMMARY_EVERY_HOURS = 24;

/** A subscription that waits for its language waits this long by default, then gets the original. */
export const DEFAULT_WAIT_HOURS = 24;
export const MAX_WAIT_HOURS = 72;

/** Languages written right to left, of those a translator may work in (any ISO 639 code). */
const rightToLeft = new Set([
  'ar',
  'fa',
  'prs',
  'ps',
  'ur',
  'he',
  'yi',
  'ckb',
  'sd',
  'ug',
  'dv',
  'syr',
  'arc',
  'ku-arab',
]);
export const textDirection = (language: string): 'rtl' | 'ltr' => (rightToLeft.has(language) ? 'rtl' : 'ltr');
