import { deleteDigestEntries } from '#shared/alerts/digest-store.ts';
import {
  auditItem,
  listActionsOf,
  listScopeEntries,
  rewriteAuditEntry,
  type StoredAuditEntry,
} from '#shared/audit/audit-store.ts';
import type { Caller } from '#shared/auth/access.ts';
import { eraseOfficer } from '#shared/bodies/body-store.ts';
import { Conflict } from '#shared/errors.ts';
import { eraseRegistrationsOf } from '#shared/meetings/cancel-registration.ts';
import { eraseFromApplication } from '#shared/membership/application-store.ts';
import { eraseRepresentative, getOrganisation } from '#shared/membership/organisation-store.ts';
import { eraseRemovalResponder } from '#shared/membership/removal-store.ts';
import { erasePeerRequestsOf } from '#shared/peers/erase-peer-requests.ts';
import { erasePeerLeader, eraseProposalsOf } from '#shared/peers/peer-store.ts';
import type { Store } from '#shared/store/client.ts';
import { eraseOfficerDeliveries } from '#shared/submissions/submission-store.ts';
import { deleteSubscription, listSubscriptions } from '#shared/subscriptions/subscription-store.ts';
import { eraseTranslator } from '#shared/translations/translator-store.ts';
import { ERASED } from './person.ts';
import {
  beginErasure,
  deleteSessions,
  eraseCoordinator,
  erasingPerson,
  finishProfileErasure,
  pendingErasures,
  readPersonPartition,
} from './person-store.ts';

/**
 * Deletes a person's account, whatever its size: their address, name, roles and sessions go, and
 * the address is taken out of everything that recorded it; the profile stays as an anonymous
 * tombstone so what they did for an organisation stays attributed to the organisation.
 * A sole representative of a member organisation must first name another.
 *
 * One transaction of three items first makes the account unusable (no session of it is accepted,
 * the address signs in no one) and queues the rest, which `finishErasure` does in small steps that
 * can all be done again: if it stops half-way, `finishPendingErasures` completes it.
 */
export async function deleteAccount(store: Store, caller: Caller, now: Date): Promise<void> {
  const partition = await readPersonPartition(store, caller.personId);
  const organisations = await Promise.all(partition.organisations.map((id) => getOrganisation(store, id)));
  const sole = organisations.find((org) => org && org.status === 'member' && org.representativeCount <= 1);
  if (sole)
    throw new Conflict(
      `You are the only representative of ${sole.name}: name another representative first.`,
      'last_representative',
    );
  await beginErasure(
    store,
    caller,
    auditItem(
      {
        actor: { personId: caller.personId },
        action: 'person.deleted',
        before: { roles: partition.organisations.length + partition.bodies.length },
      },
      now,
    ),
    now,
  );
  await finishErasure(store, caller.personId);
}

/** Finishes every erasure a failure left half-done; one that fails again does not hold up the others. */
export async function finishPendingErasures(store: Store): Promise<number> {
  const pending = await pendingErasures(store);
  const failures: unknown[] = [];
  for (const personId of pending) {
    try {
      await finishErasure(store, personId);
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, `${failures.length} erasures failed again`);
  return pending.length;
}

/** The value with the address (anywhere in a text) and the name (a whole text) replaced. */
function scrubbed(value: unknown, email: string, name: string | undefined): unknown {
  if (typeof value === 'string') return value === name ? ERASED : value.replaceAll(email, ERASED);
  if (Array.isArray(value)) return value.map((v) => scrubbed(v, email, name));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubbed(v, email, name)]));
  return value;
}

async function scrubEntries(
  store: Store,
  entries: StoredAuditEntry[],
  person: { personId: string; email: string; name: string | undefined },
) {
  for (const entry of entries) {
    const actor =
      entry.actor !== 'system' && entry.actor.personId === person.personId
        ? { personId: person.personId }
        : entry.actor;
    const changes = {
      actor,
      before: scrubbed(entry.before, person.email, person.name),
      after: scrubbed(entry.after, person.email, person.name),
    };
    const unchanged =
      JSON.stringify([entry.actor, entry.before, entry.after]) ===
      JSON.stringify([changes.actor, changes.before, changes.after]);
    if (!unchanged) await rewriteAuditEntry(store, entry, changes);
  }
}

/**
 * Everything after the first step, in an order a rerun can follow: what is found through the
 * person's roles is erased before the roles go, and the address leaves the tombstone last.
 */
async function finishErasure(store: Store, personId: string): Promise<void> {
  const person = await erasingPerson(store, personId);
  if (!person) return;
  const { email } = person;
  const partition = await readPersonPartition(store, personId);
  const actions = await listActionsOf(store, personId);

  for (const organisationId of partition.organisations) {
    for (const s of await listSubscriptions(store, organisationId))
      if (s.email === email) await deleteSubscription(store, s);
    await eraseFromApplication(store, organisationId, email);
    await scrubEntries(store, await listScopeEntries(store, { organisationId }), person);
  }
  for (const bodyId of partition.bodies) {
    await eraseOfficerDeliveries(store, bodyId, personId, email);
    await scrubEntries(store, await listScopeEntries(store, { bodyId }), person);
  }
  if (partition.coordinator) await scrubEntries(store, await listScopeEntries(store, 'network'), person);
  for (const entry of actions) {
    if (entry.action === 'application.approved' && entry.organisationId)
      await eraseFromApplication(store, entry.organisationId, email);
    const rejected = entry.before as { applicationId?: unknown } | undefined;
    if (entry.action === 'application.rejected' && typeof rejected?.applicationId === 'string')
      await eraseFromApplication(store, rejected.applicationId, email);
    if (entry.action === 'removal.responded' && entry.organisationId)
      await eraseRemovalResponder(store, entry.organisationId, email);
  }
  await scrubEntries(store, actions, person);
  await deleteDigestEntries(store, email);
  await eraseRegistrationsOf(store, email, new Date());
  await erasePeerRequestsOf(store, personId);
  await eraseProposalsOf(store, email);

  await deleteSessions(store, personId, [...partition.sessions.keys()]);
  for (const organisationId of partition.organisations)
    await eraseRepresentative(store, organisationId, personId);
  for (const bodyId of partition.bodies) await eraseOfficer(store, bodyId, personId);
  if (partition.coordinator) await eraseCoordinator(store, personId);
  if (partition.peerLeader) await erasePeerLeader(store, personId);
  if (partition.translatorLanguages.length > 0) await eraseTranslator(store, personId);
  await finishProfileErasure(store, personId);
}
