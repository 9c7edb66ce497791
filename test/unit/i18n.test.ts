import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldProblemCodes } from '#shared/errors.ts';
import { fi } from '#shared/i18n/catalogue/fi.ts';
import { placeholdersIn, pluralsIn } from '#shared/i18n/format.ts';
import { directionOf, type Language, languages } from '#shared/i18n/languages.ts';
import { catalogueOf, formatDateTime, translator, translatorFor } from '#shared/i18n/translate.ts';

const placeholders = (text: string) => placeholdersIn(text).sort();

describe('translator', () => {
  it('fills placeholders', () => {
    expect(translator('en')('status.checkedAt', { time: '10:00' })).toBe('Checked 10:00');
  });

  it('falls back to English, then Finnish, when a catalogue lacks a message', () => {
    expect(translatorFor('en', {})('home.title')).toBe('Be heard in time');
    expect(translatorFor('fi', { 'home.title': 'Oma' })('home.title')).toBe('Oma');
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

  it("chooses plural forms by the language's rules and writes numbers as the language does", () => {
    const subject = (language: Language, count: number | string) =>
      translator(language)('mail.submission.subject', { title: 'T', count });
    expect(subject('en', 1)).toBe('Statement: T (1 organisation)');
    expect(subject('en', 3)).toBe('Statement: T (3 organisations)');
    expect(subject('fi', 1)).toBe('Lausunto: T (1 järjestö)');
    expect(subject('fi', 12)).toBe('Lausunto: T (12 järjestöä)');
    expect([1, 3, 5, 21].map((n) => subject('ru', n))).toEqual([
      'Заявление: T (1 организация)',
      'Заявление: T (3 организации)',
      'Заявление: T (5 организаций)',
      'Заявление: T (21 организация)',
    ]);
    expect([1, 2, 3, 11, 100].map((n) => subject('ar', n).split('(')[1])).toEqual([
      'منظمة واحدة)',
      'منظمتان)',
      '3 منظمات)',
      '11 منظمة)',
      '100 منظمة)',
    ]);
    // A stored notice keeps its parameters as text; the count still chooses the form.
    expect(subject('en', '1')).toBe('Statement: T (1 organisation)');
    expect(translator('fi')('field.tooLong', { max: 2000 })).toBe('Lyhennä enintään 2\u00a0000 merkkiin.');
    expect(translator('fa')('field.tooLong', { max: 20 })).toContain('۲۰');
  });

  it('gives every plural the forms its language needs', () => {
    const missing: string[] = [];
    for (const { code } of languages) {
      const needed = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      for (const [key, text] of Object.entries(catalogueOf(code))) {
        for (const { forms } of pluralsIn(text ?? '')) {
          for (const category of needed)
            if (!forms.includes(category)) missing.push(`${code} ${key}: ${category}`);
        }
      }
    }
    expect(missing).toEqual([]);
    // The check sees plurals at all: Russian has them, with four forms.
    expect(
      Object.values(catalogueOf('ru')).filter((text) => text?.includes(', plural,')).length,
    ).toBeGreaterThan(3);
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
