import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import { actorOf } from '#shared/audit/audit.ts';
import { auditItem } from '#shared/audit/audit-store.ts';
import type { Caller } from '#shared/auth/access.ts';
import { Forbidden } from '#shared/errors.ts';
import { languageCodes } from '#shared/i18n/languages.ts';
import { noticeItem } from '#shared/mail/notices.ts';
import { applicationInput } from '#shared/membership/application.ts';
import type { Organisation } from '#shared/membership/organisation.ts';
import { organisationItem, representativeItems } from '#shared/membership/organisation-store.ts';
import { ensurePerson } from '#shared/people/person-store.ts';
import type { Store } from '#shared/store/client.ts';
import { putItem, putNew, transact } from '#shared/store/transactions.ts';

const fields = applicationInput.shape;

/** An organisation outside the network the coordinator lists in the tray, with its one representative. */
export const partnerInput = z.object({
  name: fields.organisationName,
  businessId: fields.businessId,
  municipalities: fields.municipalities,
  languages: fields.languages,
  topics: fields.topics,
  description: fields.description,
  representative: z.object({
    email: z.email().check(z.maxLength(254), z.toLowerCase()),
    language: z._default(z.enum(languageCodes), 'fi'),
  }),
});
export type PartnerInput = z.output<typeof partnerInput>;

/**
 * The coordinator invites a tray partner: the organisation (status `partner`, listed in its own
 * directory partition, not among members), its representative, and an email inviting them to sign
 * in, written together. The audit entry `tray-partner.invited` stands where a member's approval does.
 */
export async function invitePartner(
  store: Store,
  caller: Caller,
  input: PartnerInput,
  now: Date,
): Promise<Organisation> {
  if (!caller.coordinator) throw new Forbidden('Only the network coordinator invites tray partners.');
  const { representative, name, ...profile } = input;
  const person = await ensurePerson(store, representative.email, representative.language, now);
  const org: Organisation = {
    ...profile,
    id: randomUUID(),
    name,
    status: 'partner',
    joinedAt: now.toISOString(),
    representativeCount: 1,
  };
  await transact(store, [
    putNew('organisation', organisationItem(org)),
    ...representativeItems(org.id, person, now),
    putItem(
      auditItem(
        {
          actor: actorOf(caller),
          action: 'tray-partner.invited',
          organisationId: org.id,
          after: { ...org, representative: person.email },
        },
        now,
      ),
    ),
    putItem(
      noticeItem(
        'trayPartnerInvited',
        [{ email: person.email, language: person.language }],
        { organisation: org.name },
        now,
      ),
    ),
  ]);
  return org;
}
