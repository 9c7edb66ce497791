import type { Caller } from '#shared/auth/access.ts';
import { NotFound } from '#shared/errors.ts';
import { actingFor } from '#shared/membership/acting-for.ts';
import type { Store } from '#shared/store/client.ts';
import { assertLead, isVisibleTo, type Statement } from './statement.ts';
import { getStatement, listConsultationStatements, listSignatures, listVersions } from './statement-store.ts';

/** The statement, if the caller may see it. */
export async function visibleStatement(store: Store, id: string, caller: Caller | undefined) {
  const found = await getStatement(store, id);
  // A draft is not acknowledged to exist for anyone outside its lead organisation.
  if (!found || !isVisibleTo(found, caller)) throw new NotFound('There is no such statement.');
  return found;
}

/**
 * The statement, for a change only its lead organisation makes (`action`, as in "edit statements"):
 * the caller represents the lead, and the lead is still a member of the network.
 */
export async function ledStatement(store: Store, id: string, caller: Caller, action: string) {
  const found = await visibleStatement(store, id, caller);
  assertLead(caller, found);
  await actingFor(store, caller, found.leadOrganisationId, action);
  return found;
}

/** The statement with its signatures, each marked whether it holds for the current text. */
async function withSignatures(store: Store, s: Statement) {
  const signatures = (await listSignatures(store, s.id)).map((signed) => ({
    ...signed,
    current: signed.contentHash === s.contentHash,
  }));
  return { ...s, signatures, currentSignatureCount: signatures.filter((signed) => signed.current).length };
}

export async function readStatement(store: Store, id: string, caller: Caller | undefined) {
  return withSignatures(store, await visibleStatement(store, id, caller));
}

/** A consultation's statements the caller may see. */
export async function consultationStatements(
  store: Store,
  consultationId: string,
  caller: Caller | undefined,
  cursor: string | undefined,
) {
  const page = await listConsultationStatements(store, consultationId, caller, cursor);
  // The read's filter already leaves out drafts the caller may not see; this check is the rule itself.
  return { ...page, items: page.items.filter((s) => isVisibleTo(s, caller)) };
}

export async function statementVersions(
  store: Store,
  id: string,
  caller: Caller | undefined,
  cursor: string | undefined,
) {
  return listVersions(store, (await visibleStatement(store, id, caller)).id, cursor);
}
