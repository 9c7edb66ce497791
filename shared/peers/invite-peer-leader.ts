import { actorOf } from '#shared/audit/audit.ts';
import type { Caller } from '#shared/auth/access.ts';
import { ensurePerson } from '#shared/people/person-store.ts';
import type { Store } from '#shared/store/client.ts';
import type { InvitationInput } from './invitation.ts';
import { putInvitation } from './peer-store.ts';

/**
 * The coordinator invites a person to the bank: the role, the list entry, the audit entry and the
 * invitation email in one transaction. Inviting someone invited already writes and mails nothing.
 */
export async function invitePeerLeader(
  store: Store,
  caller: Caller,
  input: InvitationInput,
  now: Date,
): Promise<{ personId: string; invited: boolean }> {
  const person = await ensurePerson(store, input.email, input.language, now);
  const invited = await putInvitation(store, person, input.name, actorOf(caller), now);
  return { personId: person.id, invited };
}
