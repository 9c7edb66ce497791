import { ar } from './catalogue/ar.ts';
import { en } from './catalogue/en.ts';
import { fa } from './catalogue/fa.ts';
import { fi, type MessageKey, type Messages } from './catalogue/fi.ts';
import { ru } from './catalogue/ru.ts';
import { so } from './catalogue/so.ts';
import { sv } from './catalogue/sv.ts';
import { uk } from './catalogue/uk.ts';
import { placeholdersIn, type Translate, translateWith } from './format.ts';
import type { Language } from './languages.ts';

export { formatDateTime, type MessageKey, type Params, type Translate } from './format.ts';

/** Every catalogue is complete for the keys that exist (the type says so); the fallback covers a key added before its translations. */
const catalogues: Record<Language, Partial<Messages>> = { fi, sv, en, ru, uk, ar, so, fa };

export const catalogueOf = (language: Language): Partial<Messages> => catalogues[language];

/** Looks a message up in the catalogue, then English, then Finnish (the source, always complete). */
export const translatorFor = (language: Language, catalogue: Partial<Messages>): Translate =>
  translateWith(language, catalogue, en, fi);

export const translator = (language: Language): Translate => translatorFor(language, catalogues[language]);

/** The names of the parameters a message uses, in a language. */
export const placeholdersOf = (language: Language, key: MessageKey): string[] =>
  placeholdersIn(catalogues[language][key] ?? en[key] ?? fi[key]);
