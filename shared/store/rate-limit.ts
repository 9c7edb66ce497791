import { isIPv4, isIPv6 } from 'node:net';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { TooManyRequests } from '#shared/errors.ts';
import type { Store } from './client.ts';
import { KEY } from './table.ts';

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
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const windowStart = nowSeconds - (nowSeconds % windowSeconds);
  if (amount > limit) throw new TooManyRequests(windowStart + windowSeconds - nowSeconds);
  try {
    await store.db.send(
      new UpdateCommand({
        TableName: store.tableName,
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
      }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException)
      throw new TooManyRequests(windowStart + windowSeconds - nowSeconds);
    throw error;
  }
}
