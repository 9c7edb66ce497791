import { isIPv4, isIPv6 } from 'node:net';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { TooManyRequests } from '#shared/errors.ts';
import type { Store } from './client.ts';
import { KEY } from './table.ts';
import { failedNames, transact } from './transactions.ts';

/** The eight 16-bit groups of an IPv6 address, or undefined if it is not one. */
function ipv6Groups(address: string): number[] | undefined {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!isIPv6(bare)) return undefined;
  // A trailing dotted IPv4 part (::ffff:192.0.2.1) is two groups.
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(bare);
  const hex = dotted
    ? `${bare.slice(0, dotted.index)}${((Number(dotted[1]) << 8) | Number(dotted[2])).toString(16)}:${((Number(dotted[3]) << 8) | Number(dotted[4])).toString(16)}`
    : bare;
  const [head = '', tail] = hex.split('::');
  const part = (s: string | undefined) => (s ? s.split(':').map((g) => Number.parseInt(g, 16)) : []);
  const left = part(head);
  const right = part(tail);
  return [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
}

/**
 * Whom a per-client limit counts: an IPv4 address, or an IPv6 /64 network, because one subscriber
 * line is given a whole /64 and could otherwise take a fresh limit from each of its addresses. An
 * IPv4-mapped IPv6 address (::ffff:192.0.2.1) is the IPv4 client it maps.
 */
export function rateLimitedClient(address: string): string {
  if (isIPv4(address)) return address;
  const groups = ipv6Groups(address);
  if (!groups) return address;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [high = 0, low = 0] = groups.slice(6);
    return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/** One limit a request counts against: `amount` (one unless said) per window of `windowSeconds`. */
export interface Limit {
  key: string;
  limit: number;
  windowSeconds: number;
  amount?: number;
}

/** The counter item's update: it expires with its window, and holds only while there is room. */
function counterUpdate({ key, limit, windowSeconds, amount = 1 }: Limit, now: Date) {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const windowStart = nowSeconds - (nowSeconds % windowSeconds);
  return {
    key,
    retryAfter: windowStart + windowSeconds - nowSeconds,
    full: amount > limit,
    update: {
      TableName: '',
      Key: { [KEY.pk]: `RATE#${key}#${windowStart}`, [KEY.sk]: 'RATE' },
      UpdateExpression: 'ADD #count :amount SET #expiresAt = :expiresAt, entity = :entity',
      ConditionExpression: 'attribute_not_exists(#count) OR #count <= :room',
      ExpressionAttributeNames: { '#count': 'count', '#expiresAt': KEY.expiresAt },
      ExpressionAttributeValues: {
        ':amount': amount,
        ':room': limit - amount,
        ':expiresAt': windowStart + windowSeconds,
        ':entity': 'rate-limit',
      },
    },
  };
}

/**
 * Takes `amount` from a limit's window if it has that much room left; false, and nothing taken,
 * when it has not.
 */
export async function takeFromLimit(store: Store, limit: Limit, now: Date): Promise<boolean> {
  const { full, update } = counterUpdate(limit, now);
  if (full) return false;
  try {
    await store.db.send(new UpdateCommand({ ...update, TableName: store.tableName }));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/**
 * Counts `amount` requests (one unless said) against a limit per window: a counter item that
 * expires with its window. Refused whole when the window has less room left than `amount`.
 */
export async function countAgainstLimit(
  store: Store,
  key: string,
  limit: number,
  windowSeconds: number,
  now: Date,
  amount = 1,
) {
  const counted = await takeFromLimit(store, { key, limit, windowSeconds, amount }, now);
  if (!counted) throw new TooManyRequests(counterUpdate({ key, limit, windowSeconds }, now).retryAfter);
}

/**
 * Counts a request against several limits at once, in one transaction: refused by one, it is
 * counted against none, so a refusal spends no other budget.
 */
export async function countAgainstLimits(store: Store, limits: Limit[], now: Date) {
  const counters = limits.map((limit) => counterUpdate(limit, now));
  const full = counters.find((counter) => counter.full);
  if (full) throw new TooManyRequests(full.retryAfter);
  try {
    await transact(
      store,
      counters.map(({ key, update }) => ({ name: key, Update: update })),
    );
  } catch (error) {
    const refused = counters.find(({ key }) => failedNames(error).has(key));
    if (refused) throw new TooManyRequests(refused.retryAfter);
    throw error;
  }
}
