import { createHash } from 'node:crypto';
import { type Consultation, storedConsultation } from '#shared/consultations/consultation.ts';
import { getConsultation } from '#shared/consultations/consultation-store.ts';
import type { Meeting } from '#shared/meetings/meeting.ts';
import { storedMeeting } from '#shared/meetings/meeting.ts';
import { getMeeting } from '#shared/meetings/meeting-store.ts';
import type { Minutes } from '#shared/meetings/minutes.ts';
import { getMinutes } from '#shared/meetings/minutes-store.ts';
import { type Statement, storedStatement } from '#shared/statements/statement.ts';
import { getStatement } from '#shared/statements/statement-store.ts';
import type { Store } from '#shared/store/client.ts';
import type { Activity } from '#shared/tray/activity.ts';
import { storedActivity } from '#shared/tray/activity.ts';
import { getActivity } from '#shared/tray/activity-store.ts';
import type { TranslatableKind } from './facts.ts';
import type { TranslationFields } from './translation.ts';

/**
 * What of a published thing is translated, the same for every kind: the original's language, its
 * texts by field name, and a hash of them that changes when the original is amended.
 */
export interface TranslatableSubject {
  kind: TranslatableKind;
  id: string;
  originalLanguage: string;
  /** The original's texts, in the order an editor shows them. */
  fields: TranslationFields;
  sourceHash: string;
  /** The title in the original, for lists. */
  title: string;
  /** The page of the web app that shows it. */
  path: string;
  /** Published: readers may see it and its translations (a draft has none). */
  published: boolean;
}

/** The hash of the original's texts (and their language): a translation of other texts is outdated. */
export function sourceHashOf(originalLanguage: string, fields: TranslationFields): string {
  return createHash('sha256')
    .update(JSON.stringify([originalLanguage, Object.entries(fields)]))
    .digest('base64url')
    .slice(0, 22);
}

const subject = (s: Omit<TranslatableSubject, 'sourceHash'>): TranslatableSubject => ({
  ...s,
  sourceHash: sourceHashOf(s.originalLanguage, s.fields),
});

const present = (fields: Record<string, string | undefined>): TranslationFields =>
  Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => Boolean(entry[1])));

/** A consultation's title and its plain-language summary (short, so first); the summary when it has no plain one. */
export function consultationSubject(c: Consultation): TranslatableSubject {
  const original = c.texts[c.originalLanguage];
  return subject({
    kind: 'consultation',
    id: c.id,
    originalLanguage: c.originalLanguage,
    fields: present({
      title: original?.title,
      ...(original?.plainSummary ? { plainSummary: original.plainSummary } : { summary: original?.summary }),
    }),
    title: original?.title ?? c.id,
    path: `/consultations/${encodeURIComponent(c.id)}`,
    published: c.status !== 'draft',
  });
}

/** A statement's title and text, translated when its lead asks. */
export const statementSubject = (s: Statement): TranslatableSubject =>
  subject({
    kind: 'statement',
    id: s.id,
    originalLanguage: s.language,
    fields: { title: s.title, body: s.body },
    title: s.title,
    path: `/statements/${encodeURIComponent(s.id)}`,
    published: s.status !== 'draft',
  });

/** A meeting's invitation: its title and theme. */
export const meetingSubject = (m: Meeting): TranslatableSubject =>
  subject({
    kind: 'meeting',
    id: m.id,
    originalLanguage: m.language,
    fields: present({ title: m.title, theme: m.theme }),
    title: m.title,
    path: `/meetings/${encodeURIComponent(m.id)}`,
    published: m.status !== 'draft',
  });

/** The minutes' summary: their decisions, each a field `decision.<id>`, in the meeting's language. */
export const minutesSubject = (minutes: Minutes, m: Pick<Meeting, 'id' | 'title' | 'language'>) =>
  subject({
    kind: 'minutes',
    id: m.id,
    originalLanguage: m.language,
    fields: Object.fromEntries(minutes.decisions.map((d) => [`decision.${d.id}`, d.text])),
    title: m.title,
    path: `/meetings/${encodeURIComponent(m.id)}`,
    published: minutes.status === 'published' && minutes.decisions.length > 0,
  });

/** An activity's name and description in its first language (the one its organisation wrote first). */
export function activitySubject(a: Activity): TranslatableSubject {
  const original = a.texts[0];
  return subject({
    kind: 'activity',
    id: a.id,
    originalLanguage: original?.language ?? 'fi',
    fields: present({ name: original?.name, description: original?.description }),
    title: original?.name ?? a.id,
    path: `/activities/${encodeURIComponent(a.id)}`,
    published: a.status !== 'ended',
  });
}

/** A subject as it is stored now, or none when there is no such thing. */
export async function readSubject(
  store: Store,
  kind: TranslatableKind,
  id: string,
): Promise<TranslatableSubject | undefined> {
  switch (kind) {
    case 'consultation': {
      const found = await getConsultation(store, id);
      return found && consultationSubject(found);
    }
    case 'statement': {
      const found = await getStatement(store, id);
      return found && statementSubject(found);
    }
    case 'meeting': {
      const found = await getMeeting(store, id);
      return found && meetingSubject(found);
    }
    case 'minutes': {
      const [minutes, meeting] = await Promise.all([getMinutes(store, id), getMeeting(store, id)]);
      return minutes && meeting && minutesSubject(minutes, meeting);
    }
    case 'activity': {
      const found = await getActivity(store, id);
      return found && activitySubject(found);
    }
  }
}

/** The subject a stream record's new image is, for the entities that are translated. */
export function subjectOfImage(image: Record<string, unknown>): TranslatableSubject | undefined {
  switch (image.entity) {
    case 'consultation':
      return consultationSubject(storedConsultation.parse(image));
    case 'statement':
      return statementSubject(storedStatement.parse(image));
    case 'meeting':
      return meetingSubject(storedMeeting.parse(image));
    case 'activity':
      return activitySubject(storedActivity.parse(image));
    default:
      return undefined;
  }
}
