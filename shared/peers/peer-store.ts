import { createHash, randomUUID } from 'node:crypto';
import { DeleteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import type { Actor } from '#shared/audit/audit.ts';
import { auditItem } from '#shared/audit/audit-store.ts';
import { Conflict, Forbidden, NotFound } from '#shared/errors.ts';
import type { Language } from '#shared/i18n/languages.ts';
import { noticeItem } from '#shared/mail/notices.ts';
import type { Store } from '#shared/store/client.ts';
import { type Page, queryAll, queryPage } from '#shared/store/query.ts';
import { stored } from '#shared/store/stored-schema.ts';
import { KEY } from '#shared/store/table.ts';
import { failedNames, putItem, putNew, type TransactItem, transact } from '#shared/store/transactions.ts';
import {
  consentKey,
  PEER_LEADERS,
  PEER_PROFILES,
  peerIndexKey,
  peerLeaderListKey,
  peerRoleKey,
  profileKey,
  proposalKey,
  proposalsNaming,
  proposalsPartition,
  TRAINING_PREFIX,
  trainingKey,
} from './peer-keys.ts';
import {
  type Consent,
  type PeerProfile,
  peerLimits,
  peerProfile,
  storedConsent,
  type Training,
  training,
} from './peer-leader.ts';

/** The profile as its item holds it: the trainings are items of their own, recorded by the coordinator. */
const profileFields = z.omit(peerProfile, { trainings: true });
export type ProfileFields = z.output<typeof profileFields>;
const storedProfileFields = stored(profileFields);
const storedTraining = stored(training);

/** An invited person as the coordinator's list shows them: no profile data, only that one exists. */
export interface InvitedPeerLeader {
  personId: string;
  email: string;
  name?: string;
  language: string;
  invitedAt: string;
  consented: boolean;
  trainings: number;
  proposalId?: string;
}

export const proposalStatuses = ['pending', 'accepted', 'declined'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

/** A member organisation's proposal of a person; declined, it keeps no one's address or name. */
export interface PeerProposal {
  id: string;
  organisationId: string;
  organisationName: string;
  proposedBy: string;
  email?: string;
  name?: string;
  note?: string;
  language: Language;
  status: ProposalStatus;
  createdAt: string;
  decidedAt?: string;
  personId?: string;
}

const exists = `attribute_exists(${KEY.pk})`;

const roleCheck = (personId: string): TransactItem => ({
  name: 'role',
  ConditionCheck: { TableName: '', Key: peerRoleKey(personId), ConditionExpression: exists },
});

const invitedFromItem = (item: Record<string, unknown>): InvitedPeerLeader => ({
  personId: String(item.personId),
  email: String(item.email),
  ...(typeof item.name === 'string' ? { name: item.name } : {}),
  language: String(item.language),
  invitedAt: String(item.invitedAt),
  consented: item.consented === true,
  trainings: Number(item.trainings ?? 0),
  ...(typeof item.proposalId === 'string' ? { proposalId: item.proposalId } : {}),
});

/** The role, the coordinator's list entry, the audit entry and the invitation: what inviting writes. */
function invitationItems(
  person: { id: string; email: string; language: Language },
  name: string | undefined,
  actor: Actor,
  now: Date,
  proposalId?: string,
): TransactItem[] {
  return [
    putNew('role', { ...peerRoleKey(person.id), entity: 'role', invitedAt: now.toISOString() }),
    putItem({
      ...peerLeaderListKey(person.id),
      entity: 'peer-leader',
      personId: person.id,
      email: person.email,
      ...(name ? { name } : {}),
      language: person.language,
      invitedAt: now.toISOString(),
      consented: false,
      trainings: 0,
      ...(proposalId ? { proposalId } : {}),
    }),
    putItem(auditItem({ actor, action: 'peer-leader.invited', after: { personId: person.id } }, now)),
    putItem(
      noticeItem(
        'peerLeaderInvited',
        [{ email: person.email, language: person.language }],
        { path: '/peer-leader' },
        now,
      ),
    ),
  ];
}

/** Invites a person to the bank; false (nothing written, nothing mailed) when they are invited already. */
export async function putInvitation(
  store: Store,
  person: { id: string; email: string; language: Language },
  name: string | undefined,
  actor: Actor,
  now: Date,
): Promise<boolean> {
  try {
    await transact(store, invitationItems(person, name, actor, now));
    return true;
  } catch (error) {
    if (failedNames(error).has('role')) return false;
    throw error;
  }
}

export async function getInvited(store: Store, personId: string): Promise<InvitedPeerLeader | undefined> {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: peerLeaderListKey(personId) }),
  );
  return Item ? invitedFromItem(Item) : undefined;
}

export function listInvited(store: Store, cursor: string | undefined): Promise<Page<InvitedPeerLeader>> {
  return queryPage(store, { partition: PEER_LEADERS, limit: 100 }, cursor, invitedFromItem);
}

/** What the bank holds about one person, read in one Query of their partition. */
export interface PeerState {
  consent: Consent | undefined;
  profile: ProfileFields | undefined;
  trainings: Training[];
}

export async function readPeerState(store: Store, personId: string): Promise<PeerState> {
  // Consistent: a consent or profile written a moment ago is what the next write's conditions hold to.
  const items = await queryAll(store, {
    partition: `PERSON#${personId}`,
    sortKeyPrefix: 'PEER#',
    consistentRead: true,
  });
  const state: PeerState = { consent: undefined, profile: undefined, trainings: [] };
  for (const item of items) {
    const sk = String(item[KEY.sk]);
    if (sk === consentKey(personId)[KEY.sk]) state.consent = storedConsent.parse(item);
    else if (sk === profileKey(personId)[KEY.sk]) state.profile = storedProfileFields.parse(item);
    else if (sk.startsWith(TRAINING_PREFIX)) state.trainings.push(storedTraining.parse(item));
  }
  state.trainings.sort((a, b) => b.completedOn.localeCompare(a.completedOn));
  return state;
}

/** The profile item alone (consistent: a request reads the name the leader has now), or undefined without one. */
export async function getProfile(store: Store, personId: string): Promise<ProfileFields | undefined> {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: profileKey(personId), ConsistentRead: true }),
  );
  return Item ? storedProfileFields.parse(Item) : undefined;
}

/** Holds while the person has a profile (their consent stands); its condition is `profile`. */
export const profileCheck = (personId: string): TransactItem => ({
  name: 'profile',
  ConditionCheck: { TableName: '', Key: profileKey(personId), ConditionExpression: exists },
});

/** Every profile item, page by page (gsi1 `PEER-PROFILES`): the coordinator's figures, as many as the bank has leaders. */
export async function allProfiles(store: Store): Promise<ProfileFields[]> {
  return (await queryAll(store, { index: 'gsi1', partition: PEER_PROFILES })).map((item) =>
    storedProfileFields.parse(item),
  );
}

/** Up to `limit` profile items (gsi1 `PEER-PROFILES`), and whether there are more: the tray's gap picture. */
export async function someProfiles(
  store: Store,
  limit: number,
): Promise<{ profiles: ProfileFields[]; more: boolean }> {
  const page = await queryPage(store, { index: 'gsi1', partition: PEER_PROFILES, limit }, undefined, (item) =>
    storedProfileFields.parse(item),
  );
  return { profiles: page.items, more: page.cursor !== undefined };
}

export const profileView = (profile: ProfileFields, trainings: Training[]): PeerProfile => ({
  ...profile,
  trainings,
});

/** One search index item per language of the profile, carrying what a search filters and shows. */
const indexItems = (profile: ProfileFields) =>
  profile.languages.map((language) =>
    putItem({
      ...peerIndexKey(language, profile.personId),
      entity: 'peer-index',
      personId: profile.personId,
      name: profile.name,
      languages: profile.languages,
      municipalities: profile.municipalities,
      themes: profile.themes,
      availability: profile.availability,
      ...(profile.introduction ? { introduction: profile.introduction } : {}),
      visibility: profile.visibility,
      public: profile.public,
    }),
  );

const profileItem = (profile: ProfileFields) => ({
  ...profileKey(profile.personId),
  entity: 'peer-profile',
  [KEY.gsi1pk]: PEER_PROFILES,
  [KEY.gsi1sk]: profile.personId,
  ...profile,
});

/** Holds only if the profile is still the one read (or still absent): two saves do not interleave. */
function profileUnchanged(previous: ProfileFields | undefined) {
  return previous
    ? {
        ConditionExpression: 'updatedAt = :updatedAt',
        ExpressionAttributeValues: { ':updatedAt': previous.updatedAt },
      }
    : { ConditionExpression: `attribute_not_exists(${KEY.pk})` };
}

/** The list entry's flag, and its training count moved by what was deleted (never reset: a count set meanwhile stays right). */
const markConsented = (personId: string, consented: boolean, trainingsDeleted = 0): TransactItem => ({
  name: 'listed',
  Update: {
    TableName: '',
    Key: peerLeaderListKey(personId),
    UpdateExpression: trainingsDeleted ? 'SET consented = :c ADD trainings :minus' : 'SET consented = :c',
    ConditionExpression: exists,
    ExpressionAttributeValues: {
      ':c': consented,
      ...(trainingsDeleted ? { ':minus': -trainingsDeleted } : {}),
    },
  },
});

/** Holds only while the consent is the one read: its time, its choice of who sees the profile. */
const consentUnchanged = (personId: string, consent: Consent): TransactItem => ({
  name: 'consent',
  ConditionCheck: {
    TableName: '',
    Key: consentKey(personId),
    ConditionExpression:
      'version = :version AND givenAt = :givenAt AND visibility = :visibility AND #public = :public',
    ExpressionAttributeNames: { '#public': 'public' },
    ExpressionAttributeValues: {
      ':version': consent.version,
      ':givenAt': consent.givenAt,
      ':visibility': consent.visibility,
      ':public': consent.public,
    },
  },
});

const changedMeanwhile = () =>
  new Conflict('Your peer-leader data changed meanwhile; try again.', 'changed_meanwhile');

/**
 * Runs a read-then-write again with a fresh read when what it read changed before it wrote (the
 * write's condition failed), a few times, then answers 409 `changed_meanwhile`.
 */
export async function withFreshRead<T>(attempt: () => Promise<T>, attempts = 3): Promise<T> {
  for (let i = 1; ; i += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof Conflict && error.code === 'changed_meanwhile') || i >= attempts) throw error;
    }
  }
}

/**
 * Records the consent; a profile that exists already takes the new visibility, and so do its index
 * items, in the same transaction. Throws 404 without the role, 409 if the profile changed meanwhile.
 */
export async function putConsent(
  store: Store,
  personId: string,
  consent: Consent,
  previous: ProfileFields | undefined,
  actor: Actor,
  now: Date,
): Promise<void> {
  const items: TransactItem[] = [
    roleCheck(personId),
    putItem({ ...consentKey(personId), entity: 'peer-consent', ...consent }),
    putItem(
      auditItem(
        {
          actor,
          action: 'peer-consent.given',
          after: {
            personId,
            version: consent.version,
            visibility: consent.visibility,
            public: consent.public,
          },
        },
        now,
      ),
    ),
  ];
  if (previous) {
    const changed = { ...previous, visibility: consent.visibility, public: consent.public };
    items.push(
      { name: 'profile', Put: { TableName: '', Item: profileItem(changed), ...profileUnchanged(previous) } },
      ...indexItems(changed),
    );
  } else {
    // A profile saved since the read would keep the old choice: the consent holds only while there is none.
    items.push({
      name: 'profile',
      ConditionCheck: { TableName: '', Key: profileKey(personId), ...profileUnchanged(undefined) },
    });
  }
  try {
    await transact(store, items);
  } catch (error) {
    const failed = failedNames(error);
    if (failed.has('role')) throw new Forbidden('You are not invited to the peer-leader bank.');
    if (failed.has('profile')) throw changedMeanwhile();
    throw error;
  }
}

/**
 * Writes the profile and its index items (the old languages' go, the new ones' are put) in one
 * transaction, holding only while the consent read (`consent`: its time, version and choice) and the
 * profile read are what the table holds: a consent changed meanwhile cannot be overtaken by a profile
 * carrying the older choice. 409 `changed_meanwhile` otherwise (read again and retry).
 */
export async function putProfile(
  store: Store,
  profile: ProfileFields,
  consent: Consent,
  previous: ProfileFields | undefined,
): Promise<void> {
  const { personId } = profile;
  const dropped = (previous?.languages ?? []).filter((language) => !profile.languages.includes(language));
  try {
    await transact(store, [
      consentUnchanged(personId, consent),
      { name: 'profile', Put: { TableName: '', Item: profileItem(profile), ...profileUnchanged(previous) } },
      ...dropped.map((language) => ({ Delete: { TableName: '', Key: peerIndexKey(language, personId) } })),
      ...indexItems(profile),
      markConsented(personId, true),
    ]);
  } catch (error) {
    const failed = failedNames(error);
    if (failed.has('consent') || failed.has('profile')) throw changedMeanwhile();
    throw error;
  }
}

/** Every item of one person's bank data, index items and list entry included: what withdrawal and erasure delete. */
function peerDataKeys(personId: string, state: PeerState) {
  return [
    consentKey(personId),
    profileKey(personId),
    ...(state.profile?.languages ?? []).map((language) => peerIndexKey(language, personId)),
    ...state.trainings.map((t) => trainingKey(personId, t.id)),
  ];
}

/**
 * Withdrawal: the consent, the profile, its index items and the trainings go at once, in one
 * transaction (at most 2 + 10 + 50 items), only while the profile is the one read (a profile saved
 * meanwhile with other languages would leave their index items): 409 `changed_meanwhile` otherwise.
 * The audit entry records that it happened, not what was held.
 */
export async function deletePeerData(
  store: Store,
  personId: string,
  state: PeerState,
  actor: Actor,
  now: Date,
): Promise<void> {
  const profile = profileKey(personId)[KEY.sk];
  try {
    await transact(store, [
      ...peerDataKeys(personId, state).map((Key) =>
        Key[KEY.sk] === profile
          ? { name: 'profile', Delete: { TableName: '', Key, ...profileUnchanged(state.profile) } }
          : { Delete: { TableName: '', Key } },
      ),
      markConsented(personId, false, state.trainings.length),
      putItem(auditItem({ actor, action: 'peer-consent.withdrawn', before: { personId } }, now)),
    ]);
  } catch (error) {
    if (failedNames(error).has('profile')) throw changedMeanwhile();
    throw error;
  }
}

/** Erasure of the account: everything withdrawal deletes, and the role, the list entry and the proposal. */
export async function erasePeerLeader(store: Store, personId: string): Promise<void> {
  const [state, listed] = await Promise.all([readPeerState(store, personId), getInvited(store, personId)]);
  await transact(store, [
    ...peerDataKeys(personId, state).map((Key) => ({ Delete: { TableName: '', Key } })),
    { Delete: { TableName: '', Key: peerRoleKey(personId) } },
    { Delete: { TableName: '', Key: peerLeaderListKey(personId) } },
    ...(listed?.proposalId ? [{ Delete: { TableName: '', Key: proposalKey(listed.proposalId) } }] : []),
  ]);
}

/** Records a training of an invited person (at most `peerLimits.trainings`); 404 without the role. */
export async function putTraining(
  store: Store,
  personId: string,
  value: Training,
  actor: Actor,
  now: Date,
): Promise<void> {
  try {
    await transact(store, [
      roleCheck(personId),
      // A training is profile data (consentCovers): recorded only under the person's consent.
      {
        name: 'consent',
        ConditionCheck: { TableName: '', Key: consentKey(personId), ConditionExpression: exists },
      },
      putItem({ ...trainingKey(personId, value.id), entity: 'peer-training', personId, ...value }),
      {
        name: 'limit',
        Update: {
          TableName: '',
          Key: peerLeaderListKey(personId),
          UpdateExpression: 'ADD trainings :one',
          ConditionExpression: `${exists} AND (attribute_not_exists(trainings) OR trainings < :max)`,
          ExpressionAttributeValues: { ':one': 1, ':max': peerLimits.trainings },
        },
      },
      putItem(
        auditItem(
          { actor, action: 'peer-training.recorded', after: { personId, trainingId: value.id } },
          now,
        ),
      ),
    ]);
  } catch (error) {
    const failed = failedNames(error);
    if (failed.has('role')) throw new NotFound('That person is not invited to the peer-leader bank.');
    if (failed.has('consent'))
      throw new Conflict(
        'This person has not consented: trainings are recorded with the profile.',
        'consent_required',
      );
    if (failed.has('limit'))
      throw new Conflict(`At most ${peerLimits.trainings} trainings per person.`, 'too_many_trainings');
    throw error;
  }
}

export async function deleteTraining(
  store: Store,
  personId: string,
  trainingId: string,
  actor: Actor,
  now: Date,
): Promise<void> {
  try {
    await transact(store, [
      {
        name: 'training',
        Delete: { TableName: '', Key: trainingKey(personId, trainingId), ConditionExpression: exists },
      },
      {
        name: 'listed',
        Update: {
          TableName: '',
          Key: peerLeaderListKey(personId),
          UpdateExpression: 'ADD trainings :minusOne',
          ConditionExpression: exists,
          ExpressionAttributeValues: { ':minusOne': -1 },
        },
      },
      putItem(auditItem({ actor, action: 'peer-training.deleted', before: { personId, trainingId } }, now)),
    ]);
  } catch (error) {
    if (failedNames(error).has('training')) throw new NotFound('There is no such training.');
    throw error;
  }
}

const proposalFromItem = (item: Record<string, unknown>): PeerProposal => {
  const optional = (field: string) => (typeof item[field] === 'string' ? { [field]: item[field] } : {});
  return {
    id: String(item.id),
    organisationId: String(item.organisationId),
    organisationName: String(item.organisationName),
    proposedBy: String(item.proposedBy),
    ...optional('email'),
    ...optional('name'),
    ...optional('note'),
    ...optional('decidedAt'),
    ...optional('personId'),
    language: item.language as Language,
    status: item.status as ProposalStatus,
    createdAt: String(item.createdAt),
  };
};

/** The address a proposal names, as its gsi2 key holds it: found for the person's export and erasure, not readable. */
const addressHash = (email: string) =>
  createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');

const proposalItem = (proposal: PeerProposal) => ({
  ...proposalKey(proposal.id),
  entity: 'peer-proposal',
  [KEY.gsi1pk]: proposalsPartition(proposal.status),
  [KEY.gsi1sk]: `${proposal.createdAt}#${proposal.id}`,
  ...(proposal.email
    ? { [KEY.gsi2pk]: proposalsNaming(addressHash(proposal.email)), [KEY.gsi2sk]: proposal.id }
    : {}),
  ...proposal,
});

/** Every proposal that still names the address, pending or accepted, of any organisation. */
export async function proposalsOf(store: Store, email: string): Promise<PeerProposal[]> {
  return (await queryAll(store, { index: 'gsi2', partition: proposalsNaming(addressHash(email)) })).map(
    proposalFromItem,
  );
}

/** The person's erasure: every proposal naming them goes (a pending one can no longer be decided). */
export async function eraseProposalsOf(store: Store, email: string): Promise<void> {
  for (const proposal of await proposalsOf(store, email))
    await store.db.send(new DeleteCommand({ TableName: store.tableName, Key: proposalKey(proposal.id) }));
}

export async function putProposal(store: Store, proposal: PeerProposal, actor: Actor, now: Date) {
  await transact(store, [
    putNew('proposal', proposalItem(proposal)),
    putItem(
      auditItem(
        {
          actor,
          action: 'peer-leader.proposed',
          organisationId: proposal.organisationId,
          after: { proposalId: proposal.id },
        },
        now,
      ),
    ),
  ]);
}

export async function getProposal(store: Store, id: string): Promise<PeerProposal | undefined> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.tableName, Key: proposalKey(id) }));
  return Item ? proposalFromItem(Item) : undefined;
}

export function listProposals(
  store: Store,
  status: ProposalStatus,
  cursor: string | undefined,
): Promise<Page<PeerProposal>> {
  return queryPage(
    store,
    { index: 'gsi1', partition: proposalsPartition(status), limit: 50 },
    cursor,
    proposalFromItem,
  );
}

/** The proposal replaced by its decided form, only while it is still pending (`proposal` names that). */
const decidedProposal = (proposal: PeerProposal): TransactItem => ({
  name: 'proposal',
  Put: {
    TableName: '',
    Item: proposalItem(proposal),
    ConditionExpression: '#status = :pending',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':pending': 'pending' },
  },
});

/**
 * Accepting a proposal invites the person in the same transaction; if they were invited already, the
 * proposal is only marked accepted (no second invitation). 409 if it was decided meanwhile.
 */
export async function acceptProposalItems(
  store: Store,
  accepted: PeerProposal,
  person: { id: string; email: string; language: Language },
  actor: Actor,
  now: Date,
): Promise<void> {
  const audit = putItem(
    auditItem(
      {
        actor,
        action: 'peer-proposal.accepted',
        organisationId: accepted.organisationId,
        after: { proposalId: accepted.id },
      },
      now,
    ),
  );
  try {
    await transact(store, [
      decidedProposal(accepted),
      audit,
      ...invitationItems(person, accepted.name, actor, now, accepted.id),
    ]);
  } catch (error) {
    const failed = failedNames(error);
    if (failed.has('proposal')) throw new Conflict('This proposal was decided already.', 'already_decided');
    if (!failed.has('role')) throw error;
    await decide(store, accepted, audit);
  }
}

async function decide(store: Store, proposal: PeerProposal, audit: TransactItem) {
  try {
    await transact(store, [decidedProposal(proposal), audit]);
  } catch (error) {
    if (failedNames(error).has('proposal'))
      throw new Conflict('This proposal was decided already.', 'already_decided');
    throw error;
  }
}

export async function declineProposalItems(store: Store, declined: PeerProposal, actor: Actor, now: Date) {
  await decide(
    store,
    declined,
    putItem(
      auditItem(
        {
          actor,
          action: 'peer-proposal.declined',
          organisationId: declined.organisationId,
          after: { proposalId: declined.id },
        },
        now,
      ),
    ),
  );
}

export const newTrainingId = () => randomUUID();
