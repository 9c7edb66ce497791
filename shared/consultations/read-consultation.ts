import type { Caller } from '#shared/auth/access.ts';
import { NotFound } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { assertMayManage, isVisibleTo } from './consultation.ts';
import { getConsultation, listVersions } from './consultation-store.ts';

/** The consultation, if the caller may see it. */
export async function visibleConsultation(store: Store, id: string, caller: Caller | undefined) {
  const found = await getConsultation(store, id);
  // A draft is not acknowledged to exist for anyone who may not see it.
  if (!found || !isVisibleTo(found, caller)) throw new NotFound('There is no such consultation.');
  return found;
}

/** The consultation, if the caller may manage it. */
export async function managedConsultation(store: Store, id: string, caller: Caller) {
  const found = await visibleConsultation(store, id, caller);
  assertMayManage(caller, found.bodyId);
  return found;
}

export async function consultationVersions(
  store: Store,
  id: string,
  caller: Caller | undefined,
  cursor: string | undefined,
) {
  return listVersions(store, (await visibleConsultation(store, id, caller)).id, cursor);
}
