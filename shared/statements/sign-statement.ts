import type * as z from 'zod/mini';
import type { Caller } from '#shared/auth/access.ts';
import { NotFound } from '#shared/errors.ts';
import { recordedMandate } from '#shared/meetings/meeting-decisions.ts';
import { actingFor } from '#shared/membership/acting-for.ts';
import type { Store } from '#shared/store/client.ts';
import { visibleStatement } from './read-statement.ts';
import { assertSignable, newSignature, type Statement, type signatureInput } from './statement.ts';
import { getStatement, sign, withdrawSignature } from './statement-store.ts';

export type SignatureInput = z.output<typeof signatureInput>;

/** A member organisation the caller represents co-signs the open statement, bound to the version read. */
export async function signStatement(
  store: Store,
  caller: Caller,
  id: string,
  input: SignatureInput,
  now: Date,
) {
  const s = await visibleStatement(store, id, caller);
  const org = await actingFor(store, caller, input.organisationId, 'sign statements');
  assertSignable(s, input.version, now);
  const mandate = await recordedMandate(store, input.mandate);
  const outcome = await sign(store, s, newSignature(s, org, caller.personId, mandate, now), now);
  return { ...((await getStatement(store, s.id)) as Statement), signature: outcome.signature };
}

export async function withdrawStatementSignature(
  store: Store,
  caller: Caller,
  id: string,
  organisationId: string,
): Promise<void> {
  const s = await visibleStatement(store, id, caller);
  if (!(await withdrawSignature(store, s, organisationId)))
    throw new NotFound('This organisation has not signed the statement.');
}
