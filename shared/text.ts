import * as z from 'zod/mini';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Plain text, or a small markdown subset the web app renders safely; never HTML. */
export const text = (max: number) =>
  z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(max, `At most ${max} characters.`),
    // A lone surrogate is not text: it could not be stored or mailed as it was sent.
    z.refine((value) => !loneSurrogate.test(value), {
      message: 'The text is not valid Unicode.',
      params: { code: 'format' },
    }),
    z.refine((value) => !/<\s*[a-z!/]/i.test(value), {
      message: 'HTML is not accepted; write plain text or simple markdown.',
      params: { code: 'noHtml' },
    }),
  );

/** A partial update (PATCH) must change something. */
export const someChange = [
  (changes: object) => Object.keys(changes).length > 0,
  { message: 'Send at least one field to change.', params: { code: 'nothingToChange' } },
] as const;

const MAX_URL = 2000;

export const httpUrl = z
  .url({ protocol: /^https?$/, error: 'Links must be http or https addresses.' })
  .check(z.maxLength(MAX_URL, `At most ${MAX_URL} characters.`));

/** Stored in UTC, so that deadlines compare as strings in queries: four-digit years only. */
export const isoDateTime = z
  .pipe(
    z.iso.datetime({ offset: true, error: 'A date and time such as 2026-12-31T16:00:00+02:00.' }),
    z.transform((value) => new Date(value).toISOString()),
  )
  .check(
    z.refine((value) => /^\d{4}-/.test(value), {
      message: 'A date and time with a four-digit year.',
      params: { code: 'dateTime' },
    }),
  );
