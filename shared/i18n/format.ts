import type { MessageKey, Messages } from './catalogue/fi.ts';
import { type Language, timeZone } from './languages.ts';

/** Interpolation and dates without the catalogues, so the web app loads only the reader's language. */
export type { MessageKey, Messages };

export type Params = Record<string, string | number>;
/** Fills the messages of a catalogue: by default the web app's; an email's are its groups' keys. */
export type Translate<Key extends string = MessageKey> = (key: Key, params?: Params) => string;

const PLURAL_FORM = String.raw`(=\d+|zero|one|two|few|many|other)\s*\{((?:[^{}]|\{\w+\})*)\}`;
/** ICU's plural argument, `{count, plural, one {# day} other {# days}}`; a form may hold `{placeholders}`. */
const plural = new RegExp(String.raw`\{(\w+), plural,((?:\s*${PLURAL_FORM})+)\s*\}`, 'g');
const pluralForm = new RegExp(PLURAL_FORM, 'g');

/** The names of the parameters a message uses: its placeholders and its plural arguments. */
export const placeholdersIn = (template: string): string[] => [
  ...new Set([...template.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1] ?? '')),
];

/** The plural arguments of a message, each with the forms it gives (`one`, `few`, `=0`…). */
export const pluralsIn = (template: string) =>
  pluralArguments(template).map(({ name, forms }) => ({ name, forms: Object.keys(forms) }));

/** Each plural argument of a message where it stands, with its forms' texts by form (`one`, `=0`…). */
export const pluralArguments = (template: string) =>
  [...template.matchAll(plural)].map((m) => ({
    name: m[1] ?? '',
    forms: Object.fromEntries([...(m[2] ?? '').matchAll(pluralForm)].map((f) => [f[1] ?? '', f[2] ?? ''])),
    start: m.index,
    end: m.index + m[0].length,
  }));

// Building an Intl formatter costs far more than using one, and pages fill hundreds of messages.
const numberFormats = new Map<Language, Intl.NumberFormat>();
const pluralRulesOf = new Map<Language, Intl.PluralRules>();
const numberFormat = (language: Language) => {
  if (!numberFormats.has(language)) numberFormats.set(language, new Intl.NumberFormat(language));
  return numberFormats.get(language) as Intl.NumberFormat;
};
const pluralRules = (language: Language) => {
  if (!pluralRulesOf.has(language)) pluralRulesOf.set(language, new Intl.PluralRules(language));
  return pluralRulesOf.get(language) as Intl.PluralRules;
};

/**
 * Fills a message in a language: the plural form that language's rules (`Intl.PluralRules`) choose
 * for the number, then each placeholder; numbers are written as the language writes them.
 */
export function formatMessage(language: Language, template: string, params: Params = {}): string {
  // Most messages have no placeholder at all.
  if (!template.includes('{')) return template;
  const numbers = numberFormat(language);
  const written = (value: string | number) => (typeof value === 'number' ? numbers.format(value) : value);
  return template
    .replace(plural, (whole, name: string, forms: string) => {
      // A count kept as text (a stored notice's parameters are strings) counts too.
      const value = Number(params[name] ?? Number.NaN);
      if (!Number.isFinite(value)) return whole;
      const chosen = Object.fromEntries([...forms.matchAll(pluralForm)].map((m) => [m[1], m[2]]));
      const form = chosen[`=${value}`] ?? chosen[pluralRules(language).select(value)] ?? chosen.other;
      return form === undefined ? whole : form.replaceAll('#', numbers.format(value));
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      return value === undefined ? whole : written(value);
    });
}

/** Looks a message up in the catalogue, then in the fallbacks in order (the last is complete). */
export function translateWith<Key extends string>(
  language: Language,
  catalogue: Partial<Record<Key, string>>,
  ...fallbacks: Partial<Record<Key, string>>[]
): Translate<Key> {
  return (key, params) =>
    formatMessage(
      language,
      catalogue[key] ?? fallbacks.find((f) => f[key] !== undefined)?.[key] ?? key,
      params,
    );
}

export function formatDateTime(
  language: Language,
  date: Date,
  style: 'date' | 'dateTime' = 'dateTime',
): string {
  return new Intl.DateTimeFormat(language, {
    timeZone,
    dateStyle: 'long',
    ...(style === 'dateTime' ? { timeStyle: 'short' } : {}),
  }).format(date);
}
