import added from './added/languages.json' with { type: 'json' };

/**
 * The eight languages whose catalogues are typed and complete (catalogue/, mail/, common/), in the
 * order the switcher shows them.
 */
export const cataloguedLanguages = [
  { code: 'fi', name: 'Suomi', dir: 'ltr' },
  { code: 'sv', name: 'Svenska', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
  { code: 'uk', name: 'Українська', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'so', name: 'Soomaali', dir: 'ltr' },
  { code: 'fa', name: 'فارسی', dir: 'rtl' },
] as const;

export type Language = (typeof cataloguedLanguages)[number]['code'];

export interface OfferedLanguage {
  code: Language;
  name: string;
  dir: 'ltr' | 'rtl';
}

/**
 * The languages of the UI and of emails: the eight, then those a volunteer added from a PO file
 * (`npm run i18n:import` writes added/languages.json; see README.md). An added language's catalogue
 * may be incomplete: its code is a `Language` at run time, but nothing is written for it in a
 * `Record<Language, …>` of the eight, so whatever holds something per language falls back (to
 * English, then Finnish) where the added language has nothing, as the web loader and the emails'
 * translator do.
 */
export const languages: readonly OfferedLanguage[] = [
  ...cataloguedLanguages,
  ...(added as { code: string; name: string; dir: 'ltr' | 'rtl' }[] as OfferedLanguage[]),
];
export const languageCodes = languages.map((l) => l.code) as [Language, ...Language[]];
export const defaultLanguage: Language = 'fi';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languageCodes as string[]).includes(value);

/** Whether a language's catalogue is one of the eight typed, complete ones. */
export const isCatalogued = (language: string) => cataloguedLanguages.some((l) => l.code === language);

export const directionOf = (language: Language) => languages.find((l) => l.code === language)?.dir ?? 'ltr';

/** Dates are shown in Finnish local time, wherever the reader is. */
export const timeZone = 'Europe/Helsinki';
