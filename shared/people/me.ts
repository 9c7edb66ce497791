import type { Caller } from '#shared/auth/access.ts';
import { bodyName } from '#shared/bodies/body.ts';
import { getBody } from '#shared/bodies/body-store.ts';
import { isLanguage } from '#shared/i18n/languages.ts';
import { getOrganisation } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';

/** The signed-in person as the web app shows them: roles with the names of what they act for. */
export async function meOf(store: Store, caller: Caller) {
  const language = isLanguage(caller.language) ? caller.language : 'fi';
  const organisations = await Promise.all(caller.organisations.map((id) => getOrganisation(store, id)));
  const bodies = await Promise.all(caller.bodies.map((id) => getBody(store, id)));
  return {
    personId: caller.personId,
    email: caller.email,
    name: caller.name,
    language,
    coordinator: caller.coordinator,
    organisations: organisations.flatMap((org) =>
      org ? [{ id: org.id, name: org.name, status: org.status }] : [],
    ),
    bodies: bodies.flatMap((body) => (body ? [{ id: body.id, name: bodyName(body, language) }] : [])),
    peerLeader: caller.peerLeader,
    translatorLanguages: caller.translatorLanguages,
  };
}
