import { randomUUID } from 'node:crypto';
import { actorOf } from '#shared/audit/audit.ts';
import { auditItem } from '#shared/audit/audit-store.ts';
import type { Caller } from '#shared/auth/access.ts';
import { BadRequest, Forbidden, ValidationFailed } from '#shared/errors.ts';
import { assertMember } from '#shared/membership/organisation.ts';
import { getOrganisation } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import { putItem, transact } from '#shared/store/transactions.ts';
import { checkTimes, type Meeting, type MeetingInput, mayManage } from './meeting.ts';
import { getSeries, meetingCreation } from './meeting-store.ts';
import { type MeetingView, viewOf } from './read-meetings.ts';

/** The host organisation, which must be a member, with its name. */
export async function memberHost(store: Store, organisationId: string) {
  const host = await getOrganisation(store, organisationId);
  if (!host)
    throw new ValidationFailed([
      {
        field: 'hostOrganisationId',
        message: 'Only a member organisation hosts a meeting.',
        code: 'notMember',
      },
    ]);
  assertMember(host, 'host a meeting');
  return host;
}

/**
 * A representative of the host, or the coordinator, drafts a meeting of a series; nobody else sees
 * it until it is published.
 */
export async function draftMeeting(
  store: Store,
  caller: Caller,
  input: MeetingInput,
  now: Date,
): Promise<MeetingView> {
  if (!mayManage(input, caller))
    throw new Forbidden("Only the host's representatives or the coordinator draft its meetings.");
  const [series, host] = await Promise.all([
    getSeries(store, input.seriesId),
    memberHost(store, input.hostOrganisationId),
  ]);
  if (!series) throw new BadRequest('There is no such meeting series.', 'unknown_series');
  checkTimes(input);
  const at = now.toISOString();
  const created: Meeting = {
    ...input,
    id: randomUUID(),
    hostOrganisationName: host.name,
    status: 'draft',
    createdBy: caller.personId,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await transact(store, [
    ...meetingCreation(created),
    putItem(auditItem({ actor: actorOf(caller), action: 'meeting.drafted', after: created }, now)),
  ]);
  return viewOf(created, series.name, undefined, caller);
}
