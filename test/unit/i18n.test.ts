import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldProblemCodes } from '#shared/errors.ts';
import { ar } from '#shared/i18n/catalogue/ar.ts';
import { en } from '#shared/i18n/catalogue/en.ts';
import { fa } from '#shared/i18n/catalogue/fa.ts';
import { fi } from '#shared/i18n/catalogue/fi.ts';
import { ru } from '#shared/i18n/catalogue/ru.ts';
import { so } from '#shared/i18n/catalogue/so.ts';
import { sv } from '#shared/i18n/catalogue/sv.ts';
import { uk } from '#shared/i18n/catalogue/uk.ts';
import { placeholdersIn, pluralsIn, translateWith } from '#shared/i18n/format.ts';
import { directionOf, type Language, languages } from '#shared/i18n/languages.ts';
import * as mail from '#shared/i18n/mail/index.ts';
import { formatDateTime, type Group, translator } from '#shared/i18n/translate.ts';

const placeholders = (text: string) => placeholdersIn(text).sort();

type ByLanguage = Record<Language, Partial<Record<string, string>>>;
/** Every catalogue in every language: the web app's, and each group of the emails' messages. */
const catalogues: [string, ByLanguage][] = [
  ['web', { fi, sv, en, ru, uk, ar, so, fa }],
  ...Object.entries(mail).map(([group, byLanguage]): [string, ByLanguage] => [`mail ${group}`, byLanguage]),
];

/** Where the messages are written; each of their keys is written in exactly one of these folders. */
const messageFolders = ['shared/i18n/catalogue', 'shared/i18n/mail', 'shared/i18n/common'];

/** Whether the code in these folders quotes a key, or builds it at run time from a prefix. */
function usesKey(folders: string[]): (key: string) => boolean {
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return messageFolders.includes(path) ? [] : sources(path);
      return /\.tsx?$/.test(name) ? [readFileSync(path, 'utf8')] : [];
    });
  const code = folders.flatMap(sources).join('\n');
  const quoted = new Set([...code.matchAll(/['"`]([a-zA-Z][\w-]*(?:\.[\w-]+)+)['"`]/g)].map((m) => m[1]));
  // Keys built at run time: `error.${code}`, `topic.${topic}`…
  const built = [...code.matchAll(/`([a-zA-Z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)].map((m) => m[1] as string);
  return (key) => quoted.has(key) || built.some((prefix) => key.startsWith(prefix));
}

describe('translator', () => {
  it('fills placeholders', () => {
    expect(translateWith('en', en)('status.checkedAt', { time: '10:00' })).toBe('Checked 10:00');
    expect(translator('en', mail.signIn)('mail.signInCode.subject', { code: '123456' })).toBe(
      'Your Kaiutin sign-in code: 123456',
    );
  });

  it("fills an email's messages from all the groups it names", () => {
    const t = translator('en', mail.notices, mail.common);
    expect(t('mail.removalDecided.heading')).toBe(
      translator('en', mail.notices)('mail.removalDecided.heading'),
    );
    expect(t('removal.outcome.kept')).toBe('the organisation remains a member');
  });

  it("falls back to English, then Finnish, when an email's group lacks a message in a language", () => {
    const footer = (group: Group<'mail.footer'>) => translator('sv', group)('mail.footer');
    expect(footer({ ...mail.layout, sv: {} })).toBe('This message was sent by Kaiutin');
    expect(footer({ ...mail.layout, sv: {}, en: {} })).toBe('Tämä viesti lähetettiin Kaiuttimesta');
  });

  describe.each(catalogues)('the %s catalogue', (_, byLanguage) => {
    it.each(
      languages.map((l) => l.code),
    )('has every message in %s, with the placeholders of the Finnish source', (code) => {
      const catalogue = byLanguage[code];
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(byLanguage.fi).sort());
      for (const [key, source] of Object.entries(byLanguage.fi)) {
        expect(placeholders(catalogue[key] ?? ''), `${code} ${key}`).toEqual(placeholders(source ?? ''));
      }
    });
  });

  it('writes each message in one place: the web app’s, the emails’ or the names both use', () => {
    const written = messageFolders
      .map((folder) => readFileSync(join(folder, 'fi.ts'), 'utf8'))
      .flatMap((source) => [...source.matchAll(/^ {2}'([^']+)':/gm)].map((m) => m[1]));
    expect(written.filter((key, i) => written.indexOf(key) !== i)).toEqual([]);
    expect(written.sort()).toEqual(
      [...Object.keys(fi), ...catalogues.slice(1).flatMap(([, { fi }]) => Object.keys(fi))]
        .filter((key, i, all) => all.indexOf(key) === i)
        .sort(),
    );
  });

  it('has no message that no code uses, each where it is used', () => {
    const common = Object.keys(mail.common.fi);
    const webOnly = Object.keys(fi).filter((key) => !common.includes(key));
    const mailOnly = catalogues
      .filter(([name]) => name.startsWith('mail ') && name !== 'mail common')
      .flatMap(([, { fi }]) => Object.keys(fi));
    const web = usesKey(['web/src']);
    const server = usesKey(['shared', 'functions', 'infra']);
    // The web app's own messages are for the web app, the emails' for the server, common ones for both.
    const unused = [
      ...webOnly.filter((key) => !web(key)),
      ...mailOnly.filter((key) => !server(key)),
      ...common.filter((key) => !web(key) || !server(key)),
    ];
    expect(unused).toEqual([]);
  });

  it("chooses plural forms by the language's rules and writes numbers as the language does", () => {
    const subject = (language: Language, count: number | string) =>
      translator(language, mail.submission)('mail.submission.subject', { title: 'T', count });
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
    expect(translateWith('fi', fi)('field.tooLong', { max: 2000 })).toBe(
      'Lyhennä enintään 2\u00a0000 merkkiin.',
    );
    expect(translateWith('fa', fa)('field.tooLong', { max: 20 })).toContain('۲۰');
  });

  it('gives every plural the forms its language needs', () => {
    const missing: string[] = [];
    for (const { code } of languages) {
      const needed = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      for (const [, byLanguage] of catalogues) {
        for (const [key, text] of Object.entries(byLanguage[code])) {
          for (const { forms } of pluralsIn(text ?? '')) {
            for (const category of needed)
              if (!forms.includes(category)) missing.push(`${code} ${key}: ${category}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
    // The check sees plurals at all: Russian has them, in the web app's messages and in the emails'.
    const russianPlurals = (of: [string, ByLanguage][]) =>
      of
        .flatMap(([, byLanguage]) => Object.values(byLanguage.ru))
        .filter((text) => text?.includes(', plural,'));
    expect(russianPlurals(catalogues.slice(0, 1)).length).toBeGreaterThan(0);
    expect(russianPlurals(catalogues.slice(1)).length).toBeGreaterThan(3);
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
