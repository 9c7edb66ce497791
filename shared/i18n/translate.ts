import { ar } from './catalogue/ar.ts';
import { en } from './catalogue/en.ts';
import { fi, type MessageKey, type Messages } from './catalogue/fi.ts';
import { sv } from './catalogue/sv.ts';
import { type Language, timeZone } from './languages.ts';

export type { MessageKey };

const catalogues: Record<Language, Partial<Messages>> = { fi, en, sv, ar, ru: {}, uk: {}, so: {}, fa: {} };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const interpolate = (template: string, params: Params = {}) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/** Looks a message up in the language, then English, then Finnish (the source, always complete). */
export function translator(language: Language): Translate {
  const catalogue = catalogues[language];
  return (key, params) => interpolate(catalogue[key] ?? en[key] ?? fi[key], params);
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
