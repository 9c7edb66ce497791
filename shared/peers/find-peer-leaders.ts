import type { Caller } from '#shared/auth/access.ts';
import { normalisedName } from '#shared/membership/names.ts';
import { getOrganisation } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import type { Topic } from '#shared/topics.ts';
import { type IndexEntry, leadersInLanguage } from './peer-request-store.ts';
import { sees, type Viewer } from './peer-visibility.ts';

export interface PeerSearch {
  language: string;
  municipality?: string;
  theme?: Topic;
}

/** What the caller is, for whom they may see: a representative counts only for a member organisation. */
export async function viewerOf(store: Store, caller: Caller | undefined): Promise<Viewer> {
  if (!caller) return 'public';
  if (caller.coordinator) return 'coordinator';
  const organisations = await Promise.all(caller.organisations.map((id) => getOrganisation(store, id)));
  return organisations.some((org) => org?.status === 'member') ? 'member' : 'public';
}

/**
 * The consented peer leaders who work in the language (one Query of its index), in the municipality
 * and on the theme if asked, whom the caller may see, by name. Never an address: contact goes
 * through a request the leader answers.
 */
export async function findPeerLeaders(store: Store, caller: Caller | undefined, search: PeerSearch) {
  const [viewer, leaders] = await Promise.all([
    viewerOf(store, caller),
    leadersInLanguage(store, search.language),
  ]);
  const place = search.municipality ? normalisedName(search.municipality) : undefined;
  const shown = leaders.filter(
    (leader) =>
      sees(viewer, leader) &&
      (!place || leader.municipalities.some((m) => normalisedName(m) === place)) &&
      (!search.theme || leader.themes.includes(search.theme)),
  );
  return {
    viewer,
    items: shown
      .sort((a, b) => a.name.localeCompare(b.name, 'fi'))
      .map(({ visibility: _v, public: _p, ...leader }: IndexEntry) => leader),
  };
}
