import * as z from 'zod/mini';

export const id = z.string().check(z.trim(), z.minLength(1), z.maxLength(64));

export const idParams = z.object({ id });

export const email = z.email().check(z.maxLength(254), z.toLowerCase());

export const cursorQuery = z.object({ cursor: z.optional(z.string().check(z.maxLength(1024))) });

export const page = <T extends z.ZodMiniType>(item: T) =>
  z.object({ items: z.array(item), cursor: z.optional(z.string()) });

export const person = z.object({
  personId: z.string(),
  email: z.string(),
  name: z.optional(z.string()),
  language: z.string(),
  since: z.string(),
});

export const auditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.union([z.object({ personId: z.string(), email: z.optional(z.string()) }), z.literal('system')]),
  action: z.string(),
  organisationId: z.optional(z.string()),
  bodyId: z.optional(z.string()),
  before: z.optional(z.unknown()),
  after: z.optional(z.unknown()),
});
