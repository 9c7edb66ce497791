import { describe, expect, it } from 'vitest';
import { consultation, storedConsultation } from '#shared/consultations/consultation.ts';
import { storedSignature } from '#shared/statements/statement.ts';

const valid = {
  id: 'c1',
  bodyId: 'b1',
  kind: 'consultation',
  originalLanguage: 'fi',
  texts: { fi: { title: 'Otsikko', summary: 'Tiivistelmä.' } },
  topics: ['education'],
  statementDeadline: '2027-01-01T10:00:00.000Z',
  contact: { name: 'Virkailija', email: 'v@example.org' },
  status: 'published',
  version: 1,
  municipality: 'Jyväskylä',
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
};

describe('stored schemas', () => {
  it('read a valid item as the entity schema does', () => {
    expect(storedConsultation.parse(valid)).toEqual(consultation.parse(valid));
  });

  it('read what an older rule let in: lengths, markup, formats, retired enum values in lists', () => {
    const old = {
      ...valid,
      texts: { fi: { title: `<b>${'x'.repeat(500)}</b>`, summary: ' ' } },
      topics: ['education', 'retired-topic'],
      links: Array.from({ length: 30 }, (_, i) => ({ title: `L${i}`, url: 'ftp://example.org' })),
      statementDeadline: '31.12.2026',
      contact: { name: '', email: 'not an address' },
    };
    expect(consultation.safeParse(old).success).toBe(false);
    const read = storedConsultation.parse(old);
    expect(read.texts.fi?.title).toBe(old.texts.fi.title);
    expect(read.topics).toEqual(['education']);
    expect(read.links).toHaveLength(30);
    expect(read.statementDeadline).toBe('31.12.2026');
  });

  it('still refuse an item without the shape the code needs', () => {
    expect(storedConsultation.safeParse({ ...valid, status: 'unknown' }).success).toBe(false);
    expect(storedConsultation.safeParse({ ...valid, texts: undefined }).success).toBe(false);
    const signed = {
      statementId: 's',
      organisationId: 'o',
      organisationName: 'Yhdistys',
      personId: 'p',
      signedAt: '2026-01-01T10:00:00.000Z',
      mandate: { kind: 'decision', decidedOn: '1.1.2026', decidedBy: 'x'.repeat(1000) },
      version: 1,
      contentHash: 'h',
    };
    expect(storedSignature.parse(signed).mandate).toEqual(signed.mandate);
    expect(storedSignature.safeParse({ ...signed, mandate: { kind: 'unknown' } }).success).toBe(false);
  });
});
