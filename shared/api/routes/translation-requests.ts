import * as z from 'zod/mini';
import { languageCode } from '#shared/i18n/language-codes.ts';
import { requestStatuses, translatableKinds, translationLimits } from '#shared/translations/facts.ts';
import {
  draftInput,
  eachOnce,
  reviewInput,
  translation,
  translationFields,
  translationRequest,
} from '#shared/translations/translation.ts';
import { defineRoute } from '../contract.ts';
import { cursorQuery, id, idParams, page } from './common.ts';

const requestParams = z.object({ kind: z.enum(translatableKinds), subjectId: id, language: languageCode });
const versionBody = z.object({ version: z.int().check(z.gte(1)) });

/** A request in a list: no draft (the editor reads it), and whether the caller is its translator. */
export const requestSummary = z.extend(
  z.omit(translationRequest, { draft: true, claimedBy: true, draftedBy: true }),
  {
    claimedByMe: z.boolean(),
  },
);

/** A request as its editor shows it, beside the original as it is now. */
export const requestView = z.object({
  request: z.extend(translationRequest, { claimedByMe: z.boolean() }),
  original: z.object({
    language: z.string(),
    fields: translationFields,
    title: z.string(),
    path: z.string(),
  }),
  /** The original was amended since the draft was last saved: the editor shows it; saving brings the request up to date. */
  originalChanged: z.boolean(),
  mayClaim: z.boolean(),
  mayEdit: z.boolean(),
  mayRelease: z.boolean(),
  mayReview: z.boolean(),
});
export type RequestView = z.output<typeof requestView>;

const at = '/api/translation-requests/{kind}/{subjectId}/{language}';

export const translationRequestsRoutes = {
  listTranslationRequests: defineRoute({
    method: 'GET',
    path: '/api/translation-requests',
    access: 'signedIn',
    summary:
      "The translation requests the caller works on, oldest first within a status. A translator sees, in their languages, the open ones, those they claimed and those another translator submitted for review; the coordinator sees every one. `language` narrows to one of the caller's languages (403 otherwise), `status` to one status. Anyone else: 403.",
    tags: ['translation-requests'],
    query: z.extend(cursorQuery, {
      language: z.optional(languageCode),
      status: z.optional(z.enum(requestStatuses)),
    }),
    response: page(requestSummary),
  }),
  getTranslationRequest: defineRoute({
    method: 'GET',
    path: at,
    access: 'signedIn',
    summary:
      "A request with its draft and the original's texts as they are now, and whether the original changed since the draft was saved. Translators of the language and the coordinator; anyone else 403.",
    tags: ['translation-requests'],
    params: requestParams,
    response: requestView,
  }),
  claimTranslationRequest: defineRoute({
    method: 'POST',
    path: `${at}/claim`,
    access: 'signedIn',
    summary:
      'A translator of the language (or the coordinator) claims an open request over the version read; a second claimer gets 409 (`request_status` or `changed_meanwhile`).',
    tags: ['translation-requests'],
    params: requestParams,
    body: versionBody,
    response: requestView,
  }),
  releaseTranslationRequest: defineRoute({
    method: 'POST',
    path: `${at}/release`,
    access: 'signedIn',
    summary:
      'Its translator, or the coordinator, gives a claimed request back to the desk (open again), its draft kept.',
    tags: ['translation-requests'],
    params: requestParams,
    body: versionBody,
    response: requestView,
  }),
  saveTranslationDraft: defineRoute({
    method: 'PUT',
    path: `${at}/draft`,
    access: 'signedIn',
    summary: `The claimer saves the translation over the version read (409 \`changed_meanwhile\` otherwise): texts named as the original names them (each at most ${translationLimits.fieldChars} characters, all together at most ${translationLimits.draftBytes} bytes of UTF-8, 400 \`tooLongToStore\` otherwise; an empty one is left out). Saving is against the original as it is now: \`originalChanged\` is false afterwards.`,
    tags: ['translation-requests'],
    params: requestParams,
    body: draftInput,
    response: requestView,
  }),
  submitTranslation: defineRoute({
    method: 'POST',
    path: `${at}/submit`,
    access: 'signedIn',
    summary:
      'The claimer submits the saved translation for review: every text of the original translated (400 otherwise), saved against the original as it is now (409 `original_changed` otherwise).',
    tags: ['translation-requests'],
    params: requestParams,
    body: versionBody,
    response: requestView,
  }),
  reviewTranslation: defineRoute({
    method: 'POST',
    path: `${at}/review`,
    access: 'signedIn',
    summary:
      'A second translator of the language, or the coordinator, never its translator nor anyone who saved its draft (403), reviews a submitted translation: `publish` makes it what readers see, marked reviewed, and ends the request (409 `original_changed` if the original was amended since it was saved); `return` sends it back to its translator with a `note`.',
    tags: ['translation-requests'],
    params: requestParams,
    body: reviewInput,
    response: z.extend(requestView, { published: z.nullable(translation) }),
  }),
  requestStatementTranslations: defineRoute({
    method: 'POST',
    path: '/api/statements/{id}/translations',
    access: 'signedIn',
    summary:
      "The lead organisation's representatives (or the coordinator) ask for a statement's translations, into `languages` or, without them, the languages the network's readers need: one request per language not yet translated from its current text (each language once, 400 `repeated` otherwise). A draft statement: 409 `draft_statement`.",
    tags: ['translation-requests'],
    params: idParams,
    body: z.object({
      languages: z.optional(
        z
          .array(languageCode)
          .check(z.minLength(1), z.maxLength(translationLimits.requestsPerSubject), eachOnce),
      ),
    }),
    response: z.object({ requested: z.array(z.string()), unchanged: z.array(z.string()) }),
  }),
};
