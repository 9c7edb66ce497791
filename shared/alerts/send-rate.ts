import { GetSendQuotaCommand, SESClient } from '@aws-sdk/client-ses';
import { config } from '#shared/config.ts';
import { TooManyRequests } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { countAgainstLimit } from '#shared/store/rate-limit.ts';

let accountRate: Promise<number> | undefined;

/**
 * The send rate to keep: the configured one, and in AWS never more than the account's SES maximum
 * (read once per process; the local SES emulator has no quota).
 */
export function sendRate(configured: number): Promise<number> {
  const { sesEndpoint, region } = config();
  if (sesEndpoint) return Promise.resolve(configured);
  accountRate ??= new SESClient({ region })
    .send(new GetSendQuotaCommand({}))
    .then((quota) => Math.max(1, Math.floor(quota.MaxSendRate ?? configured)));
  // A failed read is not remembered: the next send asks again.
  accountRate.catch(() => {
    accountRate = undefined;
  });
  return accountRate.then((account) => Math.min(configured, account));
}

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
