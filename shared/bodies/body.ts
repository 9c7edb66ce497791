import * as z from 'zod/mini';
import { type Language, languageCodes } from '#shared/i18n/languages.ts';
import { stored } from '#shared/store/stored-schema.ts';
import { someChange } from '#shared/text.ts';

export const bodyKinds = ['municipality', 'board', 'wellbeing-county', 'agency'] as const;

const name = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

/** A body's name in Finnish, and in as many other languages as it has one. */
export const bodyNames = z.extend(
  z.object({ fi: name }),
  Object.fromEntries(
    languageCodes.filter((code) => code !== 'fi').map((code) => [code, z.optional(name)]),
  ) as Record<Exclude<Language, 'fi'>, z.ZodMiniOptional<typeof name>>,
);

export const bodyInput = z.object({
  kind: z.enum(bodyKinds),
  /** The municipality the body belongs to (a county or agency may cover several; name the seat). */
  municipality: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  name: bodyNames,
  /** Where consolidated statements are delivered (the registry office, kirjaamo). */
  submissionEmail: z.email().check(z.maxLength(254), z.toLowerCase()),
});
export type BodyInput = z.output<typeof bodyInput>;

export const body = z.extend(bodyInput, { id: z.string(), createdAt: z.string() });
export type Body = z.output<typeof body>;
/** How a stored body is read: its shape without today's input rules. */
export const storedBody = stored(body);

export const bodyChanges = z.partial(bodyInput).check(z.refine(...someChange));

export const officerInput = z.object({
  email: z.email().check(z.maxLength(254), z.toLowerCase()),
  language: z._default(z.enum(languageCodes), 'fi'),
});

/** The name in the reader's language, or Finnish. */
export const bodyName = (body: Pick<Body, 'name'>, language: Language) => body.name[language] ?? body.name.fi;
