import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, paginateScan } from '@aws-sdk/lib-dynamodb';
import { type Figures, figuresOf } from '#shared/bodies/responsiveness.ts';
import { figuresFromItem } from '#shared/bodies/responsiveness-store.ts';
import { peerLimits } from '#shared/peers/facts.ts';
import type { Submission } from '#shared/submissions/submission.ts';
import { requestIndexKeys } from '#shared/translations/translation-keys.ts';
import type { Activity } from '#shared/tray/activity.ts';
import {
  countContributions,
  TRAY_COUNTS,
  trayIndexPartitions,
  trayIndexSortKey,
} from '#shared/tray/tray-keys.ts';

type Item = Record<string, unknown>;

const versionOf = (sk: string) => Number(sk.slice('VERSION#'.length));

/**
 * The only kinds of item that may expire (carry `expiresAt`): what is kept for a while and then
 * means nothing. Everything else (deliveries, submissions, signatures, versions, audit…) is evidence.
 */
export const EPHEMERAL_ENTITIES = [
  'session',
  'sign-in-code',
  // An address's wrong sign-in tries in a day, across its codes.
  'sign-in-wrong-tries',
  // Rate counters, the send rate's slots among them.
  'rate-limit',
  'pending-subscription',
  'notice',
  // The outbox's own markers of a notice's or a digest's send.
  'outbox',
  'duplicate-marker',
  // A push hook call's signature, kept while its timestamp is fresh, so the call is not taken twice.
  'hook-signature',
  // A registration only while unconfirmed (it lapses) or cancelled (kept a month, then forgotten).
  'registration',
  // An alert waiting for its language, kept for days after it is due (it holds the address).
  'waiting-alert',
];

/**
 * What must hold between the aggregates whatever happened, read from every item of the table:
 * - a statement's signature count equals its signatures, and each signature is of a version it has;
 * - a submission has its statement, and the version it delivered is that statement's, same text hash;
 * - a submission's deliveries belong to a submission;
 * - an alert delivery belongs to a published version of a consultation and to a subscription, and
 *   the version's tally counts exactly its deliveries;
 * - every organisation was approved on the record, and a resigned or removed one has that on record
 *   too; its representative count equals its representatives, each added on the record (with the
 *   application approved or later);
 * - a draft imported from an agenda source has its item, and an item its draft until dismissed or
 *   cancelled, then none;
 * - only ephemeral kinds of item expire, and nothing sent keeps its rendered message;
 * - an alert tally's sent, failed and withheld counts are its deliveries' states.
 * - a body's running responsiveness figures equal those counted from its submissions.
 * - a closed meeting has published minutes and a next meeting that exists and points back.
 * - a survey's tally counts its answers, and a yearly survey has one answered-marker per answer.
 * - a material belongs to an organisation that exists, its index keys at its last change.
 */
export function invariantViolations(items: Item[]): string[] {
  const byPartition = new Map<string, Map<string, Item>>();
  for (const item of items) {
    const pk = String(item.pk);
    if (!byPartition.has(pk)) byPartition.set(pk, new Map());
    byPartition.get(pk)?.set(String(item.sk), item);
  }
  const partition = (pk: string) => byPartition.get(pk) ?? new Map<string, Item>();
  const actions = (organisationId: string) =>
    [...partition(`AUDIT#ORG#${organisationId}`).values()].map((entry) => String(entry.action));
  // The representatives an organisation was approved with are those of its application.
  const approvedWith = (organisationId: string) => {
    const application = partition(`APPLICATION#${organisationId}`).get('APPLICATION');
    return Array.isArray(application?.representatives) ? application.representatives.length : 0;
  };
  const problems: string[] = [];

  for (const item of items) {
    if (item.expiresAt !== undefined && !EPHEMERAL_ENTITIES.includes(String(item.entity)))
      problems.push(`${item.pk} ${item.sk}: a ${item.entity ?? 'item'} is evidence, but expires`);
    if (item.status === 'sent' && item.mail !== undefined)
      problems.push(`${item.pk} ${item.sk}: sent, but keeps its message`);
  }

  for (const [pk, rows] of byPartition) {
    const profile = rows.get('PROFILE');
    if (pk.startsWith('STATEMENT#') && profile) {
      const signatures = [...rows].filter(([sk]) => sk.startsWith('SIGNATURE#')).map(([, item]) => item);
      if (profile.signatureCount !== signatures.length) {
        problems.push(`${pk}: signatureCount ${profile.signatureCount}, but ${signatures.length} signatures`);
      }
      const hashes = new Set(
        [...rows].filter(([sk]) => sk.startsWith('VERSION#')).map(([, item]) => item.contentHash),
      );
      for (const signature of signatures) {
        if (!hashes.has(signature.contentHash))
          problems.push(`${pk} ${signature.sk}: signs no version it has`);
      }
    }
    if (pk.startsWith('SUBMISSION#')) {
      if (!profile) {
        problems.push(`${pk}: deliveries without a submission`);
        continue;
      }
      const statement = partition(`STATEMENT#${profile.statementId}`);
      const version = [...statement].find(
        ([sk]) => sk.startsWith('VERSION#') && versionOf(sk) === profile.version,
      )?.[1];
      if (!statement.has('PROFILE')) problems.push(`${pk}: its statement ${profile.statementId} is missing`);
      else if (!version) problems.push(`${pk}: version ${profile.version} of its statement is missing`);
      else if (version.contentHash !== profile.contentHash)
        problems.push(`${pk}: text differs from its version`);
    }
    if (pk.startsWith('DELIVERY#')) {
      const deliveries = [...rows].filter(([sk]) => sk.startsWith('TO#')).map(([, item]) => item);
      const first = deliveries[0] ?? rows.get('TALLY');
      if (!first) continue;
      const published = [...partition(`CONSULTATION#${first.consultationId}`).keys()].some(
        (sk) => sk.startsWith('VERSION#') && versionOf(sk) === first.version,
      );
      if (!published)
        problems.push(`${pk}: no published version ${first.version} of ${first.consultationId}`);
      for (const delivery of deliveries) {
        if (!delivery.subscriptionId) problems.push(`${pk} ${delivery.sk}: belongs to no subscription`);
      }
      const tally = rows.get('TALLY');
      // A waiter released gets a delivery as a recipient found at once does.
      const released = Number(tally?.releasedInTranslation ?? 0) + Number(tally?.releasedInOriginal ?? 0);
      if (tally && Number(tally.recipients ?? 0) + released !== deliveries.length) {
        problems.push(
          `${pk}: tally says ${tally.recipients} recipients${released ? ` and ${released} released` : ''}, ${deliveries.length} deliveries exist`,
        );
      }
      const counted = (name: string, deliveryHas: (delivery: Item) => boolean) => {
        const says = Number(tally?.[name] ?? 0);
        const are = deliveries.filter(deliveryHas).length;
        if (tally && says !== are) problems.push(`${pk}: tally says ${name} ${says}, ${are} deliveries are`);
      };
      counted('sent', (d) => d.status === 'sent');
      counted('failed', (d) => d.failedCounted === true);
      counted('suppressedAtSend', (d) => d.status === 'suppressed');
    }
    if (pk.startsWith('CONSULTATION#') && profile?.origin) {
      const origin = profile.origin as { sourceId: string; itemId: string };
      const item = partition(`SOURCE#${origin.sourceId}`).get(`ITEM#${origin.itemId}`);
      if (item?.consultationId !== pk.slice('CONSULTATION#'.length))
        problems.push(`${pk}: imported, but no item of its source`);
    }
    if (pk.startsWith('SOURCE#')) {
      for (const [sk, item] of rows) {
        if (!sk.startsWith('ITEM#')) continue;
        const exists = partition(`CONSULTATION#${item.consultationId}`).has('PROFILE');
        if (item.state === 'drafted' && !exists) problems.push(`${pk} ${sk}: its draft is missing`);
        if ((item.state === 'dismissed' || item.state === 'cancelled') && exists)
          problems.push(`${pk} ${sk}: ${item.state}, but its draft remains`);
      }
    }
    if (pk.startsWith('ORG#') && profile) {
      const id = pk.slice('ORG#'.length);
      const onRecord = actions(id);
      // A tray partner is invited by the coordinator with one representative instead of approved.
      const partner = profile.status === 'partner';
      if (!onRecord.includes(partner ? 'tray-partner.invited' : 'application.approved'))
        problems.push(`${pk}: no ${partner ? 'invitation' : 'approval'} on record`);
      if (profile.status === 'resigned' && !onRecord.includes('organisation.resigned')) {
        problems.push(`${pk}: resigned, not on record`);
      }
      if (profile.status === 'removed' && !onRecord.includes('removal.decided.removed')) {
        problems.push(`${pk}: removed, not on record`);
      }
      const representatives = [...rows.keys()].filter((sk) => sk.startsWith('REP#')).length;
      if (profile.representativeCount !== representatives) {
        problems.push(
          `${pk}: representativeCount ${profile.representativeCount}, ${representatives} representatives`,
        );
      }
      const added = onRecord.filter((action) => action === 'representative.added').length;
      const removed = onRecord.filter((action) => action === 'representative.removed').length;
      if (representatives > (partner ? 1 : approvedWith(id)) + added - removed) {
        problems.push(`${pk}: ${representatives} representatives, more than approved and added on record`);
      }
    }
  }
  const submissionsTo = new Map<string, Submission[]>();
  for (const item of items) {
    if (item.entity !== 'submission') continue;
    const bodyId = String(item.bodyId);
    submissionsTo.set(bodyId, [...(submissionsTo.get(bodyId) ?? []), item as unknown as Submission]);
  }
  const canonical = (f: Figures) =>
    JSON.stringify([
      f.submissions,
      f.acknowledged,
      f.answered,
      [...f.toAcknowledge].sort(),
      [...f.toAnswer].sort(),
    ]);
  for (const [pk, rows] of byPartition) {
    const figures = rows.get('RESPONSIVENESS');
    if (!pk.startsWith('BODY#') || figures?.complete !== true) continue;
    const counted = canonical(figuresOf(submissionsTo.get(pk.slice('BODY#'.length)) ?? []));
    if (canonical(figuresFromItem(figures)) !== counted)
      problems.push(`${pk}: responsiveness figures differ from its submissions`);
  }
  // Every closed meeting (its minutes published) has its next meeting, which exists and points back.
  for (const [pk, rows] of byPartition) {
    const profile = rows.get('PROFILE');
    if (!pk.startsWith('MEETING#') || profile?.entity !== 'meeting') continue;
    const published = rows.get('MINUTES')?.status === 'published';
    if (profile.status !== 'closed' && !published) continue;
    const next = partition(`MEETING#${profile.nextMeetingId}`).get('PROFILE');
    if (profile.status !== 'closed' || !published || !next || next.previousMeetingId !== profile.id)
      problems.push(`${pk}: closed or its minutes published, without a next meeting that points back`);
  }

  // A survey's running tally counts exactly its answers (a meeting's feedback, a year's survey),
  // and a year's survey has one answered-marker per answer.
  for (const [pk, rows] of byPartition) {
    const [tally, answerPrefix] = pk.startsWith('MEETING#')
      ? [rows.get('FEEDBACK-TALLY'), 'FEEDBACK#']
      : pk.startsWith('SURVEY#')
        ? [rows.get('TALLY'), 'ANSWER#']
        : [undefined, ''];
    const answers = [...rows].filter(([sk]) => answerPrefix && sk.startsWith(answerPrefix)).map(([, a]) => a);
    const counted = [1, 2, 3, 4, 5].map((r) => answers.filter((a) => a.rating === r).length);
    const tallied = [1, 2, 3, 4, 5].map((r) => Number(tally?.[`r${r}`] ?? 0));
    if (Number(tally?.answers ?? 0) !== answers.length || counted.join() !== tallied.join())
      problems.push(`${pk}: the survey's tally differs from its ${answers.length} answers`);
    const markers = [...rows.keys()].filter((sk) => sk.startsWith('ANSWERED#')).length;
    if (pk.startsWith('SURVEY#') && markers !== answers.length)
      problems.push(`${pk}: ${markers} answered-markers, but ${answers.length} answers`);
  }

  problems.push(...alertsFollowingTranslationViolations(items, byPartition));
  problems.push(...registrationViolations(byPartition));
  problems.push(...trayViolations(items, byPartition));
  problems.push(...materialViolations(byPartition));
  problems.push(...peerRequestViolations(items));
  problems.push(...peerLeaderViolations(byPartition));
  problems.push(...machineTranslationViolations(items));
  problems.push(...translatorViolations(byPartition));
  problems.push(...translationRequestViolations(items, byPartition));
  return problems;
}

/**
 * Peer-leader requests, their locks and the tally:
 * - a request is `sent` exactly while its organisation × leader lock holds it (and lists it as open);
 * - the tally's sent equals accepted + declined + expired + erased + the locks still held, and each of
 *   its counts is at least the requests the table holds in that state (erasure deletes requests);
 * - a sender's window holds at most the weekly limit of sends.
 */
function peerRequestViolations(items: Item[]): string[] {
  const problems: string[] = [];
  const requests = items.filter((item) => item.entity === 'peer-request');
  const locks = items.filter((item) => item.entity === 'peer-request-open');
  const lockOf = new Map(locks.map((lock) => [String(lock.requestId), lock]));
  const ids = new Set(requests.map((r) => String(r.id)));
  for (const r of requests) {
    const lock = lockOf.get(String(r.id));
    const held =
      lock?.pk === `PEER-REQUEST-OPEN#${r.organisationId}#${r.peerLeaderId}` &&
      lock.gsi1pk === 'PEER-REQUESTS-OPEN' &&
      lock.gsi1sk === `${r.answerBy}#${r.id}`;
    if ((r.status === 'sent') !== held)
      problems.push(`${r.pk}: ${r.status}, ${held ? 'but' : 'not'} held open by its lock`);
  }
  for (const lock of locks)
    if (!ids.has(String(lock.requestId))) problems.push(`${lock.pk}: holds a request that does not exist`);
  const tally = items.find((item) => item.entity === 'peer-request-tally');
  const count = (name: string) => Number(tally?.[name] ?? 0);
  const closed = ['accepted', 'declined', 'expired', 'erased'].reduce((sum, name) => sum + count(name), 0);
  if (count('sent') !== closed + locks.length)
    problems.push(`PEER-REQUEST-TALLY: ${count('sent')} sent, but ${closed} closed and ${locks.length} open`);
  for (const status of ['accepted', 'declined', 'expired']) {
    const held = requests.filter((r) => r.status === status).length;
    if (count(status) < held)
      problems.push(`PEER-REQUEST-TALLY: ${count(status)} ${status}, but ${held} requests are`);
  }
  if (count('sent') < requests.length)
    problems.push(`PEER-REQUEST-TALLY: ${count('sent')} sent, but ${requests.length} requests exist`);
  for (const sender of items.filter((item) => item.entity === 'peer-request-sender'))
    if (!Array.isArray(sender.sentAt) || sender.sentAt.length > peerLimits.requestsPerWeek)
      problems.push(`${sender.pk}: more sends in its window than the weekly limit`);
  return problems;
}

/**
 * A material of the bank belongs to an organisation that exists, and both its index entries (the
 * bank's newest first, and its organisation's) are at its last change.
 */
function materialViolations(byPartition: Map<string, Map<string, Item>>): string[] {
  const problems: string[] = [];
  for (const [pk, rows] of byPartition) {
    const material = pk.startsWith('MATERIAL#') ? rows.get('PROFILE') : undefined;
    if (!material) continue;
    const order = `${material.updatedAt}#${material.id}`;
    if (!byPartition.get(`ORG#${material.organisationId}`)?.has('PROFILE'))
      problems.push(`${pk}: its organisation ${material.organisationId} does not exist`);
    if (
      material.gsi1pk !== 'MATERIALS' ||
      material.gsi1sk !== order ||
      material.gsi2pk !== `ORG#${material.organisationId}#MATERIALS` ||
      material.gsi2sk !== order
    )
      problems.push(`${pk}: its index keys are not at its last change (${order})`);
  }
  return problems;
}

/**
 * The integration tray's derived items (shared/tray/tray-keys.ts):
 * - the running counts in `TRAY-COUNTS` equal a recount of the active activities;
 * - every activity not ended has exactly its `trayIndexPartitions` index items (ended ones none),
 *   and no index item is without its activity;
 * - a unit's `activityCount` is the number of activities under it;
 * - an organisation's tray tally holds its activities not ended and its units.
 */
function trayViolations(items: Item[], byPartition: Map<string, Map<string, Item>>): string[] {
  const problems: string[] = [];
  const activities = items.filter((item) => item.entity === 'activity') as unknown as Activity[];
  const recount = new Map<string, Map<string, number>>();
  for (const a of activities)
    for (const [area, attributes] of countContributions(a)) {
      const counts = recount.get(area) ?? new Map<string, number>();
      for (const attribute of attributes) counts.set(attribute, (counts.get(attribute) ?? 0) + 1);
      recount.set(area, counts);
    }
  const counted = partition(byPartition, TRAY_COUNTS);
  for (const area of new Set([...counted.keys(), ...recount.keys()])) {
    const stored = Object.entries(counted.get(area) ?? {}).filter(
      ([name, value]) => name.startsWith('n#') && value !== 0,
    );
    const expected = [...(recount.get(area) ?? [])];
    const canonical = (pairs: [string, unknown][]) =>
      JSON.stringify(pairs.map(([name, value]) => [name, Number(value)]).sort());
    if (canonical(stored) !== canonical(expected))
      problems.push(
        `${TRAY_COUNTS} ${area}: counts ${canonical(stored)}, active activities ${canonical(expected)}`,
      );
  }
  const expectedIndex = new Set(
    activities.flatMap((a) => trayIndexPartitions(a).map((pk) => `${pk} ${trayIndexSortKey(a)}`)),
  );
  const indexed = new Set(
    items.filter((item) => item.entity === 'tray-index').map((item) => `${item.pk} ${item.sk}`),
  );
  for (const key of expectedIndex)
    if (!indexed.has(key)) problems.push(`${key}: the activity's index item is missing`);
  for (const key of indexed)
    if (!expectedIndex.has(key)) problems.push(`${key}: an index item of no activity as it is`);
  for (const item of items.filter((one) => one.entity === 'unit')) {
    const under = activities.filter(
      (a) => a.organisationId === item.organisationId && a.unitId === item.id,
    ).length;
    if (Number(item.activityCount ?? 0) !== under)
      problems.push(`${item.pk} ${item.sk}: activityCount ${item.activityCount ?? 0}, ${under} activities`);
  }
  const tallies = new Map(
    items.filter((item) => item.entity === 'tray-tally').map((item) => [String(item.pk), item]),
  );
  const owners = new Set([
    ...tallies.keys(),
    ...activities.map((a) => `ORG#${a.organisationId}`),
    ...items.filter((item) => item.entity === 'unit').map((item) => String(item.pk)),
  ]);
  for (const pk of owners) {
    const live = activities.filter((a) => `ORG#${a.organisationId}` === pk && a.status !== 'ended').length;
    const units = items.filter((item) => item.entity === 'unit' && item.pk === pk).length;
    const tally = tallies.get(pk);
    if (Number(tally?.activities ?? 0) !== live || Number(tally?.units ?? 0) !== units)
      problems.push(
        `${pk} TRAY-TALLY: ${tally?.activities ?? 0} activities and ${tally?.units ?? 0} units, ${live} and ${units} there`,
      );
  }
  return problems;
}

const partition = (byPartition: Map<string, Map<string, Item>>, pk: string) =>
  byPartition.get(pk) ?? new Map<string, Item>();

/**
 * A meeting's places and its registrations:
 * - `registered` counts its registered registrations and never exceeds the capacity, `waiting` its
 *   waiting ones; positions are unique and none beyond the `accepted` counter that handed them out;
 * - a waiting registration is on the waiting list's index at its position, nothing else is;
 * - a registration expires only while unconfirmed or once cancelled;
 * - the waiting list moves in order: everyone still waiting has a higher position than every one the
 *   list moved up (`promotedThrough`, the highest position moved up, is at least each of theirs).
 */
function registrationViolations(byPartition: Map<string, Map<string, Item>>): string[] {
  const problems: string[] = [];
  for (const [pk, rows] of byPartition) {
    const places = rows.get('PLACES');
    if (!pk.startsWith('MEETING#') || !places) continue;
    const registrations = [...rows].filter(([sk]) => sk.startsWith('REG#')).map(([, item]) => item);
    const withStatus = (status: string) => registrations.filter((r) => r.status === status);
    const registered = withStatus('registered');
    const waiting = withStatus('waiting');
    if (places.registered !== registered.length)
      problems.push(`${pk}: places say ${places.registered} registered, ${registered.length} are`);
    if (Number(places.registered) > Number(places.capacity))
      problems.push(`${pk}: ${places.registered} registered, over the capacity of ${places.capacity}`);
    if (places.waiting !== waiting.length)
      problems.push(`${pk}: places say ${places.waiting} waiting, ${waiting.length} are`);
    const positions = registrations.flatMap((r) => (r.position === undefined ? [] : [Number(r.position)]));
    if (new Set(positions).size !== positions.length)
      problems.push(`${pk}: two registrations share a position`);
    if (positions.some((p) => p > Number(places.accepted ?? 0)))
      problems.push(`${pk}: a position beyond the ${places.accepted} accepted`);
    for (const r of registrations) {
      const listed = r.gsi1pk === `${pk}#WAITING` && r.gsi1sk === String(r.position).padStart(6, '0');
      if ((r.status === 'waiting') !== listed)
        problems.push(`${pk} ${r.sk}: ${r.status}, ${listed ? 'but' : 'not'} on the waiting list`);
      if (r.expiresAt !== undefined && r.status !== 'unconfirmed' && r.status !== 'cancelled')
        problems.push(`${pk} ${r.sk}: ${r.status}, but expires`);
    }
    const through = places.promotedThrough === undefined ? undefined : Number(places.promotedThrough);
    for (const r of registrations.filter((one) => one.promotedAt !== undefined))
      if (through === undefined || Number(r.position) > through)
        problems.push(`${pk} ${r.sk}: moved up beyond the list's promotedThrough ${through}`);
    if (through !== undefined && waiting.some((r) => Number(r.position) <= through))
      problems.push(`${pk}: someone still waits who came before one the list moved up`);
  }
  return problems;
}

/** Every item of the table (a Scan: fine for a test-only check of a test table). */
export async function allItems(endpoint: string, tableName: string): Promise<Item[]> {
  const db = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint,
      region: 'eu-north-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
  );
  const items: Item[] = [];
  for await (const page of paginateScan({ client: db }, { TableName: tableName })) {
    items.push(...(page.Items ?? []));
  }
  db.destroy();
  return items;
}

/**
 * The peer-leader bank (shared/peers/peer-keys.ts):
 * - a consent exists only with the role, a profile only with a consent;
 * - every index item has its profile, and a profile has one index item for each of its languages,
 *   no other, each carrying what the search reads and shows as the profile holds it;
 * - the role has its list entry and the list entry its role; the entry says `consented` exactly when
 *   a profile exists, and counts the person's trainings; a training exists only with the role.
 */
/** What a peer leader's search index item copies from the profile (`leadersInLanguage` reads each). */
const indexedProfileFields = [
  'name',
  'languages',
  'municipalities',
  'themes',
  'availability',
  'introduction',
  'visibility',
  'public',
] as const;

function peerLeaderViolations(byPartition: Map<string, Map<string, Item>>): string[] {
  const problems: string[] = [];
  const leaders = byPartition.get('PEER-LEADERS') ?? new Map<string, Item>();
  const indexed = new Map<string, Item[]>();
  for (const [pk, rows] of byPartition) {
    if (!pk.startsWith('PEERS#L#')) continue;
    for (const [personId, item] of rows) indexed.set(personId, [...(indexed.get(personId) ?? []), item]);
  }
  for (const [pk, rows] of byPartition) {
    if (!pk.startsWith('PERSON#') || pk.includes('#', 'PERSON#'.length)) continue;
    const personId = pk.slice('PERSON#'.length);
    const role = rows.has('ROLE#peer-leader');
    const consent = rows.get('PEER#CONSENT');
    const profile = rows.get('PEER#PROFILE');
    const trainings = [...rows.keys()].filter((sk) => sk.startsWith('PEER#TRAINING#')).length;
    const listed = leaders.get(pk);
    if (consent && !role) problems.push(`${pk}: a peer-leader consent without the role`);
    if (profile && !consent) problems.push(`${pk}: a peer-leader profile without a consent`);
    if (trainings > 0 && !role) problems.push(`${pk}: peer-leader trainings without the role`);
    if (role !== Boolean(listed)) problems.push(`${pk}: the peer-leader role and the list entry differ`);
    if (listed && listed.consented !== Boolean(profile))
      problems.push(
        `${pk}: the list entry says consented ${listed.consented}, the profile ${profile ? 'exists' : 'does not'}`,
      );
    if (listed && Number(listed.trainings ?? 0) !== trainings)
      problems.push(`${pk}: the list entry counts ${listed.trainings} trainings, ${trainings} exist`);
    const entries = indexed.get(personId) ?? [];
    indexed.delete(personId);
    const languages = Array.isArray(profile?.languages) ? (profile.languages as string[]) : [];
    const entryLanguages = entries.map((entry) => String(entry.pk).slice('PEERS#L#'.length));
    if ([...languages].sort().join() !== [...entryLanguages].sort().join())
      problems.push(`${pk}: profile languages ${languages.join()}, index items ${entryLanguages.join()}`);
    for (const entry of entries) {
      const differing = indexedProfileFields.filter(
        (field) => JSON.stringify(entry[field]) !== JSON.stringify(profile?.[field]),
      );
      if (differing.length > 0)
        problems.push(
          `${entry.pk} ${entry.sk}: the index item differs from the profile in ${differing.join()}`,
        );
    }
  }
  for (const personId of indexed.keys()) problems.push(`PERSON#${personId}: index items without a profile`);
  return problems;
}

/** A machine draft shown to readers is nobody's work: it names no translator and no reviewer. */
function machineTranslationViolations(items: Item[]): string[] {
  return items
    .filter((item) => item.entity === 'translation' && item.mark === 'machine')
    .filter((item) => item.translatedBy !== undefined || item.reviewedBy !== undefined)
    .map((item) => `${item.pk} ${item.sk}: a machine translation that names a translator or reviewer`);
}

/**
 * Alerts that follow the translation (shared/alerts/waiting-store.ts) and the languages' counts:
 * - a version's tally counts its waiters: those still waiting are its waiting items, the rest released
 *   or withdrawn (their subscription ended);
 * - its follow-ups are its follow-up items, and their `FOLLOW-UPS` tally counts their send states;
 * - a released delivery was released as its tally says;
 * - `LANGUAGE-NEEDS` counts exactly the active subscriptions in each language.
 */
function alertsFollowingTranslationViolations(
  items: Item[],
  byPartition: Map<string, Map<string, Item>>,
): string[] {
  const problems: string[] = [];
  const waitingOf = new Map<string, number>();
  const followUpsOf = new Map<string, Item[]>();
  for (const item of items) {
    const version = `DELIVERY#${item.consultationId}#v${item.version}`;
    if (item.entity === 'waiting-alert') waitingOf.set(version, (waitingOf.get(version) ?? 0) + 1);
    if (item.entity === 'delivery' && String(item.pk).startsWith('FOLLOW-UP#'))
      followUpsOf.set(version, [...(followUpsOf.get(version) ?? []), item]);
  }
  const versions = new Set([...waitingOf.keys(), ...followUpsOf.keys()]);
  for (const [pk, rows] of byPartition) if (pk.startsWith('DELIVERY#') && rows.has('TALLY')) versions.add(pk);
  for (const pk of versions) {
    const rows = byPartition.get(pk) ?? new Map<string, Item>();
    const tally = rows.get('TALLY') ?? {};
    const figure = (name: string, of: Item = tally) => Number(of[name] ?? 0);
    const stillWaiting =
      figure('waiting') -
      figure('releasedInTranslation') -
      figure('releasedInOriginal') -
      figure('withdrawn');
    if (stillWaiting !== (waitingOf.get(pk) ?? 0))
      problems.push(
        `${pk}: tally leaves ${stillWaiting} waiting, ${waitingOf.get(pk) ?? 0} waiting items exist`,
      );
    const deliveries = [...rows].filter(([sk]) => sk.startsWith('TO#')).map(([, item]) => item);
    for (const [release, name] of [
      ['translation', 'releasedInTranslation'],
      ['original', 'releasedInOriginal'],
    ] as const) {
      const are = deliveries.filter((d) => d.released === release).length;
      if (are !== figure(name))
        problems.push(`${pk}: tally says ${name} ${figure(name)}, ${are} deliveries are`);
    }
    const followUps = followUpsOf.get(pk) ?? [];
    if (figure('followUps') !== followUps.length)
      problems.push(`${pk}: tally says ${figure('followUps')} follow-ups, ${followUps.length} exist`);
    const sends = rows.get('FOLLOW-UPS') ?? {};
    for (const [name, has] of [
      ['sent', (d: Item) => d.status === 'sent'],
      ['failed', (d: Item) => d.failedCounted === true],
      ['suppressedAtSend', (d: Item) => d.status === 'suppressed'],
    ] as const) {
      const are = followUps.filter(has).length;
      if (are !== figure(name, sends))
        problems.push(`${pk}: follow-ups' tally says ${name} ${figure(name, sends)}, ${are} follow-ups are`);
    }
  }
  const needs = byPartition.get('LANGUAGE-NEEDS')?.get('SUBSCRIPTIONS') ?? {};
  const active = new Map<string, number>();
  for (const item of items)
    if (item.entity === 'subscription')
      active.set(String(item.language), (active.get(String(item.language)) ?? 0) + 1);
  const counted = Object.keys(needs)
    .filter((name) => name.startsWith('subscriptions_'))
    .map((name) => name.slice('subscriptions_'.length));
  for (const language of new Set([...active.keys(), ...counted])) {
    const says = Number(needs[`subscriptions_${language}`] ?? 0);
    if (says !== (active.get(language) ?? 0))
      problems.push(
        `LANGUAGE-NEEDS: ${says} subscriptions in ${language}, ${active.get(language) ?? 0} active`,
      );
  }
  return problems;
}

/**
 * Translators (shared/translations/translation-keys.ts): a person's `ROLE#translator` has its
 * `TRANSLATORS` list entry with the same languages, and exactly one `TRANSLATORS#L#<language>` index
 * item for each of them, no other; a list entry or an index item without the role is left over.
 */
function translatorViolations(byPartition: Map<string, Map<string, Item>>): string[] {
  const problems: string[] = [];
  const listed = byPartition.get('TRANSLATORS') ?? new Map<string, Item>();
  const indexed = new Map<string, string[]>();
  for (const [pk, rows] of byPartition) {
    if (!pk.startsWith('TRANSLATORS#L#')) continue;
    for (const personId of rows.keys())
      indexed.set(personId, [...(indexed.get(personId) ?? []), pk.slice('TRANSLATORS#L#'.length)]);
  }
  const sorted = (languages: unknown) =>
    Array.isArray(languages) ? languages.map(String).sort().join() : '';
  const roles = new Set<string>();
  for (const [pk, rows] of byPartition) {
    const role = rows.get('ROLE#translator');
    if (!pk.startsWith('PERSON#') || !role) continue;
    const personId = pk.slice('PERSON#'.length);
    roles.add(personId);
    const entry = listed.get(pk);
    if (!entry) problems.push(`${pk}: a translator role without its list entry`);
    else if (sorted(entry.languages) !== sorted(role.languages))
      problems.push(
        `${pk}: the translator's list entry says ${sorted(entry.languages)}, the role ${sorted(role.languages)}`,
      );
    const languages = [...(indexed.get(personId) ?? [])].sort().join();
    if (languages !== sorted(role.languages))
      problems.push(
        `${pk}: the translator's languages are ${sorted(role.languages)}, index items ${languages}`,
      );
  }
  for (const pk of listed.keys())
    if (!roles.has(pk.slice('PERSON#'.length)))
      problems.push(`TRANSLATORS ${pk}: a list entry without the role`);
  for (const personId of indexed.keys())
    if (!roles.has(personId)) problems.push(`PERSON#${personId}: translator index items without the role`);
  return problems;
}
/**
 * The translation workflow (shared/translations/translation-keys.ts):
 * - a request's index keys are those of its status (every change of status rewrites them);
 * - no request is in its subject's original language;
 * - a reviewed translation names its translator and its reviewer, two people;
 * - a subject has at most one request per language (its key is `REQUEST#<language>`: the key
 *   holds it, and the item's language is the key's).
 */
function translationRequestViolations(items: Item[], byPartition: Map<string, Map<string, Item>>): string[] {
  const problems: string[] = [];
  for (const item of items) {
    if (item.entity === 'translation-request') {
      const where = `${item.pk} ${item.sk}`;
      const keys = requestIndexKeys(item as unknown as Parameters<typeof requestIndexKeys>[0]);
      const differing = Object.entries(keys).filter(([name, value]) => item[name] !== value);
      if (differing.length > 0)
        problems.push(
          `${where}: index keys ${differing.map(([name]) => name).join()} differ from its ${item.status}`,
        );
      if (item.language === item.sourceLanguage)
        problems.push(`${where}: a request in the original's own language`);
      if (item.sk !== `REQUEST#${item.language}` || item.pk !== `TRANSLATION#${item.kind}#${item.subjectId}`)
        problems.push(`${where}: not at the key of its subject and language`);
      if (item.status !== 'open' && !item.claimedBy)
        problems.push(`${where}: ${item.status} without its translator`);
    }
    if (item.entity === 'translation' && item.mark === 'reviewed') {
      if (!item.translatedBy || !item.reviewedBy || item.translatedBy === item.reviewedBy)
        problems.push(`${item.pk} ${item.sk}: reviewed without a translator and another reviewer`);
    }
  }
  for (const [pk, rows] of byPartition) {
    if (!pk.startsWith('TRANSLATION#')) continue;
    const languages = [...rows.values()]
      .filter((item) => item.entity === 'translation-request')
      .map((item) => String(item.language));
    if (new Set(languages).size !== languages.length) problems.push(`${pk}: two requests of one language`);
  }
  return problems;
}
