import { afterEach, describe, expect, it, vi } from 'vitest';
import { ServiceUnavailable } from '#shared/errors.ts';
import { MAX_BATCH_ROUNDS, writeAll } from '#shared/store/batch.ts';
import type { Store } from '#shared/store/client.ts';
import { getMany } from '#shared/store/query.ts';

/** A client that answers each batch request as told: DynamoDB's side is not under test. */
function storeAnswering(answer: (input: { RequestItems: Record<string, unknown> }) => unknown) {
  const sent: { RequestItems: Record<string, unknown> }[] = [];
  const store = {
    tableName: 't',
    db: {
      send: async (command: { input: { RequestItems: Record<string, unknown> } }) => {
        sent.push(command.input);
        return answer(command.input);
      },
    },
  } as unknown as Store;
  return { store, sent };
}

/** Every pause a batch takes, in order, without waiting for it. */
function recordPauses() {
  const pauses: number[] = [];
  vi.spyOn(globalThis, 'setTimeout').mockImplementation(((resolve: () => void, ms: number) => {
    pauses.push(ms);
    resolve();
    return 0;
  }) as unknown as typeof setTimeout);
  return pauses;
}

afterEach(() => vi.restoreAllMocks());

const key = (n: number) => ({ pk: `K#${n}`, sk: 'K' });

describe('getMany', () => {
  it('asks again for unprocessed keys after pauses that grow, and returns every item', async () => {
    const pauses = recordPauses();
    const { store, sent } = storeAnswering(({ RequestItems }) => {
      const { Keys } = RequestItems.t as { Keys: Record<string, unknown>[] };
      // A throttled table answers one key a round and leaves the others.
      const [first, ...rest] = Keys;
      return {
        Responses: { t: [first] },
        UnprocessedKeys: rest.length > 0 ? { t: { Keys: rest } } : undefined,
      };
    });
    const items = await getMany(store, [key(1), key(2), key(3), key(4)]);
    expect(items).toEqual([key(1), key(2), key(3), key(4)]);
    expect(sent).toHaveLength(4);
    expect(pauses).toHaveLength(3);
    // Each pause is at least half its window, and the window doubles: no tight loop.
    expect(pauses[0]).toBeGreaterThanOrEqual(25);
    expect(pauses[1]).toBeGreaterThanOrEqual(50);
    expect(pauses[2]).toBeGreaterThanOrEqual(100);
    for (const [i, pause] of pauses.entries()) expect(pause).toBeLessThanOrEqual(50 * 2 ** i);
  });

  it('gives up with a 503 after a bounded number of rounds when DynamoDB processes nothing', async () => {
    const pauses = recordPauses();
    const { store, sent } = storeAnswering(({ RequestItems }) => ({
      Responses: { t: [] },
      UnprocessedKeys: { t: RequestItems.t },
    }));
    await expect(getMany(store, [key(1)])).rejects.toThrow(ServiceUnavailable);
    expect(sent).toHaveLength(MAX_BATCH_ROUNDS + 1);
    expect(Math.max(...pauses)).toBeLessThanOrEqual(2_000);
  });
});

describe('writeAll', () => {
  it('sends unprocessed items again, with a pause, until every one is written', async () => {
    const pauses = recordPauses();
    const requests = Array.from({ length: 30 }, (_, n) => ({ DeleteRequest: { Key: key(n) } }));
    let left = true;
    const { store, sent } = storeAnswering(({ RequestItems }) => {
      const batch = RequestItems.t as unknown[];
      if (left && batch.length === 25) {
        left = false;
        return { UnprocessedItems: { t: batch.slice(20) } };
      }
      return {};
    });
    await writeAll(store, requests);
    expect(sent.map(({ RequestItems }) => (RequestItems.t as unknown[]).length)).toEqual([25, 5, 5]);
    expect(sent.flatMap(({ RequestItems }) => RequestItems.t as unknown[])).toEqual(
      expect.arrayContaining(requests),
    );
    expect(pauses).toHaveLength(1);
  });
});
