import { ar } from './catalogue/ar.ts';
import { en } from './catalogue/en.ts';
import { fa } from './catalogue/fa.ts';
import { fi, type MessageKey, type Messages } from './catalogue/fi.ts';
import { ru } from './catalogue/ru.ts';
import { so } from './catalogue/so.ts';
import { sv } from './catalogue/sv.ts';
import { uk } from './catalogue/uk.ts';
import { type Language, timeZone } from './languages.ts';

export type { MessageKey };

/** Every catalogue is complete for the keys that exist (the type says so); the fallback covers a key added before its translations. */
const catalogues: Record<Language, Partial<Messages>> = { fi, sv, en, ru, uk, ar, so, fa };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const interpolate = (template: string, params: Params = {}) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

export const catalogueOf = (language: Language): Partial<Messages> => catalogues[language];

/** Looks a message up in the catalogue, then English, then Finnish (the source, always complete). */
export function translatorFor(catalogue: Partial<Messages>): Translate {
  return (key, params) => interpolate(catalogue[key] ?? en[key] ?? fi[key], params);
}

export const translator = (language: Language): Translate => translatorFor(catalogues[language]);

/** The names of the parameters a message uses, in a language. */
export const placeholdersOf = (language: Language, key: MessageKey): string[] =>
  [...(catalogues[language][key] ?? en[key] ?? fi[key]).matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');

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
