import { describe, expect, it } from 'vitest';
import { applicationInput, newApplication } from '#shared/membership/application.ts';
import { principles } from '#shared/membership/principles.ts';

const input = {
  organisationName: '  Jyväskylän kulttuuriyhdistys ',
  municipalities: ['Jyväskylä'],
  languages: ['fi', 'ar'],
  description: 'Kulttuuritoimintaa.',
  contact: { name: 'Laila', email: 'Laila@Example.org', language: 'ar' },
  representatives: ['laila@example.org', 'LAILA@example.org', 'omar@example.org'],
  acceptedPrinciplesVersion: principles.version,
};

describe('membership application', () => {
  it('normalises input: trims names, lower-cases emails, defaults topics', () => {
    const parsed = applicationInput.parse(input);
    expect(parsed.organisationName).toBe('Jyväskylän kulttuuriyhdistys');
    expect(parsed.contact.email).toBe('laila@example.org');
    expect(parsed.topics).toEqual([]);
  });

  it('refuses an outdated version of the principles and says which is current', () => {
    const result = applicationInput.safeParse({ ...input, acceptedPrinciplesVersion: '2020-01-01' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(principles.version);
  });

  it('refuses an unknown topic and an oversized description', () => {
    expect(applicationInput.safeParse({ ...input, topics: ['astrology'] }).success).toBe(false);
    expect(applicationInput.safeParse({ ...input, description: 'x'.repeat(2001) }).success).toBe(false);
  });

  it('creates a pending application stamped with the time the principles were accepted', () => {
    const now = new Date('2026-11-22T10:00:00Z');
    const app = newApplication(applicationInput.parse(input), 'a1', now);
    expect(app).toMatchObject({
      id: 'a1',
      status: 'pending',
      submittedAt: now.toISOString(),
      principles: { version: principles.version, acceptedAt: now.toISOString() },
    });
    expect(app.representatives).toEqual(['laila@example.org', 'omar@example.org']);
  });
});
