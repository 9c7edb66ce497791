import { getConsultation } from '#shared/consultations/consultation-store.ts';
import { Conflict, NotFound } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { discardDraft, dismissDraft, getImportedItem, getSource } from './source-store.ts';

/**
 * Dismisses an imported draft. While its source exists the item is remembered as dismissed, so no
 * poll brings it back; a draft whose source was deleted is simply deleted, with its item's record.
 */
export async function dismissImportedDraft(store: Store, draftId: string): Promise<void> {
  const draft = await getConsultation(store, draftId);
  if (!draft?.origin) throw new NotFound('There is no such imported draft.');
  if (draft.status !== 'draft') {
    throw new Conflict(`Only a draft can be dismissed; this one is ${draft.status}.`, 'not_draft');
  }
  const { sourceId, itemId } = draft.origin;
  const [item, source] = await Promise.all([
    getImportedItem(store, sourceId, itemId),
    getSource(store, sourceId),
  ]);
  if (item && source) await dismissDraft(store, draft, item);
  else await discardDraft(store, draft, item);
}
