import type * as z from 'zod/mini';
import type { Caller } from '#shared/auth/access.ts';
import { textFor } from '#shared/consultations/consultation.ts';
import { getConsultation } from '#shared/consultations/consultation-store.ts';
import { Conflict } from '#shared/errors.ts';
import { noticeItems } from '#shared/mail/notices.ts';
import type { Store } from '#shared/store/client.ts';
import { countAgainstLimits } from '#shared/store/rate-limit.ts';
import { putItem, transact } from '#shared/store/transactions.ts';
import { ledStatement } from './read-statement.ts';
import type { invitationInput } from './statement.ts';

export type InvitationInput = z.output<typeof invitationInput>;

const INVITATIONS_PER_DAY = 10;
/** Addresses invited a day: by one organisation, whatever the statement, and by one representative. */
const INVITED_PER_ORGANISATION_PER_DAY = 50;
const INVITED_PER_PERSON_PER_DAY = 30;
const DAY_SECONDS = 86_400;

/** The lead invites organisations by email to co-sign an open statement, within daily limits. */
export async function inviteCosigners(
  store: Store,
  caller: Caller,
  id: string,
  invitation: InvitationInput,
  now: Date,
) {
  const s = await ledStatement(store, id, caller, 'invite co-signers');
  if (s.status !== 'open')
    throw new Conflict('Invite organisations once the statement is open for co-signing.', 'not_open');
  const invited = invitation.emails.length;
  await countAgainstLimits(
    store,
    [
      { key: `invitations#${s.id}`, limit: INVITATIONS_PER_DAY, windowSeconds: DAY_SECONDS },
      {
        key: `invited-by-organisation#${s.leadOrganisationId}`,
        limit: INVITED_PER_ORGANISATION_PER_DAY,
        windowSeconds: DAY_SECONDS,
        amount: invited,
      },
      {
        key: `invited-by-person#${caller.personId}`,
        limit: INVITED_PER_PERSON_PER_DAY,
        windowSeconds: DAY_SECONDS,
        amount: invited,
      },
    ],
    now,
  );
  const consultation = await getConsultation(store, s.consultationId);
  const notices = noticeItems(
    'statementInvitation',
    invitation.emails.map((email) => ({ email, language: invitation.language })),
    {
      lead: s.leadOrganisationName,
      title: s.title,
      consultation: consultation ? textFor(consultation, invitation.language).title : '',
      cosignDeadlineAt: s.cosignDeadline ?? '',
      message: invitation.message ?? '',
      path: `/statements/${s.id}`,
    },
    now,
  );
  await transact(store, notices.map(putItem));
  return { invited: invitation.emails.length };
}
