import type { MessageKey, Messages } from './catalogue/fi.ts';
import { type Language, timeZone } from './languages.ts';

/** Interpolation and dates without the catalogues, so the web app loads only the reader's language. */
export type { MessageKey, Messages };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const interpolate = (template: string, params: Params = {}) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/** Looks a message up in the catalogue, then in the fallbacks in order (the last is complete). */
export function translateWith(catalogue: Partial<Messages>, ...fallbacks: Partial<Messages>[]): Translate {
  return (key, params) =>
    interpolate(catalogue[key] ?? fallbacks.find((f) => f[key] !== undefined)?.[key] ?? key, params);
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
