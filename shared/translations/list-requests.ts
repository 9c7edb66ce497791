import type { Caller } from '#shared/auth/access.ts';
import { BadRequest, Forbidden } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import type { Page } from '#shared/store/query.ts';
import type { RequestStatus } from './facts.ts';
import { assertTranslatorOf, requestSummary } from './request-access.ts';
import { listRequests } from './request-store.ts';

export interface ListFilter {
  language?: string;
  status?: RequestStatus;
  cursor?: string;
}

type Summary = ReturnType<typeof requestSummary>;

/** A cursor over several languages' lists: the language being read, and the cursor within it. */
interface Across {
  at: number;
  cursor?: string;
}
const encode = (across: Across) => Buffer.from(JSON.stringify(across)).toString('base64url');
function decode(cursor: string | undefined): Across {
  if (!cursor) return { at: 0 };
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Number.isInteger(value?.at) && (value.cursor === undefined || typeof value.cursor === 'string'))
      return value;
  } catch {
    // refused below
  }
  throw new BadRequest('The cursor is not one this API gave out.', 'invalid_cursor');
}

/**
 * The requests the caller works on. The coordinator sees every one (gsi2), or a language's
 * (gsi1), of any status. A translator sees, in their languages, the open ones, those they
 * claimed and those another translator submitted for review; one language's list after another,
 * a page at a time, each page a bounded Query of one language's index partition.
 */
export async function listWorkRequests(
  store: Store,
  caller: Caller,
  filter: ListFilter,
): Promise<Page<Summary>> {
  const map = (page: Page<Parameters<typeof requestSummary>[1]>, cursor: string | undefined) => ({
    items: page.items.map((r) => requestSummary(caller, r)),
    ...(cursor ? { cursor } : {}),
  });
  if (filter.language) assertTranslatorOf(caller, filter.language);
  const translator = caller.coordinator ? undefined : caller.personId;
  if (filter.language || caller.coordinator) {
    const page = await listRequests(
      store,
      { language: filter.language, status: filter.status, translator },
      filter.cursor,
    );
    return map(page, page.cursor);
  }
  const languages = caller.translatorLanguages;
  if (languages.length === 0) throw new Forbidden('Only translators and the coordinator may do this.');
  const { at, cursor } = decode(filter.cursor);
  const language = languages[at];
  if (!language) return { items: [] };
  const page = await listRequests(store, { language, status: filter.status, translator }, cursor);
  const next: Across | undefined = page.cursor
    ? { at, cursor: page.cursor }
    : at + 1 < languages.length
      ? { at: at + 1 }
      : undefined;
  return map(page, next && encode(next));
}
