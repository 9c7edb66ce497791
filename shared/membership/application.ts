import * as z from 'zod';
import { languageCodes } from '#shared/i18n/languages.ts';
import { topics } from '#shared/topics.ts';
import { isValidBusinessId } from './business-id.ts';
import { principles } from './principles.ts';

const email = z.email().max(254).toLowerCase();
const text = (max: number) => z.string().trim().min(1).max(max);

/** What an organisation sends to apply for membership. */
export const applicationInput = z.object({
  organisationName: text(200),
  businessId: z
    .string()
    .trim()
    .refine(isValidBusinessId, {
      message: 'Not a valid Finnish business ID (for example 1234567-8; the last digit is a check digit).',
      params: { code: 'businessId' },
    })
    .optional(),
  municipalities: z.array(text(80)).min(1).max(30),
  languages: z
    .array(
      z.string().refine((code) => /^[a-z]{2,3}$/.test(code), {
        message: 'Use a two- or three-letter language code, such as fi or so.',
        params: { code: 'languageCode' },
      }),
    )
    .min(1)
    .max(20),
  topics: z.array(z.enum(topics)).max(topics.length).default([]),
  description: text(2000),
  contact: z.object({
    name: text(120),
    email,
    language: z.enum(languageCodes),
  }),
  representatives: z.array(email).min(1).max(10),
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

export const application = applicationInput.omit({ acceptedPrinciplesVersion: true }).extend({
  id: z.string(),
  status: applicationStatus,
  principles: z.object({ version: z.string(), acceptedAt: z.string() }),
  submittedAt: z.string(),
  /** Organisations or applications with the same business ID, or the same name in a municipality. */
  possibleDuplicates: z.array(possibleDuplicate).default([]),
  decidedAt: z.string().optional(),
  decidedBy: z.string().optional(),
  reason: z.string().nullish(),
});

export type Application = z.output<typeof application>;

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
