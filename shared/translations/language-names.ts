const namers = new Map<string, Intl.DisplayNames>();

/** A language's name in the reader's language ("arabia" for `ar` in Finnish), or its code when Intl has none. */
export function languageName(code: string, readerLanguage: string): string {
  try {
    if (!namers.has(readerLanguage))
      namers.set(readerLanguage, new Intl.DisplayNames([readerLanguage, 'en'], { type: 'language' }));
    return namers.get(readerLanguage)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Languages' names in the reader's language, as one list ("arabia, somali"). */
export const languageList = (codes: string[], readerLanguage: string) =>
  new Intl.ListFormat(readerLanguage, { type: 'unit' }).format(
    codes.map((c) => languageName(c, readerLanguage)),
  );
