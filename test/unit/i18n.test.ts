import { describe, expect, it } from 'vitest';
import { directionOf, languages } from '#shared/i18n/languages.ts';
import { formatDateTime, translator } from '#shared/i18n/translate.ts';

describe('translator', () => {
  it('fills placeholders', () => {
    expect(translator('en')('status.checkedAt', { time: '10:00' })).toBe('Checked 10:00');
  });

  it('falls back to English, then Finnish, when a language lacks a message', () => {
    expect(translator('so')('home.title')).toBe('Be heard in time');
    expect(translator('ar')('home.lead')).toBe(translator('en')('home.lead'));
  });

  it('sets right-to-left for Arabic and Persian only', () => {
    expect(languages.filter((l) => directionOf(l.code) === 'rtl').map((l) => l.code)).toEqual(['ar', 'fa']);
  });

  it('formats dates in Helsinki time', () => {
    // 22:30 UTC is already the next day in Helsinki (UTC+2 in winter).
    expect(formatDateTime('en', new Date('2026-11-22T22:30:00Z'))).toContain('November 23, 2026');
  });
});
