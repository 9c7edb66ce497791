import * as z from 'zod';
import { type Language, languageCodes } from '#shared/i18n/languages.ts';
import { someChange } from '#shared/text.ts';

export const bodyKinds = ['municipality', 'board', 'wellbeing-county', 'agency'] as const;

const name = z.string().trim().min(1).max(200);

/** A body's name in Finnish, and in as many other languages as it has one. */
export const bodyNames = z
  .object({ fi: name })
  .extend(
    Object.fromEntries(
      languageCodes.filter((code) => code !== 'fi').map((code) => [code, name.optional()]),
    ) as Record<Exclude<Language, 'fi'>, z.ZodOptional<typeof name>>,
  );

export const bodyInput = z.object({
  kind: z.enum(bodyKinds),
  /** The municipality the body belongs to (a county or agency may cover several; name the seat). */
  municipality: z.string().trim().min(1).max(80),
  name: bodyNames,
  /** Where consolidated statements are delivered (the registry office, kirjaamo). */
  submissionEmail: z.email().max(254).toLowerCase(),
});
export type BodyInput = z.output<typeof bodyInput>;

export const body = bodyInput.extend({ id: z.string(), createdAt: z.string() });
export type Body = z.output<typeof body>;

export const bodyChanges = bodyInput.partial().refine(...someChange);

export const officerInput = z.object({
  email: z.email().max(254).toLowerCase(),
  language: z.enum(languageCodes).default('fi'),
});

/** The name in the reader's language, or Finnish. */
export const bodyName = (body: Pick<Body, 'name'>, language: Language) => body.name[language] ?? body.name.fi;
