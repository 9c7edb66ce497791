/** The languages of the UI and of emails, in the order the switcher shows them. */
export const languages = [
  { code: 'fi', name: 'Suomi', dir: 'ltr' },
  { code: 'sv', name: 'Svenska', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
  { code: 'uk', name: 'Українська', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'so', name: 'Soomaali', dir: 'ltr' },
  { code: 'fa', name: 'فارسی', dir: 'rtl' },
] as const;

export type Language = (typeof languages)[number]['code'];
export const languageCodes = languages.map((l) => l.code) as [Language, ...Language[]];
export const defaultLanguage: Language = 'fi';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languageCodes as string[]).includes(value);

export const directionOf = (language: Language) => languages.find((l) => l.code === language)?.dir ?? 'ltr';

/** Dates are shown in Finnish local time, wherever the reader is. */
export const timeZone = 'Europe/Helsinki';
