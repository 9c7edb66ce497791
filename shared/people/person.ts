import { isLanguage, type Language } from '#shared/i18n/languages.ts';

export interface Person {
  id: string;
  email: string;
  name: string | undefined;
  language: Language;
  createdAt: string;
}

/** What stands where an erased person's name or address was recorded. */
export const ERASED = 'erased';
/** The same where the record must hold an address: one that can receive nothing (RFC 2606). */
export const ERASED_ADDRESS = 'erased@erased.invalid';

export function personFromItem(item: Record<string, unknown>): Person {
  return {
    id: String(item.id),
    email: String(item.email ?? ''),
    name: typeof item.name === 'string' ? item.name : undefined,
    language: isLanguage(item.language) ? item.language : 'fi',
    createdAt: String(item.createdAt),
  };
}
