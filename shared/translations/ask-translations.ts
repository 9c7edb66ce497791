import type { Caller } from '#shared/auth/access.ts';
import { Conflict } from '#shared/errors.ts';
import { ledStatement, visibleStatement } from '#shared/statements/read-statement.ts';
import type { Store } from '#shared/store/client.ts';
import { type RequestReport, requestTranslations } from './request-translations.ts';
import { statementSubject } from './subjects.ts';

/**
 * A statement is translated when its lead asks: its representatives (while a member) or the
 * coordinator request its translations, into the languages given or those the network needs.
 * A draft is not asked for: what translators translate is what readers can read.
 */
export async function askStatementTranslations(
  store: Store,
  caller: Caller,
  statementId: string,
  input: { languages?: string[] },
  now: Date,
): Promise<RequestReport> {
  const statement = caller.coordinator
    ? await visibleStatement(store, statementId, caller)
    : await ledStatement(store, statementId, caller, 'ask for translations');
  if (statement.status === 'draft')
    throw new Conflict('Open the statement before asking for its translations.', 'draft_statement');
  return requestTranslations(store, statementSubject(statement), now, input.languages);
}
