import type { OrganisationStatus } from './organisation.ts';

/* Membership rules without zod: the web app imports them too. */

/** The statuses of the organisations the tray lists: the network's members and the tray partners. */
export const listedStatuses = ['member', 'partner'] as const satisfies readonly OrganisationStatus[];

/** A member or a tray partner: it keeps its profile, representatives, tray activities and materials. */
export const isListed = (org: { status: string }) =>
  (listedStatuses as readonly string[]).includes(org.status);
