import * as z from 'zod/mini';
import { languageCodes } from '#shared/i18n/languages.ts';
import { text } from '#shared/text.ts';

export const registrationLimits = { name: 200, organisation: 200 } as const;

/** What a person gives to register for a meeting; the address must confirm before it holds a place. */
export const registrationInput = z.object({
  name: text(registrationLimits.name),
  email: z.email().check(z.maxLength(254), z.toLowerCase()),
  /** Where they come from, as they write it. */
  organisation: z.optional(text(registrationLimits.organisation)),
  /** A member organisation the signed-in caller represents; its name is then the organisation. */
  organisationId: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(64))),
  language: z.enum(languageCodes),
});
export type RegistrationInput = z.output<typeof registrationInput>;
