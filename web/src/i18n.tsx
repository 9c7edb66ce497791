import type { ComponentChild, ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import {
  formatDateTime,
  type MessageKey,
  type Messages,
  type Translate,
  translateWith,
} from '#shared/i18n/format.ts';
import {
  defaultLanguage,
  directionOf,
  isLanguage,
  type Language,
  languages,
} from '#shared/i18n/languages.ts';

const STORAGE_KEY = 'kaiutin.language';

/** The language chosen on this device with the switcher, if any. */
export function chosenLanguage(): Language | undefined {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : undefined;
}

/**
 * The choice made on this device, else the browser's first supported language, else Finnish. A
 * signed-in person's preference replaces the browser's guess once the session is known.
 */
export function initialLanguage(): Language {
  const chosen = chosenLanguage();
  if (chosen) return chosen;
  for (const tag of navigator.languages ?? []) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return defaultLanguage;
}

/**
 * Each catalogue is its own file, loaded when its language is chosen: a reader downloads one
 * language, not eight. The eight catalogues are complete (their types say so), so none needs a
 * fallback; a language added from a PO file (shared/i18n/added/) may not be, and is filled in.
 */
const loaders: Record<Language, () => Promise<Messages>> = {
  fi: () => import('#shared/i18n/catalogue/fi.ts').then((m) => m.fi),
  sv: () => import('#shared/i18n/catalogue/sv.ts').then((m) => m.sv),
  en: () => import('#shared/i18n/catalogue/en.ts').then((m) => m.en),
  ru: () => import('#shared/i18n/catalogue/ru.ts').then((m) => m.ru),
  uk: () => import('#shared/i18n/catalogue/uk.ts').then((m) => m.uk),
  ar: () => import('#shared/i18n/catalogue/ar.ts').then((m) => m.ar),
  so: () => import('#shared/i18n/catalogue/so.ts').then((m) => m.so),
  fa: () => import('#shared/i18n/catalogue/fa.ts').then((m) => m.fa),
};

/** An incomplete catalogue completed message by message: in English where it has nothing, else Finnish. */
export const withFallbacks = (own: Partial<Messages>, english: Messages, finnish: Messages): Messages => ({
  ...finnish,
  ...english,
  ...own,
});

/** A language added from a PO file: its messages so far (web and common), the rest filled in. */
const loadAdded = (language: string): Promise<Messages> =>
  Promise.all([
    import(`../../shared/i18n/added/${language}.json`).then((m): Partial<Messages> => m.default),
    loaders.en(),
    loaders.fi(),
  ]).then(([own, english, finnish]) => withFallbacks(own, english, finnish));

export const loadCatalogue = (language: Language): Promise<Messages> =>
  Object.hasOwn(loaders, language) ? loaders[language]() : loadAdded(language);

export interface LoadedLanguage {
  language: Language;
  catalogue: Messages;
}

interface I18n {
  language: Language;
  /** Shows the language without remembering it (a signed-in person's preference, say). */
  showLanguage(language: Language): void;
  /** The reader's own choice: shown, and remembered on this device. */
  chooseLanguage(language: Language): void;
  t: Translate;
  /** A message whose placeholders are elements, e.g. a name wrapped in `<bdi>`. */
  rich(key: MessageKey, params: Record<string, ComponentChild>): ComponentChild[];
  /** Whether a key built at run time (from an audit action, say) exists. */
  has(key: string): key is MessageKey;
  /** A moment in Helsinki time; `date` leaves the time out (a decision date, say). */
  formatDate(date: Date | string, style?: 'date' | 'dateTime'): string;
  /** A number as the UI language writes it (digits, grouping; a unit such as minutes, in words). */
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  /** A language code (fi, so, ar…) as its name in the UI language. */
  languageName(code: string): string;
}

const I18nContext = createContext<I18n | null>(null);

/** Starts in a language whose catalogue is already loaded, so the first paint is in it. */
export function I18nProvider({
  initial,
  children,
}: {
  initial: LoadedLanguage;
  children: ComponentChildren;
}) {
  const [{ language, catalogue }, setLoaded] = useState<LoadedLanguage>(initial);
  const showLanguage = (next: Language) => {
    loadCatalogue(next).then(
      (loaded) => setLoaded({ language: next, catalogue: loaded }),
      // Offline or a stale deployment: stay in the language already shown.
      () => undefined,
    );
  };
  const chooseLanguage = (next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    showLanguage(next);
  };
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
  }, [language]);
  const value = useMemo<I18n>(() => {
    const t = translateWith(language, catalogue);
    const names = new Intl.DisplayNames([language], { type: 'language', fallback: 'code' });
    return {
      language,
      showLanguage,
      chooseLanguage,
      t,
      rich: (key, params) => {
        // Numbers and text fill in (and choose plural forms) first; elements go in between the parts.
        const plain = Object.fromEntries(
          Object.entries(params).filter((entry): entry is [string, string | number] =>
            ['string', 'number'].includes(typeof entry[1]),
          ),
        );
        return t(key, plain)
          .split(/\{(\w+)\}/)
          .map((part, i) => (i % 2 === 1 ? (params[part] ?? `{${part}}`) : part));
      },
      has: (key): key is MessageKey => Object.hasOwn(catalogue, key),
      formatDate: (date, style) => formatDateTime(language, new Date(date), style),
      formatNumber: (value, options) => new Intl.NumberFormat(language, options).format(value),
      languageName: (code) => {
        try {
          return names.of(code) ?? code;
        } catch {
          return code;
        }
      },
    };
  }, [language, catalogue]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}

export { languages };
