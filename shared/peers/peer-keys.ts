import { KEY } from '#shared/store/table.ts';

/**
 * Where the peer-leader bank lives (the contract between its writers and readers). The person's
 * own items are in their partition `PERSON#<personId>`, so reading the caller reads the role, and
 * the account's erasure removes them with the partition:
 *
 * - `ROLE#peer-leader` (entity `role`): invited to the bank by the coordinator; the caller's
 *   `peerLeader`. Listed as `PEER-LEADERS` / `PERSON#<personId>` (entity `peer-leader`: email,
 *   language, invitedAt; `consented` when a profile exists) for the coordinator.
 * - `PEER#CONSENT` (entity `peer-consent`): the consent; `PEER#PROFILE` (entity `peer-profile`):
 *   the profile, gsi1 `PEER-PROFILES` / `<personId>` (every profile, for the coordinator's figures
 *   and the gap picture); `PEER#TRAINING#<id>` (entity `peer-training`).
 * - Search index items (entity `peer-index`), `PEERS#L#<language>` / `<personId>`, one per language
 *   of the profile, carrying visibility, public, name, languages, municipalities, themes and
 *   availability: a search by language is one Query; municipality and theme filter within it.
 *   Written and deleted in the same transaction as the profile and the consent.
 * - `PEER-PROPOSAL#<id>` / `PROPOSAL` (entity `peer-proposal`): a member organisation's proposal;
 *   gsi1 `PEER-PROPOSALS#<status>` / `<createdAt>#<id>`.
 * - `PEER-REQUEST#<id>` / `REQUEST` (entity `peer-request`): gsi1 `PERSON#<peerLeaderId>#PEER-REQUESTS`
 *   / `<sentAt>#<id>`, gsi2 `ORG#<organisationId>#PEER-REQUESTS` / `<sentAt>#<id>`.
 */
const personPartition = (personId: string) => `PERSON#${personId}`;
export const peerRoleKey = (personId: string) => ({
  [KEY.pk]: personPartition(personId),
  [KEY.sk]: 'ROLE#peer-leader',
});
export const PEER_LEADERS = 'PEER-LEADERS';
export const peerLeaderListKey = (personId: string) => ({
  [KEY.pk]: PEER_LEADERS,
  [KEY.sk]: `PERSON#${personId}`,
});
export const consentKey = (personId: string) => ({
  [KEY.pk]: personPartition(personId),
  [KEY.sk]: 'PEER#CONSENT',
});
export const profileKey = (personId: string) => ({
  [KEY.pk]: personPartition(personId),
  [KEY.sk]: 'PEER#PROFILE',
});
export const PEER_PROFILES = 'PEER-PROFILES';
export const TRAINING_PREFIX = 'PEER#TRAINING#';
export const trainingKey = (personId: string, trainingId: string) => ({
  [KEY.pk]: personPartition(personId),
  [KEY.sk]: `${TRAINING_PREFIX}${trainingId}`,
});
export const peerIndexPartition = (language: string) => `PEERS#L#${language}`;
export const peerIndexKey = (language: string, personId: string) => ({
  [KEY.pk]: peerIndexPartition(language),
  [KEY.sk]: personId,
});
export const proposalKey = (id: string) => ({ [KEY.pk]: `PEER-PROPOSAL#${id}`, [KEY.sk]: 'PROPOSAL' });
export const proposalsPartition = (status: string) => `PEER-PROPOSALS#${status}`;
export const peerRequestKey = (id: string) => ({ [KEY.pk]: `PEER-REQUEST#${id}`, [KEY.sk]: 'REQUEST' });
export const leaderRequests = (personId: string) => `PERSON#${personId}#PEER-REQUESTS`;
export const organisationRequests = (organisationId: string) => `ORG#${organisationId}#PEER-REQUESTS`;
