import { describe, expect, it } from 'vitest';
import { httpStatusOf } from '#functions/lib/http-errors.ts';
import { type Access, authorize, type Caller } from '#shared/auth/access.ts';
import type { DomainError } from '#shared/errors.ts';

const person = (roles: Partial<Caller>): Caller => ({
  personId: 'p',
  email: 'p@example.org',
  name: undefined,
  language: 'fi',
  coordinator: false,
  organisations: [],
  peerLeader: false,
  translatorLanguages: [],
  bodies: [],
  ...roles,
});

const callers = {
  anonymous: undefined,
  someone: person({}),
  repA: person({ organisations: ['A'] }),
  repB: person({ organisations: ['B'] }),
  officerX: person({ bodies: ['X'] }),
  coordinator: person({ coordinator: true }),
};

const outcome = (
  access: Access,
  caller: Caller | undefined,
  params: Record<string, string> = { id: 'A' },
) => {
  try {
    authorize(access, caller, params);
    return 200;
  } catch (error) {
    return httpStatusOf[(error as DomainError).kind];
  }
};

describe('authorize', () => {
  it.each([
    ['public', { anonymous: 200, someone: 200, repA: 200, repB: 200, officerX: 200, coordinator: 200 }],
    ['signedIn', { anonymous: 401, someone: 200, repA: 200, repB: 200, officerX: 200, coordinator: 200 }],
    ['coordinator', { anonymous: 401, someone: 403, repA: 403, repB: 403, officerX: 403, coordinator: 200 }],
  ] as const)('%s', (access, expected) => {
    for (const [name, caller] of Object.entries(callers))
      expect(outcome(access, caller), name).toBe(expected[name as keyof typeof expected]);
  });

  it('lets only representatives of the organisation in the path act for it, and the coordinator when allowed', () => {
    const forA = { representativeOf: 'id', orCoordinator: true } as const;
    expect(outcome(forA, callers.repA)).toBe(200);
    expect(outcome(forA, callers.repB)).toBe(403);
    expect(outcome(forA, callers.coordinator)).toBe(200);
    expect(outcome({ representativeOf: 'id' }, callers.coordinator)).toBe(403);
    expect(outcome(forA, callers.anonymous)).toBe(401);
  });

  it('lets only officers of the body in the path act for it', () => {
    const forX = { officerOf: 'id' } as const;
    expect(outcome(forX, callers.officerX, { id: 'X' })).toBe(200);
    expect(outcome(forX, callers.officerX, { id: 'Y' })).toBe(403);
    expect(outcome(forX, callers.repA, { id: 'X' })).toBe(403);
  });
});
