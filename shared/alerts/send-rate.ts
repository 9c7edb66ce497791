import { TooManyRequests } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { countAgainstLimit } from '#shared/store/rate-limit.ts';

/**
 * Waits for a slot in this second's send budget: a counter per second in the table, shared by every
 * sender running at once, so together they never exceed the rate.
 */
export async function awaitSendSlot(store: Store, perSecond: number): Promise<void> {
  for (;;) {
    try {
      await countAgainstLimit(store, 'ses-send', perSecond, 1, new Date());
      return;
    } catch (error) {
      if (!(error instanceof TooManyRequests)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 5));
    }
  }
}
