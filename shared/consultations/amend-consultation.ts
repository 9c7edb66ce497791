import type { Caller } from '#shared/auth/access.ts';
import { BadRequest, Conflict } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import {
  assertEditable,
  type Consultation,
  type ConsultationChanges,
  materialChanges,
} from './consultation.ts';
import { saveConsultation } from './consultation-store.ts';
import { managedConsultation } from './read-consultation.ts';

/** A published consultation changed: the next version, naming what changed materially. */
async function saveAsNewVersion(store: Store, before: Consultation, changed: Consultation) {
  const amended: Consultation = {
    ...changed,
    version: before.version + 1,
    materialChanges: materialChanges(before, changed),
  };
  await saveConsultation(store, before, amended);
  return amended;
}

/**
 * Changes a draft in place; after publication every change is a new version, and a material one
 * (deadline, decision date, a title) alerts subscribers again.
 */
export async function amendConsultation(
  store: Store,
  caller: Caller,
  id: string,
  changes: ConsultationChanges,
  now: Date,
): Promise<Consultation> {
  const before = await managedConsultation(store, id, caller);
  assertEditable(before);
  const edited: Consultation = { ...before, ...changes, updatedAt: now.toISOString() };
  if (!edited.texts[edited.originalLanguage]) {
    throw new BadRequest('Keep the title and summary in the original language.', 'original_missing');
  }
  if (before.status === 'draft') {
    await saveConsultation(store, before, edited);
    return edited;
  }
  if (edited.statementDeadline && new Date(edited.statementDeadline) <= now) {
    throw new Conflict('The new statement deadline has already passed.', 'deadline_passed');
  }
  return saveAsNewVersion(store, before, edited);
}

/** A published consultation cancelled (by its managers, or by the source it came from): a new version, which alerts subscribers. */
export const saveCancellation = (store: Store, before: Consultation, now: Date) =>
  saveAsNewVersion(store, before, { ...before, status: 'cancelled', updatedAt: now.toISOString() });

/** Cancelling a published consultation is an amendment too: a new version, which alerts subscribers. */
export async function cancelConsultation(
  store: Store,
  caller: Caller,
  id: string,
  now: Date,
): Promise<Consultation> {
  const before = await managedConsultation(store, id, caller);
  if (before.status !== 'published')
    throw new Conflict(
      `Only a published consultation can be cancelled; this one is ${before.status}.`,
      'not_published',
    );
  return saveCancellation(store, before, now);
}
