import type { Caller } from '#shared/auth/access.ts';
import { Forbidden } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { transact } from '#shared/store/transactions.ts';
import {
  assertStatus,
  assertVersion,
  type RequestIds,
  type RequestView,
  raceLost,
  requestView,
  workedRequest,
} from './request-access.ts';
import { reopened, requestSave } from './request-store.ts';
import type { TranslationRequest } from './translation.ts';

/**
 * A translator of the language (or the coordinator) takes an open request to write it. The write
 * holds only over the open version read: of two claimers at once, the second gets 409.
 */
export async function claimRequest(
  store: Store,
  caller: Caller,
  ids: RequestIds,
  input: { version: number },
  now: Date,
): Promise<RequestView> {
  const { request, subject } = await workedRequest(store, caller, ids);
  assertStatus(request, 'open');
  assertVersion(request, input.version);
  const after: TranslationRequest = {
    ...request,
    status: 'claimed',
    claimedBy: caller.personId,
    claimedAt: now.toISOString(),
    updatedAt: now.toISOString(),
    version: request.version + 1,
  };
  await transact(store, [requestSave(request, after)]).catch(raceLost);
  return requestView(caller, after, subject);
}

/** Its translator (or the coordinator, for one left claimed) gives a claimed request back to the desk, draft and all. */
export async function releaseRequest(
  store: Store,
  caller: Caller,
  ids: RequestIds,
  input: { version: number },
  now: Date,
): Promise<RequestView> {
  const { request, subject } = await workedRequest(store, caller, ids);
  assertStatus(request, 'claimed');
  if (request.claimedBy !== caller.personId && !caller.coordinator)
    throw new Forbidden('Only the translator who claimed this request, or the coordinator, may release it.');
  assertVersion(request, input.version);
  const after = reopened(request, now);
  await transact(store, [requestSave(request, after)]).catch(raceLost);
  return requestView(caller, after, subject);
}
