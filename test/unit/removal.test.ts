import { describe, expect, it } from 'vitest';
import {
  assertRemovalDecidable,
  assertRespondable,
  hearingDeadline,
  type Removal,
} from '#shared/membership/organisation.ts';

const opened = new Date('2026-11-01T10:00:00Z');
const hearing: Removal = {
  id: 'r',
  ground: 'unreachable',
  explanation: 'x',
  openedAt: opened.toISOString(),
  deadline: hearingDeadline(opened, 14).toISOString(),
};
const before = new Date('2026-11-10T10:00:00Z');
const after = new Date('2026-11-16T10:00:00Z');

describe('removal hearing', () => {
  it('gives the organisation until the deadline to explain', () => {
    expect(hearing.deadline).toBe('2026-11-15T10:00:00.000Z');
    expect(() => assertRespondable(hearing, before)).not.toThrow();
    expect(() => assertRespondable(hearing, after)).toThrow(/deadline/);
  });

  it('may be decided only after a response or after the deadline, and only once', () => {
    expect(() => assertRemovalDecidable(hearing, before)).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'hearing_open' }),
    );
    expect(() => assertRemovalDecidable(hearing, after)).not.toThrow();
    const answered = {
      ...hearing,
      response: { text: 't', at: before.toISOString(), byEmail: 'a@example.org' },
    };
    expect(() => assertRemovalDecidable(answered, before)).not.toThrow();
    const decided = {
      ...answered,
      decision: { outcome: 'kept' as const, reason: 'r', at: after.toISOString() },
    };
    expect(() => assertRemovalDecidable(decided, after)).toThrow(
      expect.objectContaining({ code: 'already_decided' }),
    );
  });
});
