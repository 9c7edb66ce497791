import * as z from 'zod/mini';
import { languageCode } from '#shared/i18n/language-codes.ts';
import { stored } from '#shared/store/stored-schema.ts';
import { text } from '#shared/text.ts';
import {
  requestStatuses,
  translatableKinds,
  translationLimits,
  translationMarks,
  translatorGrants,
} from './facts.ts';

/** A translatable text's name within its subject: `title`, `summary`, `decision.d2`. */
const fieldName = z.string().check(z.regex(/^[a-z][\w.-]{0,79}$/i, 'A field name such as title or summary.'));
/** Texts by field name, as the subject names them (`subjects.ts`). */
export const translationFields = z.record(fieldName, z.string());
export type TranslationFields = z.output<typeof translationFields>;

/** A translator's role, in the person's partition; `languages` are ISO 639 codes, any of them. */
export const translatorRole = z.object({
  personId: z.string(),
  email: z.string(),
  name: z.optional(z.string()),
  languages: z.array(z.string()),
  grantedBy: z.enum(translatorGrants),
  grantedAt: z.string(),
});
export type TranslatorRole = z.output<typeof translatorRole>;
export const storedTranslatorRole = stored(translatorRole);

/** A list of languages names each once, as canonical codes (`ara` is `ar`). */
export const eachOnce = z.refine<string[]>((codes) => new Set(codes).size === codes.length, {
  message: 'Give each language once.',
  params: { code: 'repeated' },
});

/** The coordinator grants the role (or a peer leader takes it) in these languages. */
export const translatorInput = z.object({
  languages: z.array(languageCode).check(z.minLength(1), z.maxLength(translationLimits.languages), eachOnce),
});

/**
 * One missing language of one subject. `draft` is what the translator works on: Amazon Translate's
 * draft where it makes one, the earlier translation when the original was amended, else empty.
 * `sourceHash` is the hash of the original's texts the request was made (or last brought up to
 * date) for: the reviewer publishes only a translation of the original as it now is.
 */
export const translationRequest = z.object({
  kind: z.enum(translatableKinds),
  subjectId: z.string(),
  language: z.string(),
  sourceLanguage: z.string(),
  sourceHash: z.string(),
  /** The subject's title in the original, for the desk's lists. */
  title: z.string(),
  status: z.enum(requestStatuses),
  draft: translationFields,
  /** Where the draft began. */
  draftFrom: z.enum(['machine', 'earlier', 'empty']),
  claimedBy: z.optional(z.string()),
  /** Everyone who saved the draft (person ids): none of them reviews it. */
  draftedBy: z.optional(z.array(z.string())),
  claimedAt: z.optional(z.string()),
  submittedAt: z.optional(z.string()),
  /** A reviewer's note when they returned it to its translator. */
  returnNote: z.optional(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When the coordinator was reminded that nobody had claimed it. */
  remindedAt: z.optional(z.string()),
  /** Every change adds one: a save holds only over the version read. */
  version: z.int(),
});
export type TranslationRequest = z.output<typeof translationRequest>;
export const storedTranslationRequest = stored(translationRequest);

/** What a reader is shown in a language: a person's reviewed translation, or a machine draft until then. */
export const translation = z.object({
  kind: z.enum(translatableKinds),
  subjectId: z.string(),
  language: z.string(),
  fields: translationFields,
  mark: z.enum(translationMarks),
  /** The original's texts it translates: another hash now means the original was amended since. */
  sourceHash: z.string(),
  publishedAt: z.string(),
  /** The translator and the reviewer (person ids, never shown publicly); none for a machine draft. */
  translatedBy: z.optional(z.string()),
  reviewedBy: z.optional(z.string()),
});
export type Translation = z.output<typeof translation>;
export const storedTranslation = stored(translation);

/** A translator's save: every field of the original, in the request's language. */
export const draftInput = z.object({
  fields: z.record(fieldName, z.string().check(z.maxLength(translationLimits.fieldChars))),
  version: z.int().check(z.gte(1)),
});

export const reviewInput = z.object({
  outcome: z.enum(['publish', 'return']),
  /** Why it is returned; the translator reads it. */
  note: z.optional(text(translationLimits.note)),
  version: z.int().check(z.gte(1)),
});

/** What a reader gets: the text, its mark, and whether the original changed since. */
export const readerTranslation = z.object({
  language: z.string(),
  fields: translationFields,
  mark: z.enum(translationMarks),
  /** Translated from an earlier version of the original. */
  outdated: z.boolean(),
  publishedAt: z.string(),
});
export type ReaderTranslation = z.output<typeof readerTranslation>;
