import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '#shared/store/client.ts';
import { countAll, type Page, queryAll, queryPage } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { failedNames, putItem, putNew, type TransactItem, transact } from '#shared/store/transactions.ts';
import {
  leaderRequests,
  openRequestKey,
  organisationRequests,
  PEER_REQUESTS_OPEN,
  peerIndexPartition,
  peerRequestKey,
  requestSenderKey,
  requestTallyKey,
} from './peer-keys.ts';
import {
  type Availability,
  availabilities,
  type PeerRequest,
  type PeerVisibility,
  storedPeerRequest,
} from './peer-leader.ts';

/*
 * The requests organisations send peer leaders, their one-open-request locks, the senders' rolling
 * weekly windows and the running tally (the layout is in peer-keys.ts). A leader's erasure deletes
 * their requests whole: a request names them and says whether they said yes, so it is theirs; the
 * organisation keeps the emails it was sent, and the tally keeps the counts, anonymous.
 */

/** A request as stored: the model, and the leader's name as the organisation saw it when asking. */
export type StoredRequest = PeerRequest & { peerLeaderName: string };

const sortKeyOf = (r: Pick<PeerRequest, 'sentAt' | 'id'>) => `${r.sentAt}#${r.id}`;

function fromItem(item: Record<string, unknown>): StoredRequest {
  return {
    ...storedPeerRequest.parse({ ...item, expiresAt: item.answerBy }),
    peerLeaderName: String(item.peerLeaderName ?? ''),
  };
}

export function requestItem({ expiresAt, ...r }: StoredRequest) {
  return {
    ...peerRequestKey(r.id),
    entity: 'peer-request',
    [KEY.gsi1pk]: leaderRequests(r.peerLeaderId),
    [KEY.gsi1sk]: sortKeyOf(r),
    [KEY.gsi2pk]: organisationRequests(r.organisationId),
    [KEY.gsi2sk]: sortKeyOf(r),
    ...r,
    answerBy: expiresAt,
  };
}

export async function getRequest(store: Store, id: string): Promise<StoredRequest | undefined> {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: peerRequestKey(id), ConsistentRead: true }),
  );
  return Item ? fromItem(Item) : undefined;
}

export const listLeaderRequests = (store: Store, personId: string, cursor: string | undefined) =>
  queryPage(
    store,
    { index: 'gsi1', partition: leaderRequests(personId), newestFirst: true, limit: 50 },
    cursor,
    fromItem,
  );

/** The leader's requests still waiting for their answer (sent, not past answering), newest first: the desk's list. */
export const listOpenLeaderRequests = (store: Store, personId: string, now: Date, limit: number) =>
  queryPage(
    store,
    {
      index: 'gsi1',
      partition: leaderRequests(personId),
      newestFirst: true,
      limit,
      filter: {
        expression: '#status = :sent AND answerBy > :now',
        names: { '#status': 'status' },
        values: { ':sent': 'sent', ':now': now.toISOString() },
      },
    },
    undefined,
    fromItem,
  );

export const listOrganisationRequests = (
  store: Store,
  organisationId: string,
  cursor: string | undefined,
): Promise<Page<StoredRequest>> =>
  queryPage(
    store,
    { index: 'gsi2', partition: organisationRequests(organisationId), newestFirst: true, limit: 50 },
    cursor,
    fromItem,
  );

/** Every request a leader was sent (their export and erasure: a person's requests stay few). */
export async function allLeaderRequests(store: Store, personId: string): Promise<StoredRequest[]> {
  return (await queryAll(store, { index: 'gsi1', partition: leaderRequests(personId) })).map(fromItem);
}

/** What a leader's search index item carries (peer-keys.ts). */
export interface IndexEntry {
  personId: string;
  name: string;
  languages: string[];
  municipalities: string[];
  themes: string[];
  availability: Availability;
  introduction?: string;
  visibility: PeerVisibility;
  public: boolean;
}

const strings = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);

/** Every consented leader who works in the language: one Query of its index partition. */
export async function leadersInLanguage(store: Store, language: string): Promise<IndexEntry[]> {
  const items = await queryAll(store, { partition: peerIndexPartition(language) });
  return items.map((item) => ({
    personId: String(item[KEY.sk]),
    name: String(item.name ?? ''),
    languages: strings(item.languages),
    municipalities: strings(item.municipalities),
    themes: strings(item.themes),
    availability: availabilities.find((a) => a === item.availability) ?? 'available',
    ...(typeof item.introduction === 'string' ? { introduction: item.introduction } : {}),
    visibility: item.visibility === 'members' ? 'members' : 'coordinator',
    public: item.public === true,
  }));
}

/** The open request of an organisation to a leader, if any (answered ones have none). */
export async function getOpenRequest(store: Store, organisationId: string, personId: string) {
  const { Item } = await store.db.send(
    new GetCommand({
      TableName: store.tableName,
      Key: openRequestKey(organisationId, personId),
      ConsistentRead: true,
    }),
  );
  return Item ? { requestId: String(Item.requestId), answerBy: String(Item.answerBy) } : undefined;
}

/** When the organisation sent its recent requests, and the version its next send must find. */
export async function getSender(store: Store, organisationId: string) {
  const { Item } = await store.db.send(
    new GetCommand({
      TableName: store.tableName,
      Key: requestSenderKey(organisationId),
      ConsistentRead: true,
    }),
  );
  return { sentAt: strings(Item?.sentAt), version: Number(Item?.version ?? 0) };
}

export type TallyCount = 'sent' | 'accepted' | 'declined' | 'expired' | 'erased';

const tallyAdd = (counts: TallyCount[]): TransactItem => ({
  Update: {
    TableName: '',
    Key: requestTallyKey,
    UpdateExpression: `SET entity = :entity ADD ${counts.map((c) => `#${c} :one`).join(', ')}`,
    ExpressionAttributeNames: Object.fromEntries(counts.map((c) => [`#${c}`, c])),
    ExpressionAttributeValues: { ':entity': 'peer-request-tally', ':one': 1 },
  },
});

export async function readTally(store: Store): Promise<Record<TallyCount, number>> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.tableName, Key: requestTallyKey }));
  const count = (name: TallyCount) => Number(Item?.[name] ?? 0);
  return {
    sent: count('sent'),
    accepted: count('accepted'),
    declined: count('declined'),
    expired: count('expired'),
    erased: count('erased'),
  };
}

/** Open requests still to be answered, and those past answering that nothing has marked expired yet. */
export async function countOpen(store: Store, now: Date) {
  const at = now.toISOString();
  const [open, overdue] = await Promise.all([
    countAll(store, { index: 'gsi1', partition: PEER_REQUESTS_OPEN, sortKeyAfter: at }),
    countAll(store, { index: 'gsi1', partition: PEER_REQUESTS_OPEN, sortKeyBefore: at }),
  ]);
  return { open, overdue };
}

const lockItem = (r: StoredRequest) => ({
  ...openRequestKey(r.organisationId, r.peerLeaderId),
  entity: 'peer-request-open',
  [KEY.gsi1pk]: PEER_REQUESTS_OPEN,
  [KEY.gsi1sk]: `${r.expiresAt}#${r.id}`,
  requestId: r.id,
  answerBy: r.expiresAt,
});

/** A request leaves `sent` only once: the condition `request` says it was still waiting. */
const closeRequest = (r: StoredRequest, status: PeerRequest['status'], now: Date): TransactItem => ({
  name: 'request',
  Update: {
    TableName: '',
    Key: peerRequestKey(r.id),
    UpdateExpression: 'SET #status = :status, answeredAt = :now',
    ConditionExpression: '#status = :sent',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':status': status, ':now': now.toISOString(), ':sent': 'sent' },
  },
});

/** The lock goes with the request it holds for, and only with it (`open`). */
const releaseLock = (r: StoredRequest): TransactItem => ({
  name: 'open',
  Delete: {
    TableName: '',
    Key: openRequestKey(r.organisationId, r.peerLeaderId),
    ConditionExpression: 'requestId = :id',
    ExpressionAttributeValues: { ':id': r.id },
  },
});

export interface Sending {
  request: StoredRequest;
  /** The sender's window after this send, and the version it was read at. */
  sentAt: string[];
  version: number;
  /** An open request of the same pair past its time, marked expired by this send. */
  stale?: StoredRequest;
  notice: Record<string, unknown>;
}

/**
 * Writes the request with its lock, the sender's window, the tally and the notice to the leader, or
 * nothing: `open` fails while another request of the pair is open, `sender` when another send of the
 * organisation came first.
 */
export async function writeSending(store: Store, s: Sending, now: Date): Promise<void> {
  const sender = requestSenderKey(s.request.organisationId);
  const lock = lockItem(s.request);
  await transact(store, [
    putNew('new-request', requestItem(s.request)),
    s.stale
      ? {
          name: 'open',
          Put: {
            TableName: '',
            Item: lock,
            ConditionExpression: 'requestId = :stale',
            ExpressionAttributeValues: { ':stale': s.stale.id },
          },
        }
      : putNew('open', lock),
    ...(s.stale ? [closeRequest(s.stale, 'expired', now)] : []),
    {
      name: 'sender',
      Put: {
        TableName: '',
        Item: { ...sender, entity: 'peer-request-sender', sentAt: s.sentAt, version: s.version + 1 },
        ConditionExpression: `attribute_not_exists(${KEY.pk}) OR version = :version`,
        ExpressionAttributeValues: { ':version': s.version },
      },
    },
    tallyAdd(s.stale ? ['sent', 'expired'] : ['sent']),
    putItem(s.notice),
  ]);
}

/**
 * The answer, the lock released, the tally and the notices, together; `request` fails if it was
 * answered. `checks` are conditions the answer holds only under (a yes: the organisation still a
 * member, the leader's profile still there).
 */
export async function writeAnswer(
  store: Store,
  r: StoredRequest,
  status: 'accepted' | 'declined' | 'expired',
  notices: Record<string, unknown>[],
  now: Date,
  checks: TransactItem[] = [],
): Promise<void> {
  await transact(store, [
    closeRequest(r, status, now),
    releaseLock(r),
    tallyAdd([status]),
    ...checks,
    ...notices.map((notice) => putItem(notice)),
  ]);
}

/**
 * Every request still open to the leader closes as expired, its lock released and the tally moved:
 * what withdrawing consent does, so a later yes cannot pass their address on. One answered
 * meanwhile stays as answered.
 */
export async function closeOpenRequestsTo(store: Store, personId: string, now: Date): Promise<void> {
  for (const r of await allLeaderRequests(store, personId)) {
    if (r.status !== 'sent') continue;
    try {
      await writeAnswer(store, r, 'expired', [], now);
    } catch (error) {
      if (!failedNames(error).has('request')) throw error;
    }
  }
}

/** Deletes a request; an open one's lock goes with it and the tally counts it erased. Can be done again. */
export async function eraseRequest(store: Store, r: StoredRequest): Promise<void> {
  const remove = { Delete: { TableName: '', Key: peerRequestKey(r.id) } };
  if (r.status !== 'sent') return transact(store, [remove]);
  await transact(store, [
    {
      name: 'request',
      Delete: {
        TableName: '',
        Key: peerRequestKey(r.id),
        ConditionExpression: '#status = :sent',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':sent': 'sent' },
      },
    },
    releaseLock(r),
    tallyAdd(['erased']),
  ]);
}
