import { describe, expect, it, vi } from 'vitest';
import { memoize } from '#functions/lib/memo.ts';
import { tallyOf, totalOf } from '#shared/alerts/tally.ts';

describe('alert tallies', () => {
  it('count a delivery being sent as pending, and never below zero', () => {
    expect(
      tallyOf({ version: 2, reason: 'updated', recipients: 10, sent: 6, failed: 1, bounced: 1, digest: 3 }),
    ).toEqual({
      version: 2,
      reason: 'updated',
      recipients: 10,
      alerted: 6,
      pending: 2,
      failed: 1,
      bounced: 1,
      suppressed: 0,
      digest: 3,
      waiting: 0,
      releasedInTranslation: 0,
      releasedInOriginal: 0,
      followUps: 0,
      followUpsSent: 0,
      followUpsFailed: 0,
    });
    // A redelivered fan-out may set fewer recipients than were already sent.
    expect(tallyOf({ version: 1, recipients: 1, sent: 2 }).pending).toBe(0);
  });

  it('add up per figure across versions', () => {
    const one = tallyOf({ version: 1, recipients: 3, sent: 3 });
    const two = tallyOf({ version: 2, reason: 'updated', recipients: 2, sent: 1, suppressed: 1 });
    expect(totalOf([one, two])).toEqual({
      recipients: 5,
      alerted: 4,
      pending: 1,
      failed: 0,
      bounced: 0,
      suppressed: 1,
      digest: 0,
      waiting: 0,
      releasedInTranslation: 0,
      releasedInOriginal: 0,
      followUps: 0,
      followUpsSent: 0,
      followUpsFailed: 0,
    });
  });

  it('count a released waiter as a recipient, and follow-ups apart from the pending alerts', () => {
    const t = tallyOf(
      {
        version: 1,
        recipients: 2,
        sent: 3,
        waiting: 3,
        releasedInTranslation: 1,
        releasedInOriginal: 1,
        followUps: 2,
      },
      { sent: 1, failed: 1 },
    );
    expect(t).toMatchObject({
      recipients: 4,
      alerted: 3,
      pending: 1,
      waiting: 3,
      releasedInTranslation: 1,
      releasedInOriginal: 1,
      followUps: 2,
      followUpsSent: 1,
      followUpsFailed: 1,
    });
  });
});

describe('memoize', () => {
  it('reads once per key, reads again after a failure or when the entry is older than its time to live', async () => {
    vi.useFakeTimers();
    try {
      let reads = 0;
      let fail = true;
      const read = memoize(
        async (key: string) => {
          reads += 1;
          if (fail) throw new Error('down');
          return key.toUpperCase();
        },
        { maxEntries: 10, ttlMs: 1000 },
      );
      await expect(read('a')).rejects.toThrow('down');
      fail = false;
      expect(await read('a')).toBe('A');
      expect(await read('a')).toBe('A');
      expect(reads).toBe(2);
      vi.advanceTimersByTime(1001);
      expect(await read('a')).toBe('A');
      expect(reads).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
