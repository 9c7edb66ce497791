import type { Caller } from '#shared/auth/access.ts';
import { NotFound } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import type { Page } from '#shared/store/query.ts';
import { type ListTitle, titlesIn } from '#shared/translations/list-titles.ts';
import { consultationSubject } from '#shared/translations/subjects.ts';
import { assertMayManage, type Consultation, isVisibleTo } from './consultation.ts';
import {
  type ConsultationFilter,
  getConsultation,
  listConsultations,
  listVersions,
} from './consultation-store.ts';

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

/**
 * The public list, each consultation with its title in the reader's `language` where the network
 * translated it and its officer wrote none in that language.
 */
export async function listedConsultations(
  store: Store,
  filter: ConsultationFilter,
  cursor: string | undefined,
  language: string | undefined,
): Promise<Page<Consultation & { translatedTitle?: ListTitle }>> {
  const page = await listConsultations(store, filter, cursor);
  if (!language) return page;
  const titles = await titlesIn(
    store,
    page.items.filter((c) => !Object.hasOwn(c.texts, language)).map(consultationSubject),
    language,
  );
  return {
    ...page,
    items: page.items.map((c) => {
      const translatedTitle = titles.get(c.id);
      return translatedTitle ? { ...c, translatedTitle } : c;
    }),
  };
}
