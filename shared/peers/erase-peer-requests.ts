import type { Store } from '#shared/store/client.ts';
import { failedNames } from '#shared/store/transactions.ts';
import { allLeaderRequests, eraseRequest, getRequest } from './peer-request-store.ts';

/**
 * A peer leader's erasure deletes every request they were sent: each names them and what they
 * answered. An unanswered one is counted erased in the tally; one answered while this runs is read
 * again and deleted as it now is. Done again, it finds nothing left.
 */
export async function erasePeerRequestsOf(store: Store, personId: string): Promise<void> {
  for (const listed of await allLeaderRequests(store, personId)) {
    let request = await getRequest(store, listed.id);
    while (request) {
      try {
        await eraseRequest(store, request);
        break;
      } catch (error) {
        if (!failedNames(error).has('request')) throw error;
        request = await getRequest(store, listed.id);
      }
    }
  }
}
