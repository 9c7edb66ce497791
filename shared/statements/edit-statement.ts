import type { Caller } from '#shared/auth/access.ts';
import { Conflict } from '#shared/errors.ts';
import { noticeItems } from '#shared/mail/notices.ts';
import { representativesOf } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import { contentHash } from './content-hash.ts';
import { ledStatement } from './read-statement.ts';
import { assertEditable, type Statement, type StatementChanges } from './statement.ts';
import { listSignatures, saveStatement } from './statement-store.ts';

/**
 * The lead edits a draft or open statement: a changed text is a new version, and the organisations
 * that signed the replaced text are asked to confirm the new one.
 */
export async function editStatement(
  store: Store,
  caller: Caller,
  id: string,
  changes: StatementChanges,
  now: Date,
): Promise<Statement> {
  // A lead that has left the network no longer acts; it may still withdraw what it led.
  const before = await ledStatement(store, id, caller, 'edit statements');
  assertEditable(before);
  const { translation, version, ...rest } = changes;
  if (version !== undefined && version !== before.version)
    throw new Conflict(
      `The text changed while you were editing it (now version ${before.version}). Reload it and make your change again.`,
      'changed_meanwhile',
    );
  const edited = {
    ...before,
    ...rest,
    translation: translation === null ? undefined : (translation ?? before.translation),
  };
  const hash = contentHash(edited);
  // Nothing in the text changed: no new version, and signatures stay current.
  if (hash === before.contentHash) return before;
  const after: Statement = {
    ...edited,
    version: before.version + 1,
    contentHash: hash,
    updatedAt: now.toISOString(),
  };
  const signedBefore = (await listSignatures(store, before.id)).filter(
    (signed) => signed.contentHash === before.contentHash,
  );
  const signers = await representativesOf(
    store,
    signedBefore.map((signed) => signed.organisationId).filter((id) => id !== before.leadOrganisationId),
  );
  await saveStatement(
    store,
    before,
    after,
    noticeItems(
      'statementChanged',
      signers,
      {
        lead: before.leadOrganisationName,
        title: after.title,
        version: String(after.version),
        path: `/statements/${before.id}`,
      },
      now,
    ),
  );
  return after;
}
