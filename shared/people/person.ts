import { isLanguage, type Language } from '#shared/i18n/languages.ts';
import { KEY } from '#shared/store/table.ts';

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

export const personPartition = (personId: string) => `PERSON#${personId}`;
export const personKey = (personId: string) => ({ [KEY.pk]: personPartition(personId), [KEY.sk]: 'PROFILE' });
/** Makes an address belong to one person: written with the profile, conditional on not existing. */
export const emailKey = (email: string) => ({ [KEY.pk]: `EMAIL#${email}`, [KEY.sk]: 'PERSON' });
export const sessionKeyOf = (personId: string, sessionId: string) => ({
  [KEY.pk]: personPartition(personId),
  [KEY.sk]: `SESSION#${sessionId}`,
});
/** The coordinators, listed for the notices they receive. */
export const coordinatorListKey = (personId: string) => ({
  [KEY.pk]: 'COORDINATORS',
  [KEY.sk]: `PERSON#${personId}`,
});
export const coordinatorRoleKey = (personId: string) => ({
  [KEY.pk]: personPartition(personId),
  [KEY.sk]: 'ROLE#coordinator',
});

export function personFromItem(item: Record<string, unknown>): Person {
  return {
    id: String(item.id),
    email: String(item.email ?? ''),
    name: typeof item.name === 'string' ? item.name : undefined,
    language: isLanguage(item.language) ? item.language : 'fi',
    createdAt: String(item.createdAt),
  };
}
