import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldProblemCodes } from '#shared/errors.ts';
import { fi } from '#shared/i18n/catalogue/fi.ts';
import { directionOf, languages } from '#shared/i18n/languages.ts';
import { catalogueOf, formatDateTime, translator, translatorFor } from '#shared/i18n/translate.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translator', () => {
  it('fills placeholders', () => {
    expect(translator('en')('status.checkedAt', { time: '10:00' })).toBe('Checked 10:00');
  });

  it('falls back to English, then Finnish, when a catalogue lacks a message', () => {
    expect(translatorFor({})('home.title')).toBe('Be heard in time');
    expect(translatorFor({ 'home.title': 'Oma' })('home.title')).toBe('Oma');
  });

  it.each(
    languages.map((l) => l.code),
  )('has every message in %s, with the placeholders of the Finnish source', (code) => {
    const catalogue = catalogueOf(code);
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(fi).sort());
    for (const [key, source] of Object.entries(fi)) {
      expect(placeholders(catalogue[key as keyof typeof fi] ?? ''), `${code} ${key}`).toEqual(
        placeholders(source),
      );
    }
  });

  it('has no message that no code uses', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return name === 'catalogue' ? [] : sources(path);
        return /\.tsx?$/.test(name) ? [readFileSync(path, 'utf8')] : [];
      });
    const code = ['web/src', 'shared', 'functions', 'infra'].flatMap(sources).join('\n');
    const quoted = new Set([...code.matchAll(/['"`]([a-zA-Z][\w-]*(?:\.[\w-]+)+)['"`]/g)].map((m) => m[1]));
    // Keys built at run time: `error.${code}`, `topic.${topic}`…
    const built = [...code.matchAll(/`([a-zA-Z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)].map((m) => m[1] as string);
    const unused = Object.keys(fi).filter((key) => !quoted.has(key) && !built.some((p) => key.startsWith(p)));
    expect(unused).toEqual([]);
  });

  it('has a message for every problem the API can name in a field', () => {
    const missing = fieldProblemCodes.filter((code) => !(`field.${code}` in fi));
    expect(missing).toEqual([]);
  });

  it('sets right-to-left for Arabic and Persian only', () => {
    expect(languages.filter((l) => directionOf(l.code) === 'rtl').map((l) => l.code)).toEqual(['ar', 'fa']);
  });

  it('formats dates in Helsinki time', () => {
    // 22:30 UTC is already the next day in Helsinki (UTC+2 in winter).
    expect(formatDateTime('en', new Date('2026-11-22T22:30:00Z'))).toContain('November 23, 2026');
  });
});
