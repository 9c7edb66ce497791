import * as z from 'zod/mini';
import type { Caller } from '#shared/auth/access.ts';
import { Conflict, Forbidden } from '#shared/errors.ts';
import { type Language, languageCodes } from '#shared/i18n/languages.ts';
import { stored } from '#shared/store/stored-schema.ts';
import { httpUrl, isoDateTime, someChange, text } from '#shared/text.ts';
import { topics } from '#shared/topics.ts';

export const consultationKinds = [
  'upcoming-decision',
  'consultation',
  'hearing',
  'survey',
  /** A residents' initiative (kuntalaisaloite) that associations may support. */
  'initiative',
] as const;
export const consultationStatuses = ['draft', 'published', 'closed', 'decided', 'cancelled'] as const;
export type ConsultationStatus = (typeof consultationStatuses)[number];

const LIMITS = { title: 200, summary: 4000, plainSummary: 2000, links: 20 } as const;

export const consultationText = z.object({
  title: text(LIMITS.title),
  summary: text(LIMITS.summary),
  /** The same in plain language: short sentences, common words. Shown first when present. */
  plainSummary: z.optional(text(LIMITS.plainSummary)),
});
export type ConsultationText = z.output<typeof consultationText>;

const consultationFields = z.object({
  bodyId: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
  kind: z.enum(consultationKinds),
  /** The language it was written in; the fallback for readers of other languages. */
  originalLanguage: z.enum(languageCodes),
  texts: z.partialRecord(z.enum(languageCodes), consultationText),
  topics: z.array(z.enum(topics)).check(z.minLength(1), z.maxLength(topics.length)),
  links: z._default(
    z.array(z.object({ title: text(LIMITS.title), url: httpUrl })).check(z.maxLength(LIMITS.links)),
    [],
  ),
  statementDeadline: z.optional(isoDateTime),
  decisionDate: z.optional(z.iso.date({ error: 'A date such as 2027-01-15.' })),
  /** When the deciding body meets, when known to the minute (an agenda says so). */
  meetingAt: z.optional(isoDateTime),
  contact: z.object({
    name: text(120),
    email: z.email().check(z.maxLength(254), z.toLowerCase()),
    phone: z.optional(z.string().check(z.trim(), z.maxLength(40))),
  }),
});

const hasOriginal = (c: { originalLanguage: Language; texts: Partial<Record<Language, unknown>> }) =>
  Boolean(c.texts[c.originalLanguage]);

export const consultationInput = consultationFields.check(
  z.refine(hasOriginal, {
    message: 'Give the title and summary in the original language.',
    params: { code: 'originalMissing' },
    path: ['texts'],
  }),
);
export type ConsultationInput = z.output<typeof consultationInput>;

export const consultationChanges = z
  .partial(z.omit(consultationFields, { bodyId: true }))
  .check(z.refine(...someChange));
export type ConsultationChanges = z.output<typeof consultationChanges>;

export const decisionInput = z.object({ url: httpUrl, summary: text(LIMITS.summary) });

export const consultation = z.extend(consultationFields, {
  id: z.string(),
  status: z.enum(consultationStatuses),
  /** 1 when first published; each amendment after publication adds one. */
  version: z.int(),
  municipality: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.optional(z.string()),
  closedAt: z.optional(z.string()),
  decision: z.optional(z.object({ url: z.string(), summary: z.string(), at: z.string() })),
  /** What changed in the latest amendment that alerts subscribers again. */
  materialChanges: z._default(z.array(z.string()), []),
  /** Set on a draft imported from an agenda source, which the coordinator publishes or dismisses. */
  origin: z.optional(
    z.object({
      sourceId: z.string(),
      itemId: z.string(),
      importedAt: z.string(),
      /** The deciding or consulting body as the source names it, such as "Kunnanhallitus". */
      organ: z.optional(z.string()),
      /** The item changed in the source after someone had edited the draft, so the draft kept their edit. */
      changedInSourceAt: z.optional(z.string()),
    }),
  ),
});
export type Consultation = z.output<typeof consultation>;
/** How a stored consultation is read: its shape without today's input rules. */
export const storedConsultation = stored(consultation);

/** Officers publish for their own body; the coordinator for any. */
export function assertMayManage(caller: Caller, bodyId: string) {
  if (!caller.coordinator && !caller.bodies.includes(bodyId)) {
    throw new Forbidden('Only officers of this body, or the coordinator, may manage its consultations.');
  }
}

/** Drafts are seen only by those who may manage them. */
export const isVisibleTo = (c: Consultation, caller: Caller | undefined) =>
  c.status !== 'draft' || (caller !== undefined && (caller.coordinator || caller.bodies.includes(c.bodyId)));

export function assertPublishable(c: Consultation, now: Date) {
  if (c.status !== 'draft')
    throw new Conflict(`Only a draft can be published; this one is ${c.status}.`, 'not_draft');
  if (c.kind !== 'upcoming-decision' && !c.statementDeadline) {
    throw new Conflict('Set the statement deadline before publishing.', 'deadline_missing');
  }
  if (c.statementDeadline && new Date(c.statementDeadline) <= now) {
    throw new Conflict('The statement deadline has already passed.', 'deadline_passed');
  }
}

export function assertEditable(c: Consultation) {
  if (c.status !== 'draft' && c.status !== 'published') {
    throw new Conflict(`A ${c.status} consultation can no longer be changed.`, 'not_editable');
  }
}

/** The changes that alert subscribers again: deadline, decision date, any title, cancellation. */
export function materialChanges(before: Consultation, after: Consultation): string[] {
  const changed: string[] = [];
  if (before.statementDeadline !== after.statementDeadline) changed.push('statementDeadline');
  if (before.decisionDate !== after.decisionDate) changed.push('decisionDate');
  const titles = (c: Consultation) => JSON.stringify(languageCodes.map((l) => c.texts[l]?.title ?? null));
  if (titles(before) !== titles(after)) changed.push('title');
  if (before.status !== 'cancelled' && after.status === 'cancelled') changed.push('cancelled');
  return changed;
}

export const isClosable = (c: Consultation, now: Date) =>
  c.status === 'published' && c.statementDeadline !== undefined && new Date(c.statementDeadline) <= now;

export function assertDecidable(c: Consultation) {
  if (c.status !== 'published' && c.status !== 'closed') {
    throw new Conflict(`A ${c.status} consultation cannot be marked decided.`, 'not_decidable');
  }
}

/** The text in the reader's language, else in the original. */
export const textFor = (c: Pick<Consultation, 'texts' | 'originalLanguage'>, language: Language) =>
  c.texts[language] ?? (c.texts[c.originalLanguage] as ConsultationText);
