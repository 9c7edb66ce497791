import { createHash } from 'node:crypto';
import type { Statement } from './statement.ts';

/** The exact text, in a canonical form: the same text always gives the same hash. */
export function contentHash(s: Pick<Statement, 'title' | 'body' | 'language' | 'translation'>): string {
  const canonical = JSON.stringify([
    s.language,
    s.title,
    s.body,
    s.translation ? [s.translation.language, s.translation.title, s.translation.body] : null,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
