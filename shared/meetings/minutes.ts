import * as z from 'zod/mini';
import { Conflict } from '#shared/errors.ts';
import { stored } from '#shared/store/stored-schema.ts';
import { text } from '#shared/text.ts';
import { meetingLimits, minutesLimits } from './agenda.ts';
import { type Meeting, type Registration, timeSpan } from './meeting.ts';

const utf8 = new TextEncoder();
const utf8Bytes = (value: string) => utf8.encode(value).length;

const decisionId = z.string().check(z.trim(), z.minLength(1), z.maxLength(16));

/**
 * A draft of the minutes: the text (simple markdown) and the decisions. A decision keeps the id it
 * was given when first saved, so a statement's mandate still points at it after later edits; a new
 * one comes without an id and is given the next free one.
 */
export const minutesInput = z
  .object({
    text: text(minutesLimits.text),
    decisions: z._default(
      z.array(z.object({ id: z.optional(decisionId), text: text(minutesLimits.decision) })).check(
        z.maxLength(minutesLimits.decisions),
        z.refine(
          (decisions) => {
            const ids = decisions.flatMap((d) => (d.id ? [d.id] : []));
            return new Set(ids).size === ids.length;
          },
          { message: 'Each decision once.', params: { code: 'repeated' } },
        ),
      ),
      [],
    ),
  })
  .check(
    z.refine(
      (m) =>
        utf8Bytes(m.text) + m.decisions.reduce((sum, d) => sum + utf8Bytes(d.text), 0) <= minutesLimits.bytes,
      {
        message: 'The text and the decisions together are too long to store: shorten them.',
        path: ['text'],
        params: { code: 'tooLongToStore' },
      },
    ),
  );
export type MinutesInput = z.output<typeof minutesInput>;

export const decision = z.object({ id: z.string(), text: z.string() });
export type Decision = z.output<typeof decision>;

export const minutes = z.object({
  meetingId: z.string(),
  text: z.string(),
  decisions: z.array(decision),
  status: z.enum(['draft', 'published']),
  savedAt: z.string(),
  savedBy: z.string(),
  publishedAt: z.optional(z.string()),
  /** Counts every save: a save holds only over the version read. */
  version: z.number(),
});
export type Minutes = z.output<typeof minutes>;
export const storedMinutes = stored(minutes);

/** The decisions as saved: ids kept where given (and known), the next free `d<n>` for the rest. */
export function numberDecisions(
  saved: Decision[],
  given: MinutesInput['decisions'],
): { decisions: Decision[]; unknown: string[] } {
  const known = new Set(saved.map((d) => d.id));
  const unknown = given.flatMap((d) => (d.id && !known.has(d.id) ? [d.id] : []));
  let next = Math.max(0, ...saved.map((d) => Number(/^d(\d+)$/.exec(d.id)?.[1] ?? 0))) + 1;
  const decisions = given.map((d) => ({ id: d.id ?? `d${next++}`, text: d.text }));
  return { decisions, unknown };
}

/** Minutes are written once the meeting has started, and can no longer be changed once published. */
export function assertWritable(
  m: Pick<Meeting, 'startsAt' | 'status'>,
  saved: Minutes | undefined,
  now: Date,
) {
  if (m.status === 'closed' || saved?.status === 'published')
    throw new Conflict('These minutes are published and the meeting closed.', 'already_closed');
  if (m.status !== 'published' || !m.startsAt)
    throw new Conflict('Minutes are written for a published meeting.', 'not_published');
  if (new Date(m.startsAt) > now)
    throw new Conflict('The minutes can be written once the meeting has started.', 'not_started');
}

/** The next meeting, agreed when the minutes are closed: its time, or a date poll, and its host. */
export const closeInput = z.object({
  next: z.union([
    timeSpan,
    z.object({
      options: z.array(timeSpan).check(z.minLength(2), z.maxLength(meetingLimits.pollOptions)),
    }),
  ]),
  /** Must be in the series' rotation; the one after this meeting's host when not given. */
  hostOrganisationId: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(64))),
});
export type CloseInput = z.output<typeof closeInput>;

/** Every span ends after it starts. */
export const spansInOrder = (spans: { startsAt: string; endsAt: string }[]) =>
  spans.every((s) => new Date(s.endsAt) > new Date(s.startsAt));

/** The news round: the organisations that asked for a turn besides the registered ones, and who has spoken. */
export const newsRound = z.object({
  meetingId: z.string(),
  added: z.array(z.string()),
  spoken: z.array(z.string()),
  updatedAt: z.string(),
});
export type NewsRound = z.output<typeof newsRound>;
export const storedNewsRound = stored(newsRound);

export const organisationName = text(minutesLimits.organisation);

/** Trimmed and compared without regard to case, so "Monikulttuuriyhdistys ry" and "monikulttuuriyhdistys ry " are one turn. */
const sameName = (name: string) => name.trim().toLocaleLowerCase('fi');

/**
 * The turns of a news round: each organisation of the registered participants once, as first
 * written, in the order they registered; then those the chair added.
 */
export function turnsOf(
  registrations: Pick<Registration, 'status' | 'organisation' | 'position' | 'createdAt'>[],
  added: string[],
): string[] {
  const ordered = registrations
    .filter((r) => r.status === 'registered' && r.organisation?.trim())
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0) || a.createdAt.localeCompare(b.createdAt));
  const seen = new Set<string>();
  const turns: string[] = [];
  for (const name of [...ordered.map((r) => (r.organisation as string).trim()), ...added]) {
    if (seen.has(sameName(name))) continue;
    seen.add(sameName(name));
    turns.push(name);
  }
  return turns;
}

export const pollAnswerInput = z.object({
  /** The meeting whose participant answers, and their registration there. */
  meetingId: z.string().check(z.minLength(1), z.maxLength(64)),
  registrationId: z.string().check(z.minLength(1), z.maxLength(64)),
  token: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The indexes of the options that suit; none is an answer too. */
  suits: z.array(z.int().check(z.gte(0), z.lt(meetingLimits.pollOptions))).check(
    z.maxLength(meetingLimits.pollOptions),
    z.refine((suits) => new Set(suits).size === suits.length, {
      message: 'Each option once.',
      params: { code: 'repeated' },
    }),
  ),
});
export type PollAnswerInput = z.output<typeof pollAnswerInput>;

export const pollAnswer = z.object({
  registrationId: z.string(),
  name: z.string(),
  organisation: z.optional(z.string()),
  suits: z.array(z.number()),
  answeredAt: z.string(),
});
export type PollAnswer = z.output<typeof pollAnswer>;
export const storedPollAnswer = stored(pollAnswer);

/** How many answers each option suits, in the options' order. */
export const pollCounts = (optionCount: number, answers: Pick<PollAnswer, 'suits'>[]) =>
  Array.from({ length: optionCount }, (_, i) => answers.filter((a) => a.suits.includes(i)).length);
