import * as z from 'zod/mini';
import { translatorGrants } from '#shared/translations/facts.ts';
import { grantTranslatorInput } from '#shared/translations/grant-translator.ts';
import { translatorInput } from '#shared/translations/translation.ts';
import { defineRoute } from '../contract.ts';
import { cursorQuery, id, page } from './common.ts';

const personParams = z.object({ personId: id });

/** A translator as the coordinator sees them: the role, and the language their mail is written in. */
export const translatorView = z.object({
  personId: z.string(),
  email: z.string(),
  name: z.optional(z.string()),
  /** ISO 639 codes. */
  languages: z.array(z.string()),
  grantedBy: z.enum(translatorGrants),
  grantedAt: z.string(),
  language: z.string(),
});

export const translatorsRoutes = {
  listTranslators: defineRoute({
    method: 'GET',
    path: '/api/translators',
    access: 'coordinator',
    summary: 'The translators, with their languages and who made them translators (the coordinator).',
    tags: ['translators'],
    query: cursorQuery,
    response: page(translatorView),
  }),
  translatorLanguages: defineRoute({
    method: 'GET',
    path: '/api/translators/languages',
    access: 'coordinator',
    summary: 'How many translators work in each language, most first (the coordinator).',
    tags: ['translators'],
    response: z.object({
      languages: z.array(z.object({ language: z.string(), translators: z.number() })),
    }),
  }),
  grantTranslator: defineRoute({
    method: 'POST',
    path: '/api/translators',
    access: 'coordinator',
    summary:
      'Makes a person a translator in their languages, by email, and mails them an invitation to the translator desk (the coordinator). Someone who is a translator already keeps their role as it is (`granted: false`, nothing mailed). A coordinator grants a limited number a day (429).',
    tags: ['translators'],
    rateLimited: true,
    body: grantTranslatorInput,
    response: z.object({ personId: z.string(), granted: z.boolean() }),
  }),
  changeTranslator: defineRoute({
    method: 'PUT',
    path: '/api/translators/{personId}',
    access: 'coordinator',
    summary: "Changes a translator's languages (the coordinator). 404 for a person who is not a translator.",
    tags: ['translators'],
    params: personParams,
    body: translatorInput,
    response: translatorView,
  }),
  revokeTranslator: defineRoute({
    method: 'DELETE',
    path: '/api/translators/{personId}',
    access: 'coordinator',
    summary:
      'Takes the translator role away (the coordinator); the requests they had claimed are open again. 404 for a person who is not a translator.',
    tags: ['translators'],
    params: personParams,
    response: null,
    successStatus: 204,
  }),
  takeTranslatorRole: defineRoute({
    method: 'PUT',
    path: '/api/me/translator',
    access: 'signedIn',
    summary:
      "Sets the caller's own translator languages: a peer leader of the bank takes the role, or adds languages to the role they took, while they have consented to the bank's current text (409 `consent_required` otherwise); any other translator only removes languages (403 for adding one: the coordinator adds them); anyone else 403. Languages dropped leave the requests the caller claimed in them open again.",
    tags: ['translators'],
    body: translatorInput,
    response: translatorView,
  }),
  giveUpTranslatorRole: defineRoute({
    method: 'DELETE',
    path: '/api/me/translator',
    access: 'signedIn',
    summary:
      'Gives the translator role up, the requests the caller had claimed open again; without one, nothing changes.',
    tags: ['translators'],
    response: null,
    successStatus: 204,
  }),
};
