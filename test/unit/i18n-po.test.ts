import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogued, layout, readCatalogues, teamLanguages } from '#infra/i18n/catalogues.ts';
import { PoProblems } from '#infra/i18n/po.ts';
import { exportCatalogues, importCatalogues, root } from '#infra/i18n/round-trip.ts';
import { ar } from '#shared/i18n/catalogue/ar.ts';
import { en } from '#shared/i18n/catalogue/en.ts';
import { fa } from '#shared/i18n/catalogue/fa.ts';
import { fi } from '#shared/i18n/catalogue/fi.ts';
import { ru } from '#shared/i18n/catalogue/ru.ts';
import { so } from '#shared/i18n/catalogue/so.ts';
import { sv } from '#shared/i18n/catalogue/sv.ts';
import { uk } from '#shared/i18n/catalogue/uk.ts';
import { formatMessage } from '#shared/i18n/format.ts';
import { type Language, languages } from '#shared/i18n/languages.ts';
import * as mail from '#shared/i18n/mail/index.ts';
import { withFallbacks } from '#web/src/i18n.tsx';

const web: Record<Language, Record<string, string>> = { fi, sv, en, ru, uk, ar, so, fa };
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();

let work: string;
/** A fresh copy of shared/i18n under a temporary root, so imports never write the repository. */
function copy(): string {
  const copyRoot = mkdtempSync(join(work, 'root-'));
  cpSync(join(root, 'shared', 'i18n'), join(copyRoot, 'shared', 'i18n'), { recursive: true });
  return copyRoot;
}
/** A folder holding the given PO files. */
function poFiles(byName: Record<string, string>): string {
  const dir = mkdtempSync(join(work, 'po-'));
  for (const [name, text] of Object.entries(byName)) writeFileSync(join(dir, name), text);
  return dir;
}
const header = (language: string, pluralForms = 'nplurals=2; plural=(n != 1);') =>
  `msgid ""\nmsgstr ""\n"Language: ${language}\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: ${pluralForms}\\n"\n\n`;
const entry = (context: string, msgstr: string, msgid = 'x') =>
  `msgctxt "${context}"\nmsgid "${msgid}"\nmsgstr "${msgstr}"\n\n`;
const problemsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof PoProblems) return error.problems;
    throw error;
  }
  return [];
};

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kaiutin-po-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the catalogues as files', () => {
  const catalogues = readCatalogues(root);

  it('reads every message the modules hold, under the context naming where it lives', () => {
    for (const code of catalogued as Language[]) {
      const texts = catalogues.texts.get(code);
      const expected = new Map<string, string>([
        ...Object.entries(mail.common[code]).map(([key, text]): [string, string] => [`common:${key}`, text]),
        ...Object.entries(web[code])
          .filter(([key]) => !(key in mail.common.fi))
          .map(([key, text]): [string, string] => [`web:${key}`, text]),
        ...Object.entries(mail)
          .filter(([group]) => group !== 'common')
          .flatMap(([group, byLanguage]) =>
            Object.entries(byLanguage[code]).map(([key, text]): [string, string] => [
              `mail:${group}:${key}`,
              text,
            ]),
          ),
      ]);
      expect(new Map([...(texts ?? [])].sort()), code).toEqual(new Map([...expected].sort()));
    }
  });

  it('would write each message exactly as Biome lays it out, so a rewritten one moves nothing else', () => {
    const differing: string[] = [];
    for (const [code, written] of catalogues.written) {
      const sources = new Map<string, string>();
      for (const [context, at] of written) {
        if (!sources.has(at.file)) sources.set(at.file, readFileSync(at.file, 'utf8'));
        const text = catalogues.texts.get(code)?.get(context) ?? '';
        if (sources.get(at.file)?.slice(at.start, at.end) !== layout(at, text))
          differing.push(`${code} ${context}`);
      }
    }
    expect(differing).toEqual([]);
  });

  it('keeps the reviewed messages of offered languages only, and only messages the source has', () => {
    const dir = join(root, 'shared', 'i18n', 'reviewed');
    const offered = languages.map((l) => l.code).filter((code) => !teamLanguages.includes(code));
    for (const name of readdirSync(dir)) {
      const code = name.replace(/\.json$/, '');
      expect(offered, name).toContain(code);
      const reviewed = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, string>;
      expect(
        Object.keys(reviewed).filter((context) => !catalogues.contexts.has(context)),
        name,
      ).toEqual([]);
    }
    // Finnish and English are the team's own, counted as reviewed; no file says otherwise.
    expect(readdirSync(dir).sort()).toEqual(offered.map((code) => `${code}.json`).sort());
  });
});

describe('the PO round trip', () => {
  it('exports every catalogue, msgfmt -c accepts each file, and importing them changes nothing', () => {
    const dir = join(work, 'export');
    const { written } = exportCatalogues(root, dir);
    expect(written.sort()).toEqual(['kaiutin.pot', ...catalogued.map((code) => `${code}.po`)].sort());
    for (const name of written) {
      const checked = spawnSync('msgfmt', ['-c', '-o', '/dev/null', join(dir, name)], { encoding: 'utf8' });
      expect(checked.error, 'msgfmt (Debian: apt-get install gettext)').toBeUndefined();
      expect(checked.status, `${name}: ${checked.stderr}`).toBe(0);
    }
    const sv = readFileSync(join(dir, 'sv.po'), 'utf8');
    expect(sv).toContain('"Language: sv\\n"');
    expect(sv).toContain('"Content-Type: text/plain; charset=UTF-8\\n"');
    expect(readFileSync(join(dir, 'ar.po'), 'utf8')).toContain('nplurals=6;');
    expect(readFileSync(join(dir, 'ru.po'), 'utf8')).toContain('nplurals=3;');
    // Nobody has reviewed the Swedish yet; the team's own Finnish is never "needs review".
    expect(sv).toContain('#, fuzzy\nmsgctxt "web:app.tagline"');
    expect(readFileSync(join(dir, 'fi.po'), 'utf8')).not.toContain('#, fuzzy');

    const target = copy();
    const before = files(join(target, 'shared', 'i18n')).map((file) => readFileSync(file, 'utf8'));
    importCatalogues(target, dir);
    expect(files(join(target, 'shared', 'i18n')).map((file) => readFileSync(file, 'utf8'))).toEqual(before);
    expect(readCatalogues(target).texts).toEqual(readCatalogues(root).texts);
  }, 120_000);

  it('rewrites a changed message in place, rebuilds a changed plural, and records a cleared fuzzy as reviewed', () => {
    const target = copy();
    const ruForms = ['Прочитана {count} статья', 'Прочитаны {count} статьи', 'Прочитано {count} статей'];
    importCatalogues(
      target,
      poFiles({
        'sv.po': `${header('sv')}${entry('web:app.tagline', 'Föreningarnas röst till kommunerna')}`,
        'ru.po': `${header('ru', 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);')}#, fuzzy\nmsgctxt "web:poll.count"\nmsgid "x"\nmsgid_plural "y"\n${ruForms.map((form, i) => `msgstr[${i}] "${form}"`).join('\n')}\n`,
      }),
    );
    const after = readCatalogues(target);
    expect(after.texts.get('sv')?.get('web:app.tagline')).toBe('Föreningarnas röst till kommunerna');
    const poll = after.texts.get('ru')?.get('web:poll.count') ?? '';
    expect([1, 3, 5, 21, 11].map((count) => formatMessage('ru', poll, { count }))).toEqual([
      'Прочитана 1 статья',
      'Прочитаны 3 статьи',
      'Прочитано 5 статей',
      'Прочитана 21 статья',
      'Прочитано 11 статей',
    ]);
    // Only the two messages changed: every other line of the files stays as it was.
    const diff = (file: string) => {
      const was = readFileSync(join(root, file), 'utf8').split('\n');
      const now = readFileSync(join(target, file), 'utf8').split('\n');
      return {
        added: now.filter((line) => !was.includes(line)),
        kept: was.filter((line) => now.includes(line)),
      };
    };
    const swedish = diff('shared/i18n/catalogue/sv.ts');
    expect(swedish.added).toEqual(["  'app.tagline': 'Föreningarnas röst till kommunerna',"]);
    expect(swedish.kept).toHaveLength(
      readFileSync(join(root, 'shared/i18n/catalogue/sv.ts'), 'utf8').split('\n').length - 1,
    );
    expect(diff('shared/i18n/catalogue/ru.ts').added).toEqual([
      "  'poll.count':",
      "    '{count, plural, one {Прочитана # статья} few {Прочитаны # статьи} many {Прочитано # статей} other {Прочитаны # статьи}}',",
    ]);
    expect(Object.keys(after.reviewed.get('sv') ?? {})).toEqual(['web:app.tagline']);
    expect(after.reviewed.get('ru')).toEqual({});
  }, 60_000);

  it.each([
    [
      'a placeholder of the source missing',
      entry('web:status.checkedAt', 'Kollat'),
      'missing placeholder {time}',
    ],
    [
      'a placeholder the source has not',
      entry('web:status.checkedAt', 'Kollat {time} {day}'),
      'unknown placeholder {day}',
    ],
    [
      'a plural with fewer forms than Plural-Forms says',
      'msgctxt "web:poll.count"\nmsgid "x"\nmsgid_plural "y"\nmsgstr[0] "{count} svar"\n',
      'broken plural: 1 forms, but the header',
    ],
    [
      'a plural form missing',
      'msgctxt "web:poll.count"\nmsgid "x"\nmsgid_plural "y"\nmsgstr[0] "{count} svar"\nmsgstr[1] ""\n',
      'broken plural: form msgstr[1] (other) is empty',
    ],
    [
      'a malformed ICU plural',
      entry('web:status.checkedAt', 'Kollat {time, plural, one {en gång}'),
      'malformed ICU plural',
    ],
    [
      'a message written as one form where the source has plurals',
      entry('web:poll.count', '{count} svar'),
      'msgid_plural',
    ],
    ['an unknown key', entry('web:no.such.message', 'Hej'), 'unknown key'],
  ])(
    'fails on %s, naming the file, the line and the message, and writes nothing',
    (_, body, problem) => {
      const target = copy();
      const before = readFileSync(join(target, 'shared/i18n/catalogue/sv.ts'), 'utf8');
      const problems = problemsOf(() =>
        importCatalogues(
          target,
          poFiles({ 'sv.po': `${header('sv')}${entry('web:app.tagline', 'Ändrad')}${body}` }),
        ),
      );
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/sv\.po:\d+: web:/);
      expect(problems[0]).toContain(problem);
      expect(readFileSync(join(target, 'shared/i18n/catalogue/sv.ts'), 'utf8')).toBe(before);
    },
    60_000,
  );
});

describe('a language added from a PO file', () => {
  it('is offered, right to left, and falls back to English message by message in the emails', async () => {
    const target = copy();
    const dir = poFiles({
      'ckb.po': `${header('ckb')}${entry('web:app.tagline', 'دەنگی هاوبەشی کۆمەڵەکان')}${entry('mail:layout:mail.footer', 'ئەم نامەیە لە کایوتینەوە نێردرا')}${entry('common:removal.outcome.kept', 'ڕێکخراوەکە ئەندام دەمێنێتەوە')}msgctxt "web:poll.count"\nmsgid "x"\nmsgid_plural "y"\nmsgstr[0] "{count} وەڵام"\nmsgstr[1] "{count} وەڵامەکان"\n`,
    });
    importCatalogues(target, dir);
    const data = (file: string) => JSON.parse(readFileSync(join(target, 'shared/i18n', file), 'utf8'));
    expect(data('added/languages.json')).toEqual([{ code: 'ckb', name: 'کوردیی ناوەندی', dir: 'rtl' }]);
    expect(Object.keys(data('added/ckb.json'))).toEqual([
      'removal.outcome.kept',
      'app.tagline',
      'poll.count',
    ]);
    expect(data('mail/added.json').ckb).toEqual({
      'removal.outcome.kept': 'ڕێکخراوەکە ئەندام دەمێنێتەوە',
      'mail.footer': 'ئەم نامەیە لە کایوتینەوە نێردرا',
    });
    // The PO marked nothing fuzzy: the volunteer's translations count as reviewed.
    expect(Object.keys(data('reviewed/ckb.json'))).toHaveLength(4);

    // The copy's own modules read the data, as the deployed app would.
    const at = (file: string) => import(join(target, 'shared/i18n', file));
    const copied = await at('languages.ts');
    expect(copied.languages.map((l: { code: string }) => l.code)).toEqual([...catalogued, 'ckb']);
    expect(copied.directionOf('ckb')).toBe('rtl');
    const { translator } = await at('translate.ts');
    const groups = await at('mail/index.ts');
    const t = translator('ckb', groups.layout, groups.signIn, groups.common);
    expect(t('mail.footer')).toBe('ئەم نامەیە لە کایوتینەوە نێردرا');
    expect(t('removal.outcome.kept')).toBe('ڕێکخراوەکە ئەندام دەمێنێتەوە');
    expect(t('mail.signInCode.heading')).toBe('Your sign-in code');

    // Exported again, the language has its own PO file, untranslated messages left empty.
    const again = join(work, 'again');
    exportCatalogues(target, again);
    const ckb = readFileSync(join(again, 'ckb.po'), 'utf8');
    expect(ckb).toContain('"X-Text-Direction: rtl\\n"');
    expect(ckb).toContain('msgctxt "web:status.title"\nmsgid "Service status"\nmsgstr ""');
    expect(spawnSync('msgfmt', ['-c', '-o', '/dev/null', join(again, 'ckb.po')]).status).toBe(0);
    const unchanged = files(join(target, 'shared/i18n')).map((file) => readFileSync(file, 'utf8'));
    importCatalogues(target, again);
    expect(files(join(target, 'shared/i18n')).map((file) => readFileSync(file, 'utf8'))).toEqual(unchanged);
  }, 120_000);

  it('is refused without the plural forms its language needs, saying which', () => {
    const target = copy();
    const problems = problemsOf(() =>
      importCatalogues(
        target,
        poFiles({
          'ti.po': `${header('ti', 'nplurals=INTEGER; plural=EXPRESSION;')}${entry('web:app.tagline', 'ት')}`,
        }),
      ),
    );
    expect(problems).toEqual([
      expect.stringContaining('(for ti: "Plural-Forms: nplurals=2; plural=(n > 1);")'),
    ]);
  });

  it('shows the web app in English where it has nothing, else in Finnish', () => {
    const { 'status.title': _, ...english } = en;
    const filled = withFallbacks({ 'app.tagline': 'دەنگی هاوبەش' }, english as typeof en, fi);
    expect(filled['app.tagline']).toBe('دەنگی هاوبەش');
    expect(filled['nav.home']).toBe('Home');
    expect(filled['status.title']).toBe(fi['status.title']);
    expect(Object.keys(filled).sort()).toEqual(Object.keys(fi).sort());
  });
});
