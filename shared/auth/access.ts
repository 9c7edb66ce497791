import { Forbidden, Unauthorized } from '#shared/errors.ts';

/** Who is calling: a signed-in person with the roles the table records for them. */
export interface Caller {
  personId: string;
  email: string;
  name: string | undefined;
  language: string;
  coordinator: boolean;
  /** Organisations the person represents (whatever their membership status). */
  organisations: string[];
  /** Bodies the person is an officer of. */
  bodies: string[];
  /** Invited to the peer-leader bank (a profile exists only with their consent). */
  peerLeader: boolean;
  /** The languages the person translates into (ISO 639 codes); none without the translator role. */
  translatorLanguages: string[];
}

/**
 * Who may call a route. Path parameters name the organisation or body the caller must act for;
 * `orCoordinator` lets the network's coordinator act too.
 */
export type Access =
  | 'public'
  /** Public, but a signed-in caller is recognised (to show them more, such as their drafts). */
  | 'anyone'
  | 'signedIn'
  | 'coordinator'
  | { representativeOf: string; orCoordinator?: boolean }
  | { officerOf: string; orCoordinator?: boolean };

/** Throws 401 without a session and 403 without the role; returns the caller otherwise. */
export function authorize(
  access: Access,
  caller: Caller | undefined,
  params: Record<string, string | undefined>,
): void {
  if (access === 'public' || access === 'anyone') return;
  if (!caller) throw new Unauthorized();
  if (access === 'signedIn') return;
  if (caller.coordinator && (access === 'coordinator' || access.orCoordinator)) return;
  if (access === 'coordinator') throw new Forbidden('Only the network coordinator may do this.');
  if ('representativeOf' in access) {
    const organisationId = params[access.representativeOf];
    if (organisationId && caller.organisations.includes(organisationId)) return;
    throw new Forbidden('You do not represent this organisation.');
  }
  const bodyId = params[access.officerOf];
  if (bodyId && caller.bodies.includes(bodyId)) return;
  throw new Forbidden('You are not an officer of this body.');
}
