import type { Caller } from '#shared/auth/access.ts';
import type { Store } from '#shared/store/client.ts';
import { type RequestIds, type RequestView, requestView, workedRequest } from './request-access.ts';

/**
 * A request as its editor shows it: the draft beside the original's texts as they are now, and
 * whether the original changed since the draft was last saved.
 */
export async function readRequest(store: Store, caller: Caller, ids: RequestIds): Promise<RequestView> {
  const { request, subject } = await workedRequest(store, caller, ids);
  return requestView(caller, request, subject);
}
