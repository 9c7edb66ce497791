import { describe, expect, it } from 'vitest';
import { catalog } from '#functions/catalog.ts';
import { matchesAny, matchesPattern } from '#infra/local/event-filter.ts';

const record = (eventName: string, entity?: string) => ({
  eventName,
  dynamodb: { NewImage: entity ? { entity: { S: entity }, pk: { S: 'X#1' } } : undefined },
});

describe('Lambda event filter patterns', () => {
  const pattern = { eventName: ['INSERT'], dynamodb: { NewImage: { entity: { S: ['application'] } } } };

  it('matches when every named field matches one of its values', () => {
    expect(matchesPattern(pattern, record('INSERT', 'application'))).toBe(true);
  });

  it('refuses another event, another entity, or a missing image', () => {
    expect(matchesPattern(pattern, record('MODIFY', 'application'))).toBe(false);
    expect(matchesPattern(pattern, record('INSERT', 'organisation'))).toBe(false);
    expect(matchesPattern(pattern, record('REMOVE'))).toBe(false);
  });

  it('supports prefix, exists and anything-but rules', () => {
    expect(
      matchesPattern({ dynamodb: { NewImage: { pk: { S: [{ prefix: 'X#' }] } } } }, record('INSERT', 'a')),
    ).toBe(true);
    expect(
      matchesPattern({ dynamodb: { NewImage: { pk: { S: [{ prefix: 'Y#' }] } } } }, record('INSERT', 'a')),
    ).toBe(false);
    expect(matchesPattern({ dynamodb: { OldImage: [{ exists: false }] } }, record('INSERT', 'a'))).toBe(true);
    expect(matchesPattern({ eventName: [{ 'anything-but': ['REMOVE'] }] }, record('INSERT'))).toBe(true);
    expect(matchesPattern({ eventName: [{ 'anything-but': ['REMOVE'] }] }, record('REMOVE'))).toBe(false);
  });

  it('passes everything when a function has no filters, and any match counts', () => {
    expect(matchesAny([], record('REMOVE'))).toBe(true);
    expect(matchesAny([{ eventName: ['MODIFY'] }, { eventName: ['INSERT'] }], record('INSERT'))).toBe(true);
  });

  it("accepts the catalog's own filters", () => {
    for (const spec of catalog) {
      if (spec.trigger.kind !== 'stream') continue;
      for (const filter of spec.trigger.filters)
        expect(() => matchesPattern(filter, record('INSERT', 'x'))).not.toThrow();
    }
  });
});
