/** The surveys' scale and limits, without the schema library, so the web app can import them. */

/** A rating from 1 (poor) to 5 (excellent), the scale of both surveys. */
export const ratings = [1, 2, 3, 4, 5] as const;

/** The longest free text an answer may carry: a few paragraphs. */
export const ANSWER_TEXT_LIMIT = 2000;
