import * as z from 'zod/mini';
import { Conflict } from '#shared/errors.ts';
import { stored } from '#shared/store/stored-schema.ts';
import { someChange } from '#shared/text.ts';
import { application, applicationInput } from './application.ts';
import { isListed } from './facts.ts';

/**
 * A tray partner is an organisation outside the network the coordinator invited to the integration
 * tray: listed there, with representatives who keep its profile and activities, but not a member
 * (it signs nothing, hosts nothing, gets no members' mail and is not in the member directory).
 */
export const organisationStatus = z.enum(['member', 'resigned', 'removed', 'partner']);
export type OrganisationStatus = z.output<typeof organisationStatus>;

/** What the public directory shows of a member organisation. */
export const organisation = z.extend(
  z.pick(application, {
    businessId: true,
    municipalities: true,
    languages: true,
    topics: true,
    description: true,
  }),
  {
    id: z.string(),
    name: z.string(),
    status: organisationStatus,
    joinedAt: z.string(),
    leftAt: z.optional(z.string()),
    representativeCount: z.int(),
  },
);
export type Organisation = z.output<typeof organisation>;
/** How a stored organisation is read: its shape without today's input rules. */
export const storedOrganisation = stored(organisation);

/** What its representatives (or the coordinator) may change. */
export const organisationChanges = z
  .partial(
    z.extend(
      z.pick(applicationInput, { municipalities: true, languages: true, topics: true, description: true }),
      {
        name: applicationInput.shape.organisationName,
      },
    ),
  )
  .check(z.refine(...someChange));
export type OrganisationChanges = z.output<typeof organisationChanges>;

export function assertMember(org: Organisation, action: string) {
  if (org.status !== 'member') {
    throw new Conflict(
      `${org.name} is no longer a member (${org.status}); it cannot ${action}.`,
      'not_a_member',
    );
  }
}

/** A member or a tray partner: it keeps its profile, representatives, tray activities and materials. */
export function assertListed(org: Organisation, action: string) {
  if (!isListed(org)) {
    throw new Conflict(
      `${org.name} is no longer a member (${org.status}); it cannot ${action}.`,
      'not_a_member',
    );
  }
}

export const removalGrounds = ['unreachable', 'criteria', 'hinders'] as const;
export const removalGround = z.enum(removalGrounds);

export const DEFAULT_HEARING_DAYS = 14;

export const removalInput = z.object({
  ground: removalGround,
  explanation: z.string().check(z.trim(), z.minLength(1), z.maxLength(4000)),
  hearingDays: z._default(z.int().check(z.gte(7), z.lte(60)), DEFAULT_HEARING_DAYS),
});

export const removalResponseInput = z.object({
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(8000)),
});

export const removalDecisionInput = z.object({
  outcome: z.enum(['removed', 'kept']),
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(4000)),
});

/** A removal under way: the hearing (a chance to explain, with a deadline), then the decision. */
export const removal = z.object({
  id: z.string(),
  ground: removalGround,
  explanation: z.string(),
  openedAt: z.string(),
  deadline: z.string(),
  response: z.optional(z.object({ text: z.string(), at: z.string(), byEmail: z.string() })),
  decision: z.optional(
    z.object({ outcome: z.enum(['removed', 'kept']), reason: z.string(), at: z.string() }),
  ),
});
export type Removal = z.output<typeof removal>;
/** How a stored removal is read: its shape without today's input rules. */
export const storedRemoval = stored(removal);

export function hearingDeadline(openedAt: Date, days: number): Date {
  return new Date(openedAt.getTime() + days * 86_400_000);
}

/** The coordinator may decide only after the organisation has explained or its deadline has passed. */
export function assertRemovalDecidable(removal: Removal, now: Date) {
  if (removal.decision) throw new Conflict('This removal has already been decided.', 'already_decided');
  if (!removal.response && now < new Date(removal.deadline)) {
    throw new Conflict(
      `The organisation has until ${removal.deadline} to explain; decide after it responds or the deadline passes.`,
      'hearing_open',
    );
  }
}

export function assertRemovalOpenable(current: Removal | undefined) {
  if (current && !current.decision)
    throw new Conflict('A removal hearing is already open for this organisation.', 'hearing_open');
}

export function assertRespondable(removal: Removal | undefined, now: Date) {
  if (!removal || removal.decision)
    throw new Conflict('There is no open removal hearing to respond to.', 'no_hearing');
  if (now >= new Date(removal.deadline))
    throw new Conflict('The deadline to respond has passed.', 'deadline_passed');
}
