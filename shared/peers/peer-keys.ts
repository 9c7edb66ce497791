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
 *   availability (and `introduction` when the profile has one, for the search's answer): a search by
 *   language is one Query; municipality and theme filter within it.
 *   Written and deleted in the same transaction as the profile and the consent.
 * - `PEER-PROPOSAL#<id>` / `PROPOSAL` (entity `peer-proposal`): a member organisation's proposal;
 *   gsi1 `PEER-PROPOSALS#<status>` / `<createdAt>#<id>`; while it names an address (pending or
 *   accepted), gsi2 `PEER-PROPOSALS-NAMING#<sha-256 of the address>` / `<id>`: the person's export
 *   and erasure find every proposal naming them. An accepted one keeps no note.
 * - `PEER-REQUEST#<id>` / `REQUEST` (entity `peer-request`): gsi1 `PERSON#<peerLeaderId>#PEER-REQUESTS`
 *   / `<sentAt>#<id>`, gsi2 `ORG#<organisationId>#PEER-REQUESTS` / `<sentAt>#<id>`. Its answer-by
 *   time is stored as `answerBy` (the model's `expiresAt`), since `expiresAt` is the table's TTL.
 * - `PEER-REQUEST-OPEN#<organisationId>#<peerLeaderId>` / `OPEN` (entity `peer-request-open`): the
 *   one open request of an organisation to a leader (`requestId`, `answerBy`), gsi1
 *   `PEER-REQUESTS-OPEN` / `<answerBy>#<requestId>`: open ones, and those past answering not yet
 *   marked expired, are counted from it. Written with the request, deleted with its answer.
 * - `PEER-REQUEST-SENDER#<organisationId>` / `SENDER` (entity `peer-request-sender`): when the
 *   organisation sent its requests of the last seven days (`sentAt`, a list), with a `version`
 *   every send checks: the weekly limit is a conditional write, over a rolling window.
 * - `PEER-REQUEST-TALLY` / `TALLY` (entity `peer-request-tally`): requests sent, accepted,
 *   declined, expired, and erased unanswered with their leader, counted in the same transactions.
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
export const proposalsNaming = (addressHash: string) => `PEER-PROPOSALS-NAMING#${addressHash}`;
export const peerRequestKey = (id: string) => ({ [KEY.pk]: `PEER-REQUEST#${id}`, [KEY.sk]: 'REQUEST' });
export const leaderRequests = (personId: string) => `PERSON#${personId}#PEER-REQUESTS`;
export const organisationRequests = (organisationId: string) => `ORG#${organisationId}#PEER-REQUESTS`;
export const PEER_REQUESTS_OPEN = 'PEER-REQUESTS-OPEN';
export const openRequestKey = (organisationId: string, personId: string) => ({
  [KEY.pk]: `PEER-REQUEST-OPEN#${organisationId}#${personId}`,
  [KEY.sk]: 'OPEN',
});
export const requestSenderKey = (organisationId: string) => ({
  [KEY.pk]: `PEER-REQUEST-SENDER#${organisationId}`,
  [KEY.sk]: 'SENDER',
});
export const requestTallyKey = { [KEY.pk]: 'PEER-REQUEST-TALLY', [KEY.sk]: 'TALLY' };
