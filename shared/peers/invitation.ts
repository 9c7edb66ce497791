import * as z from 'zod/mini';
import { email } from '#shared/api/routes/common.ts';
import { languageCodes } from '#shared/i18n/languages.ts';
import { text } from '#shared/text.ts';
import { peerLimits } from './facts.ts';

/** The coordinator invites a person by address; the language is the invitation's until they choose theirs. */
export const invitationInput = z.object({
  email,
  name: z.optional(text(peerLimits.name)),
  language: z._default(z.enum(languageCodes), 'fi'),
});
export type InvitationInput = z.output<typeof invitationInput>;

/** A member organisation's representative proposes a person for the coordinator to invite. */
export const proposalInput = z.object({
  email,
  name: z.optional(text(peerLimits.name)),
  note: z.optional(text(peerLimits.proposalNote)),
  language: z._default(z.enum(languageCodes), 'fi'),
});
export type ProposalInput = z.output<typeof proposalInput>;
