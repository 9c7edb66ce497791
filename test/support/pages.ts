import { expect } from 'vitest';
import type { Client } from './people.ts';

/** Every item of a listing, following its cursors. */
export async function allPages<T = any>(client: Client, path: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const page = await client.get(cursor ? `${path}${separator}cursor=${encodeURIComponent(cursor)}` : path);
    expect(page.status, JSON.stringify(page.json)).toBe(200);
    items.push(...page.json.items);
    cursor = page.json.cursor;
  } while (cursor);
  return items;
}

/** The network's audit entries about an agenda source: those that name it, before or after, by `sourceId`. */
export const auditAbout = async (client: Client, sourceId: string) =>
  (
    await allPages<{ action: string; bodyId?: string; before?: any; after?: any }>(client, '/api/audit')
  ).filter((entry) => [entry.after, entry.before].some((s) => s?.sourceId === sourceId));

/** The drafts an agenda source brought into the queue, waiting to be published or dismissed. */
export const queuedFrom = async (coordinator: Client, sourceId: string | undefined) =>
  (await allPages(coordinator, '/api/triage')).filter((draft) => draft.origin.sourceId === sourceId);

/** A draft's title in the language its source wrote it in. */
export const titleOf = (draft: any) => draft.texts[draft.originalLanguage].title as string;

/** The draft whose title starts so. */
export const byTitle = (drafts: any[], start: string) => drafts.find((d) => titleOf(d).startsWith(start));
