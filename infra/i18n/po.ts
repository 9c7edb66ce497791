import type { GetTextTranslation, GetTextTranslations } from 'gettext-parser';
import { po } from 'gettext-parser';
import { placeholdersIn, pluralArguments } from '#shared/i18n/format.ts';
import { isLanguageCode } from '#shared/i18n/language-codes.ts';
import { cataloguedLanguages } from '#shared/i18n/languages.ts';
import { textDirection } from '#shared/translations/facts.ts';
import {
  type AddedLanguage,
  type Catalogues,
  type Changes,
  type Context,
  catalogued,
  isReviewed,
  teamLanguages,
} from './catalogues.ts';
import {
  type Expansion,
  expand,
  type PluralForms,
  pluralFormsFor,
  pluralFormsOf,
  rebuild,
  rulesOf,
} from './plurals.ts';

/** The template's name; each language's file is `<code>.po` beside it. */
export const TEMPLATE = 'kaiutin.pot';

const headerComment = `Kaiutin's interface: the web app's messages, the emails' and the ones both use.

msgctxt says where a message lives: web:<key>, common:<key>, mail:<group>:<key>.
msgid is the English text, not the Finnish source: more volunteer translators read English than
Finnish (the Finnish is in each message's comment). Keep every {placeholder} as it is; {count} in a
plural message is the number that chooses the form. "fuzzy" (needs review) marks a translation no
native speaker has reviewed: clear it when you have. Leave a message empty if you cannot translate
it; the interface shows it in English until someone does.
Made by npm run i18n:export; read back by npm run i18n:import (shared/i18n/README.md).`;

/** A message whose number chooses a form in some language: its argument and explicit values (`=0`). */
interface Plural {
  count: string;
  explicit: number[];
}

/** The plural argument of each message that has one in any of the eight (English's, else Finnish's…). */
function pluralsOf(catalogues: Catalogues): Map<Context, Plural> {
  const found = new Map<Context, Plural>();
  const order = ['en', 'fi', ...catalogued.filter((code) => !teamLanguages.includes(code))];
  for (const context of catalogues.contexts.keys()) {
    const argumentsOf = order.flatMap((code) =>
      pluralArguments(catalogues.texts.get(code)?.get(context) ?? ''),
    );
    const count = argumentsOf[0]?.name;
    if (count === undefined) continue;
    const explicit = argumentsOf
      .filter((a) => a.name === count)
      .flatMap((a) => Object.keys(a.forms).filter((form) => form.startsWith('=')))
      .map((form) => Number(form.slice(1)));
    found.set(context, { count, explicit: [...new Set(explicit)].sort((a, b) => a - b) });
  }
  return found;
}

/** An explicit value's own entry: `web:meeting.placesLeft|count=0`. */
const explicitContext = (context: Context, plural: Plural, value: number) =>
  `${context}|${plural.count}=${value}`;

const nameOf = (code: string) =>
  new Intl.DisplayNames([code], { type: 'language', fallback: 'code' }).of(code) ?? code;

export function languageOf(catalogues: Catalogues, code: string): AddedLanguage {
  const known = [...cataloguedLanguages, ...catalogues.added].find((l) => l.code === code);
  return known ?? { code, name: nameOf(code), dir: textDirection(code) };
}

function header(language: AddedLanguage | undefined, forms: PluralForms | undefined) {
  return {
    'Project-Id-Version': 'Kaiutin',
    'Language-Team': 'Kaiutin volunteers (see shared/i18n/README.md)',
    ...(language ? { Language: language.code } : {}),
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
    // The template's msgid and msgid_plural are English: its forms are English's.
    'Plural-Forms': (forms ?? pluralFormsFor('en')).header,
    ...(language ? { 'X-Language-Name': language.name, 'X-Text-Direction': language.dir } : {}),
  };
}

/** A PO file of a language (or, without one, the template): every message, the language's text in msgstr. */
export function buildPo(catalogues: Catalogues, code?: string): string {
  const english = catalogues.texts.get('en');
  const finnish = catalogues.texts.get('fi');
  const forms = code ? pluralFormsFor(code) : undefined;
  const englishForms = pluralFormsFor('en');
  const texts = code ? catalogues.texts.get(code) : undefined;
  const plurals = pluralsOf(catalogues);
  const translations: GetTextTranslations['translations'] = {
    '': { '': { msgid: '', msgstr: [''], comments: { translator: headerComment } } },
  };
  const add = (entry: GetTextTranslation) => {
    translations[entry.msgctxt ?? ''] = { [entry.msgid]: entry };
  };
  for (const context of catalogues.contexts.keys()) {
    const source = english?.get(context) ?? finnish?.get(context) ?? '';
    const text = texts?.get(context);
    const fuzzy = code !== undefined && text !== undefined && !isReviewed(catalogues, code, context);
    const comments = (extracted: string) => ({
      extracted,
      ...(fuzzy ? { flag: 'fuzzy' } : {}),
    });
    const finnishNote = `Finnish: ${finnish?.get(context) ?? ''}`;
    const plural = plurals.get(context);
    if (!plural) {
      add({ msgctxt: context, msgid: source, msgstr: [text ?? ''], comments: comments(finnishNote) });
      continue;
    }
    const sourceForms = expand('en', source, plural.count, englishForms, plural.explicit);
    const own =
      forms && text !== undefined
        ? expand(code ?? '', text, plural.count, forms, plural.explicit)
        : undefined;
    add({
      msgctxt: context,
      msgid: sourceForms.forms[0] ?? '',
      msgid_plural: sourceForms.forms[1] ?? sourceForms.forms[0] ?? '',
      msgstr: own?.forms ?? Array.from({ length: forms?.categories.length ?? 2 }, () => ''),
      comments: comments(`{${plural.count}} chooses the form.\n${finnishNote}`),
    });
    plural.explicit.forEach((value, i) => {
      add({
        msgctxt: explicitContext(context, plural, value),
        msgid: sourceForms.explicit[i] ?? '',
        msgstr: [own?.explicit[i] ?? ''],
        comments: comments(`When {${plural.count}} is ${value}.`),
      });
    });
  }
  const language = code ? languageOf(catalogues, code) : undefined;
  return (
    po
      .compile({ charset: 'UTF-8', headers: header(language, forms), translations }, { foldLength: 0 })
      .toString('utf8')
      // gettext-parser writes the charset in lower case; gettext's tools and the PO manual write UTF-8.
      .replace('charset=utf-8\\n', 'charset=UTF-8\\n')
  );
}

/** An import's problems, each saying the file, the line and the message. */
export class PoProblems extends Error {
  constructor(readonly problems: string[]) {
    super(`The PO files cannot be imported:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

const placeholders = (text: string) => new Set(placeholdersIn(text));

/** What is wrong with a message's braces: each `{` must open a placeholder or an ICU plural. */
function braceProblems(language: string, text: string): string[] {
  const problems: string[] = [];
  let rest = text;
  for (const argument of pluralArguments(text).reverse()) {
    const needed = rulesOf(language).resolvedOptions().pluralCategories;
    const missing = needed.filter((category) => argument.forms[category] === undefined);
    if (missing.length)
      problems.push(`broken plural: {${argument.name}, plural, …} lacks ${missing.join(', ')}`);
    rest = rest.slice(0, argument.start) + rest.slice(argument.end);
  }
  if (/[{}]/.test(rest.replace(/\{\w+\}/g, '')))
    problems.push(
      rest.includes(', plural,')
        ? 'malformed ICU plural: write {count, plural, one {…} other {…}}'
        : 'a brace that is not a {placeholder}',
    );
  return problems;
}

/** Missing and unknown placeholders of a text against the source's. */
function placeholderProblems(text: string, source: Set<string>, optional?: string): string[] {
  const own = placeholders(text);
  return [
    ...[...source]
      .filter((name) => name !== optional && !own.has(name))
      .map((name) => `missing placeholder {${name}}`),
    ...[...own].filter((name) => !source.has(name)).map((name) => `unknown placeholder {${name}}`),
  ];
}

interface Parsed {
  file: string;
  text: string;
  table: GetTextTranslations;
}

export function parsePo(file: string, text: string): Parsed {
  try {
    return { file, text, table: po.parse(text) };
  } catch (error) {
    throw new PoProblems([`${file}: not a PO file: ${(error as Error).message}`]);
  }
}

const lineOf = (parsed: Parsed, context: string) => {
  const at = parsed.text.indexOf(`msgctxt ${JSON.stringify(context)}`);
  return at < 0 ? '?' : String(parsed.text.slice(0, at).split('\n').length);
};

/**
 * What importing a language's PO file changes, or every problem it has: an unknown msgctxt, a
 * placeholder of the source missing or one it has not, a plural with the wrong number of forms (for
 * the header's Plural-Forms), a form missing, a malformed ICU plural.
 */
export function planImport(
  catalogues: Catalogues,
  parsed: Parsed,
  fileCode: string,
  changes: Changes,
): string[] {
  const problems: string[] = [];
  const where = (context: string) => `${parsed.file}:${lineOf(parsed, context)}: ${context}`;
  const code = parsed.table.headers.Language?.trim() ?? '';
  if (code !== fileCode) return [`${parsed.file}: the header's Language is "${code}", not ${fileCode}`];
  const isNew = !catalogued.includes(code) && !catalogues.added.some((l) => l.code === code);
  if (isNew && !isLanguageCode(code.split('-')[0] ?? ''))
    return [`${parsed.file}: ${code} is not an ISO 639 language code`];
  let forms: PluralForms;
  try {
    forms = pluralFormsOf(code, parsed.table.headers['Plural-Forms'] ?? '');
  } catch (error) {
    let suggestion = '';
    try {
      suggestion = ` (for ${code}: "Plural-Forms: ${pluralFormsFor(code).header}")`;
    } catch {}
    return [`${parsed.file}: header: ${(error as Error).message}${suggestion}`];
  }
  const plurals = pluralsOf(catalogues);
  const finnish = catalogues.texts.get('fi');
  const current = catalogues.texts.get(code) ?? new Map<Context, string>();
  const entries = new Map<string, GetTextTranslation>();
  for (const [context, byId] of Object.entries(parsed.table.translations)) {
    if (context === '') continue;
    const entry = Object.values(byId)[0];
    if (entry) entries.set(context, entry);
  }
  const known = new Set<string>();
  const texts = new Map<Context, string>();
  const reviewed = new Set<Context>();
  const unreviewed = new Set<Context>();
  for (const [context, entry] of entries) {
    if (!catalogues.contexts.has(context)) continue;
    known.add(context);
    const plural = plurals.get(context);
    const given = entry.msgstr;
    const source = placeholders(finnish?.get(context) ?? '');
    const fuzzy = (entry.comments?.flag ?? '').split(',').some((flag) => flag.trim() === 'fuzzy');
    let text: string | undefined;
    if (!plural) {
      if (entry.msgid_plural !== undefined) {
        problems.push(`${where(context)}: broken plural: the source has no plural forms here`);
        continue;
      }
      text = given[0] ?? '';
      if (text === '') text = undefined;
    } else {
      if (entry.msgid_plural === undefined) {
        problems.push(`${where(context)}: broken plural: the source has plural forms (msgid_plural) here`);
        continue;
      }
      if (given.length !== forms.categories.length) {
        problems.push(
          `${where(context)}: broken plural: ${given.length} forms, but the header's Plural-Forms has ${forms.categories.length}`,
        );
        continue;
      }
      const explicit = plural.explicit.map((value) => {
        const own = entries.get(explicitContext(context, plural, value));
        if (own) known.add(explicitContext(context, plural, value));
        return own?.msgstr[0] ?? '';
      });
      if (given.every((form) => form === '')) text = undefined;
      else {
        const empty = given.indexOf('');
        if (empty >= 0) {
          problems.push(
            `${where(context)}: broken plural: form msgstr[${empty}] (${forms.categories[empty]}) is empty`,
          );
          continue;
        }
        const formProblems = given.flatMap((form, i) =>
          [...braceProblems(code, form), ...placeholderProblems(form, source, plural.count)].map(
            (problem) => `msgstr[${i}]: ${problem}`,
          ),
        );
        if (formProblems.length) {
          problems.push(...formProblems.map((problem) => `${where(context)}: ${problem}`));
          continue;
        }
        // An explicit value left empty says what its category's form says.
        const ofCategory = (value: number) =>
          given[forms.categories.indexOf(rulesOf(code).select(value))] ?? '';
        const expansion: Expansion = {
          forms: given,
          explicit: explicit.map((own, i) => own || ofCategory(plural.explicit[i] ?? 0)),
        };
        const now = current.get(context);
        const same =
          now !== undefined &&
          JSON.stringify(expand(code, now, plural.count, forms, plural.explicit)) ===
            JSON.stringify(expansion);
        try {
          text = same ? now : rebuild(code, plural.count, forms, expansion, plural.explicit);
        } catch (error) {
          problems.push(`${where(context)}: broken plural: ${(error as Error).message}`);
          continue;
        }
      }
    }
    if (text === undefined) {
      if (catalogued.includes(code))
        problems.push(`${where(context)}: empty, but the ${code} catalogue is complete`);
      else if (current.has(context)) texts.set(context, '');
      if (!isReviewed(catalogues, code, context) || teamLanguages.includes(code)) continue;
      unreviewed.add(context);
      continue;
    }
    if (text !== current.get(context)) {
      const textProblems = [...braceProblems(code, text), ...placeholderProblems(text, source)];
      if (textProblems.length) {
        problems.push(...textProblems.map((problem) => `${where(context)}: ${problem}`));
        continue;
      }
      texts.set(context, text);
    }
    if (teamLanguages.includes(code)) continue;
    // Cleared fuzzy: reviewed (this text). Fuzzy: reviewed no more, if it was (this or an earlier text).
    const changed = text !== current.get(context);
    const wasReviewed = !changed && isReviewed(catalogues, code, context);
    if (!fuzzy && !wasReviewed) reviewed.add(context);
    if (fuzzy && (wasReviewed || (changed && catalogues.reviewed.get(code)?.[context])))
      unreviewed.add(context);
  }
  for (const context of entries.keys())
    if (!known.has(context))
      problems.push(`${where(context)}: unknown key: the source has no message ${context}`);
  if (problems.length) return problems;
  if (texts.size) changes.texts.set(code, texts);
  if (reviewed.size) changes.reviewed.set(code, reviewed);
  if (unreviewed.size) changes.unreviewed.set(code, unreviewed);
  if (isNew || catalogues.added.some((l) => l.code === code)) {
    const direction = parsed.table.headers['X-Text-Direction']?.trim();
    const language: AddedLanguage = {
      code,
      name: parsed.table.headers['X-Language-Name']?.trim() || nameOf(code),
      dir: direction === 'rtl' || direction === 'ltr' ? direction : textDirection(code),
    };
    const before = catalogues.added.find((l) => l.code === code);
    if (JSON.stringify(before) !== JSON.stringify(language)) changes.added.push(language);
  }
  return [];
}
