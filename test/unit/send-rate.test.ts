import { describe, expect, it } from 'vitest';
import { slotBlock } from '#shared/alerts/send-rate.ts';

describe('a block of send slots', () => {
  it('is the largest divisor of the rate up to a quarter of it, so blocks fill each second exactly', () => {
    expect([1, 3, 4, 14, 40, 45, 13, 100].map(slotBlock)).toEqual([1, 1, 1, 2, 10, 9, 1, 25]);
  });
});
