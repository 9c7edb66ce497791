import { config } from '#shared/config.ts';
import { accountSendRate } from '#shared/mail/send-quota.ts';
import type { Store } from '#shared/store/client.ts';
import { takeFromLimit } from '#shared/store/rate-limit.ts';

let accountRate: Promise<number> | undefined;

/**
 * The send rate to keep: the configured one, and in AWS never more than the account's SES maximum
 * (read once per process; the local SES emulator has no quota).
 */
export function sendRate(configured: number): Promise<number> {
  const { sesEndpoint, region } = config();
  if (sesEndpoint) return Promise.resolve(configured);
  accountRate ??= accountSendRate(region, configured);
  // A failed read is not remembered: the next send asks again.
  accountRate.catch(() => {
    accountRate = undefined;
  });
  return accountRate.then((account) => Math.min(configured, account));
}

/** Slots this process reserved for one second and has not used yet. */
let held = { second: 0, slots: 0 };

/**
 * How many slots one write reserves: the largest divisor of the rate up to a quarter of it, so the
 * blocks fill a second's budget exactly (a remainder smaller than a block would never be sent).
 */
export function slotBlock(perSecond: number): number {
  for (let block = Math.floor(perSecond / 4); block > 1; block -= 1)
    if (perSecond % block === 0) return block;
  return 1;
}

async function takeSlot(store: Store, perSecond: number): Promise<void> {
  const block = slotBlock(perSecond);
  for (;;) {
    const now = new Date();
    const second = Math.floor(now.getTime() / 1000);
    if (held.second === second && held.slots > 0) {
      held.slots -= 1;
      return;
    }
    // A block of the second's budget in one write; all or nothing, so the rate is never exceeded.
    if (
      await takeFromLimit(store, { key: 'ses-send', limit: perSecond, windowSeconds: 1, amount: block }, now)
    ) {
      held = { second, slots: block - 1 };
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 5));
  }
}

/** The senders of this process take their slots in turn, so they share one reservation at a time. */
let turns: Promise<unknown> = Promise.resolve();

/**
 * Waits for a slot in this second's send budget: a counter per second in the table, shared by every
 * sender running at once, so together they never exceed the rate. A process reserves a block of up
 * to a quarter of the second's budget at a time and uses it up before it writes again, so the
 * counter costs a fraction of a write per send; what a process holds when its second ends is not
 * sent in that second.
 */
export function awaitSendSlot(store: Store, perSecond: number): Promise<void> {
  const turn = turns.then(() => takeSlot(store, perSecond));
  turns = turn.catch(() => undefined);
  return turn;
}
