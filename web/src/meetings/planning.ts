import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.ts';
import type { Me, Organisation, Page } from '../types.ts';

/** Who drafts meetings: the coordinator, and the representatives of member organisations (for their own). */
export const mayPlanMeetings = (me: Me | null | undefined): me is Me =>
  Boolean(me && (me.coordinator || me.organisations.some((o) => o.status === 'member')));

/**
 * Every member organisation, page after page, for the coordinator's choices (a
 * meeting's host, a series' rotation). If the directory cannot be read, the list stays empty.
 */
export function useMembers(wanted: boolean): Organisation[] {
  const [items, setItems] = useState<Organisation[]>([]);
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    (async () => {
      const all: Organisation[] = [];
      let cursor: string | undefined;
      do {
        const page = await api<Page<Organisation>>(
          `/api/organisations${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        all.push(...page.items);
        cursor = page.cursor;
      } while (cursor && current);
      if (current) setItems(all);
    })().catch(() => undefined);
    return () => {
      current = false;
    };
  }, [wanted]);
  return items;
}
