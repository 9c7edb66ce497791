import type { PeerVisibility } from './facts.ts';

/**
 * Who sees a consented peer leader besides their person: the coordinator always; representatives
 * of member organisations (not tray partners, not former members) if the leader chose `members` or
 * opted in to the public; everyone else only a leader who opted in to the public.
 */
export type Viewer = 'coordinator' | 'member' | 'public';

interface Chosen {
  visibility: PeerVisibility;
  public: boolean;
}

export const membersSee = (leader: Chosen) => leader.visibility === 'members' || leader.public;

export function sees(viewer: Viewer, leader: Chosen): boolean {
  if (viewer === 'coordinator') return true;
  if (viewer === 'member') return membersSee(leader);
  return leader.public;
}
