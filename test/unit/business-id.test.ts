import { describe, expect, it } from 'vitest';
import { isValidBusinessId } from '#shared/membership/business-id.ts';

describe('isValidBusinessId', () => {
  it.each(['1234567-1', '0112038-9', '2617416-4'])('accepts %s', (id) => {
    expect(isValidBusinessId(id)).toBe(true);
  });

  // 1000008 leaves remainder 1, for which no check digit exists.
  it.each([
    '1234567-2',
    '1234567',
    '123456-1',
    '1234567-10',
    'abcdefg-1',
    '0000001-1',
    '1000008-0',
    '1000008-1',
  ])('refuses %s', (id) => {
    expect(isValidBusinessId(id)).toBe(false);
  });
});
