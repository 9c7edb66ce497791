import { iso6393, iso6393To1 } from 'iso-639-3';
import * as z from 'zod/mini';

/**
 * Any ISO 639 language, not only the interface's eight: a peer leader or an activity may work in
 * Tigrinya, Dari or Sorani. The two-letter ISO 639-1 code where there is one (`so`, `ar`), else
 * the three-letter ISO 639-3 code (`prs`, `ckb`), as BCP 47 prefers; both forms are accepted and
 * the three-letter form of a language with a two-letter one is stored as the two-letter one.
 */
const twoLetterOf = iso6393To1 as Record<string, string>;
const known = new Set([...iso6393.map((language) => language.iso6393), ...Object.values(twoLetterOf)]);

export const isLanguageCode = (code: string) => known.has(code);

export const canonicalLanguageCode = (code: string) => twoLetterOf[code] ?? code;

export const languageCode = z.pipe(
  z.string().check(
    z.trim(),
    z.toLowerCase(),
    z.refine(isLanguageCode, {
      message: 'Use an ISO 639 language code, such as so, ti or prs.',
      params: { code: 'languageCode' },
    }),
  ),
  z.transform(canonicalLanguageCode),
);
