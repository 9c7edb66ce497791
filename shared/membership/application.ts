import * as z from 'zod/mini';
import { languageCodes } from '#shared/i18n/languages.ts';
import { stored } from '#shared/store/stored-schema.ts';
import { text } from '#shared/text.ts';
import { topics } from '#shared/topics.ts';
import { isValidBusinessId } from './business-id.ts';
import { principles } from './principles.ts';

const email = z.email().check(z.maxLength(254), z.toLowerCase());

/** What an organisation sends to apply for membership. */
export const applicationInput = z.object({
  organisationName: text(200),
  businessId: z.optional(
    z.string().check(
      z.trim(),
      z.refine(isValidBusinessId, {
        message: 'Not a valid Finnish business ID (for example 1234567-8; the last digit is a check digit).',
        params: { code: 'businessId' },
      }),
    ),
  ),
  municipalities: z.array(text(80)).check(z.minLength(1), z.maxLength(30)),
  languages: z
    .array(
      z.string().check(
        z.refine((code) => /^[a-z]{2,3}$/.test(code), {
          message: 'Use a two- or three-letter language code, such as fi or so.',
          params: { code: 'languageCode' },
        }),
      ),
    )
    .check(z.minLength(1), z.maxLength(20)),
  topics: z._default(z.array(z.enum(topics)).check(z.maxLength(topics.length)), []),
  description: text(2000),
  contact: z.object({
    name: text(120),
    email,
    language: z.enum(languageCodes),
  }),
  representatives: z.array(email).check(z.minLength(1), z.maxLength(10)),
  acceptedPrinciplesVersion: z.literal(principles.version, {
    error: `Accept the current goals and principles (version ${principles.version}).`,
  }),
});

export type ApplicationInput = z.output<typeof applicationInput>;

export const applicationStatus = z.enum(['pending', 'approved', 'rejected']);

export const possibleDuplicate = z.object({
  kind: z.enum(['application', 'organisation']),
  id: z.string(),
  name: z.string(),
});
export type PossibleDuplicate = z.output<typeof possibleDuplicate>;

/** A stored application, read leniently: one written under older rules never breaks the queue. */
export const application = z.extend(z.omit(applicationInput, { acceptedPrinciplesVersion: true }), {
  organisationName: z.string(),
  businessId: z.optional(z.string()),
  municipalities: z.array(z.string()),
  languages: z.array(z.string()),
  description: z.string(),
  contact: z.object({ name: z.string(), email: z.string(), language: z.enum(languageCodes) }),
  representatives: z.array(z.string()),
  id: z.string(),
  status: applicationStatus,
  principles: z.object({ version: z.string(), acceptedAt: z.string() }),
  submittedAt: z.string(),
  /** Organisations or applications with the same business ID, or the same name in a municipality. */
  possibleDuplicates: z._default(z.array(possibleDuplicate), []),
  decidedAt: z.optional(z.string()),
  decidedBy: z.optional(z.string()),
  reason: z.nullish(z.string()),
});

export type Application = z.output<typeof application>;
/** How a stored application is read: its shape without today's input rules. */
export const storedApplication = stored(application);

/** A new, pending application; the acceptance of the principles is stamped with its time. */
export function newApplication(
  input: ApplicationInput,
  id: string,
  now: Date,
  possibleDuplicates: PossibleDuplicate[] = [],
): Application {
  const { acceptedPrinciplesVersion, ...rest } = input;
  const at = now.toISOString();
  return {
    ...rest,
    representatives: [...new Set(rest.representatives)],
    id,
    status: 'pending',
    principles: { version: acceptedPrinciplesVersion, acceptedAt: at },
    submittedAt: at,
    possibleDuplicates,
  };
}
