import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { consultationPartition } from '#shared/consultations/consultation-store.ts';
import { Conflict } from '#shared/errors.ts';
import { organisationPartition } from '#shared/membership/organisation-store.ts';
import type { Store } from '#shared/store/client.ts';
import { getMany, type Page, queryAll, queryPage } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { failedNames, putItem, putNew, type TransactItem, transact } from '#shared/store/transactions.ts';
import { type Signature, type Statement, storedSignature, storedStatement } from './statement.ts';

/** A statement's partition: its profile, every version and every signature. */
const statementPartition = (id: string) => `STATEMENT#${id}`;
const profileKey = (id: string) => ({ [KEY.pk]: statementPartition(id), [KEY.sk]: 'PROFILE' });
const versionKey = (id: string, version: number) => ({
  [KEY.pk]: statementPartition(id),
  [KEY.sk]: `VERSION#${String(version).padStart(6, '0')}`,
});
const signatureKey = (statementId: string, organisationId: string) => ({
  [KEY.pk]: statementPartition(statementId),
  [KEY.sk]: `SIGNATURE#${organisationId}`,
});

const ofConsultation = (consultationId: string) => `${consultationPartition(consultationId)}#STATEMENTS`;
const ledBy = (organisationId: string) => `${organisationPartition(organisationId)}#STATEMENTS`;
const signedBy = (organisationId: string) => `${organisationPartition(organisationId)}#SIGNATURES`;

const profileItem = (s: Statement) => ({
  ...profileKey(s.id),
  // A consultation's statements, oldest first; a lead organisation's statements, newest first.
  [KEY.gsi1pk]: ofConsultation(s.consultationId),
  [KEY.gsi1sk]: `${s.createdAt}#${s.id}`,
  [KEY.gsi2pk]: ledBy(s.leadOrganisationId),
  [KEY.gsi2sk]: `${s.createdAt}#${s.id}`,
  entity: 'statement',
  ...s,
});

const versionItem = (s: Statement) =>
  putItem({ ...versionKey(s.id, s.version), entity: 'statement-version', ...s });

export async function createStatement(store: Store, s: Statement): Promise<void> {
  await transact(store, [putNew('statement', profileItem(s)), versionItem(s)]);
}

export async function getStatement(store: Store, id: string): Promise<Statement | undefined> {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: profileKey(id), ConsistentRead: true }),
  );
  return Item ? storedStatement.parse(Item) : undefined;
}

const changedMeanwhile = () =>
  new Conflict(
    'Someone changed this statement at the same time. Reload it and try again.',
    'changed_meanwhile',
  );

/**
 * The write of a change to what was read, only if nobody changed the statement in between: same
 * version, status and signature count (a signature landing meanwhile makes the change fail, never lost).
 */
export function statementUpdate(before: Statement, after: Statement): TransactItem {
  return {
    name: 'statement',
    Put: {
      TableName: '',
      Item: profileItem(after),
      ConditionExpression: '#version = :version AND #status = :status AND signatureCount = :count',
      ExpressionAttributeNames: { '#version': 'version', '#status': 'status' },
      ExpressionAttributeValues: {
        ':version': before.version,
        ':status': before.status,
        ':count': before.signatureCount,
      },
    },
  };
}

/** Saves a change (a new version keeps its snapshot) with whatever else must happen with it: notices, reminders. */
export async function saveStatement(
  store: Store,
  before: Statement,
  after: Statement,
  alongside: Record<string, unknown>[] = [],
): Promise<void> {
  const items: TransactItem[] = [statementUpdate(before, after)];
  if (after.version !== before.version) items.push(versionItem(after));
  items.push(...alongside.map(putItem));
  try {
    await transact(store, items);
  } catch (error) {
    if (failedNames(error).has('statement')) throw changedMeanwhile();
    throw error;
  }
}

const parse = (item: Record<string, unknown>) => storedStatement.parse(item);
const PER_PAGE = 20;

/** A statement's versions, newest first, a page at a time (every edit is one). */
export function listVersions(store: Store, id: string, cursor: string | undefined): Promise<Page<Statement>> {
  return queryPage(
    store,
    { partition: statementPartition(id), sortKeyPrefix: 'VERSION#', newestFirst: true, limit: PER_PAGE },
    cursor,
    parse,
  );
}

export async function listSignatures(store: Store, statementId: string): Promise<Signature[]> {
  const items = await queryAll(store, {
    partition: statementPartition(statementId),
    sortKeyPrefix: 'SIGNATURE#',
  });
  return items.map((item) => storedSignature.parse(item));
}

async function getSignature(store: Store, statementId: string, organisationId: string) {
  const { Item } = await store.db.send(
    new GetCommand({
      TableName: store.tableName,
      Key: signatureKey(statementId, organisationId),
      ConsistentRead: true,
    }),
  );
  return Item ? storedSignature.parse(Item) : undefined;
}

export const signatureItem = (signed: Signature) => ({
  ...signatureKey(signed.statementId, signed.organisationId),
  // What an organisation has signed, newest first.
  [KEY.gsi1pk]: signedBy(signed.organisationId),
  [KEY.gsi1sk]: `${signed.signedAt}#${signed.statementId}`,
  entity: 'signature',
  ...signed,
});

export interface SignOutcome {
  outcome: 'signed' | 'confirmed-new-version' | 'already-signed';
  /** The organisation's signature as it now stands (an earlier one, if it had signed already). */
  signature: Signature;
}

/**
 * Records one signature per organisation, exactly once however many sign at the same moment: the
 * signature and the count change in one transaction, conditional on the signature's absence (or on
 * it holding an earlier version, which the new one replaces without counting twice).
 */
export async function sign(store: Store, s: Statement, signed: Signature, now: Date): Promise<SignOutcome> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const existing = await getSignature(store, s.id, signed.organisationId);
    if (existing?.contentHash === s.contentHash) return { outcome: 'already-signed', signature: existing };
    const item = signatureItem(signed);
    try {
      await transact(store, [
        existing
          ? {
              name: 'signature',
              Put: {
                TableName: '',
                Item: item,
                ConditionExpression: 'contentHash = :earlier',
                ExpressionAttributeValues: { ':earlier': existing.contentHash },
              },
            }
          : putNew('signature', item),
        {
          name: 'statement',
          Update: {
            TableName: '',
            Key: profileKey(s.id),
            UpdateExpression: 'ADD signatureCount :added',
            // Still open, at the version signed, before its co-signing deadline.
            ConditionExpression:
              '#status = :open AND contentHash = :hash AND (attribute_not_exists(cosignDeadline) OR cosignDeadline > :now)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':open': 'open',
              ':hash': s.contentHash,
              ':now': now.toISOString(),
              ':added': existing ? 0 : 1,
            },
          },
        },
      ]);
      return { outcome: existing ? 'confirmed-new-version' : 'signed', signature: signed };
    } catch (error) {
      const failed = failedNames(error);
      if (failed.has('statement'))
        throw new Conflict(
          'The statement changed, closed or passed its deadline meanwhile. Reload it.',
          'changed_meanwhile',
        );
      // Another representative of the same organisation signed at the same moment: read again.
      if (!failed.has('signature')) throw error;
    }
  }
  throw changedMeanwhile();
}

/** Withdraws an organisation's signature while the statement is open; the count follows in the same transaction. */
export async function withdrawSignature(
  store: Store,
  s: Statement,
  organisationId: string,
): Promise<boolean> {
  try {
    await transact(store, [
      {
        name: 'signature',
        Delete: {
          TableName: '',
          Key: signatureKey(s.id, organisationId),
          ConditionExpression: `attribute_exists(${KEY.pk})`,
        },
      },
      {
        name: 'open',
        Update: {
          TableName: '',
          Key: profileKey(s.id),
          UpdateExpression: 'ADD signatureCount :minus',
          ConditionExpression: '#status = :open',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':minus': -1, ':open': 'open' },
        },
      },
    ]);
    return true;
  } catch (error) {
    const failed = failedNames(error);
    if (failed.has('open'))
      throw new Conflict('Signatures can be withdrawn only while the statement is open.', 'not_open');
    if (failed.has('signature')) return false;
    throw error;
  }
}

/**
 * A consultation's statements, newest first, a page at a time: drafts only of the lead
 * organisations the reader represents (all of them for the coordinator), filtered as the page is read.
 */
export function listConsultationStatements(
  store: Store,
  consultationId: string,
  reader: { coordinator: boolean; organisations: string[] } | undefined,
  cursor: string | undefined,
): Promise<Page<Statement>> {
  // DynamoDB takes at most 100 operands for IN; nobody represents that many organisations.
  const own = reader?.coordinator ? [] : (reader?.organisations ?? []).slice(0, 99);
  const values = Object.fromEntries(own.map((id, i) => [`:org${i}`, id]));
  return queryPage(
    store,
    {
      index: 'gsi1',
      partition: ofConsultation(consultationId),
      newestFirst: true,
      limit: PER_PAGE,
      ...(reader?.coordinator
        ? {}
        : {
            filter: {
              expression: `#status <> :draft${own.length ? ` OR leadOrganisationId IN (${Object.keys(values).join(', ')})` : ''}`,
              names: { '#status': 'status' },
              values: { ':draft': 'draft', ...values },
            },
          }),
    },
    cursor,
    parse,
  );
}

/** What an organisation leads, drafts included, newest first. */
export function listLedStatements(
  store: Store,
  organisationId: string,
  cursor: string | undefined,
): Promise<Page<Statement>> {
  return queryPage(
    store,
    { index: 'gsi2', partition: ledBy(organisationId), newestFirst: true, limit: PER_PAGE },
    cursor,
    parse,
  );
}

/** What an organisation has signed, newest signature first, with the version it signed. */
export async function listSignedStatements(
  store: Store,
  organisationId: string,
  cursor: string | undefined,
): Promise<Page<Statement & { signedVersion: number }>> {
  const page = await queryPage(
    store,
    { index: 'gsi1', partition: signedBy(organisationId), newestFirst: true, limit: PER_PAGE },
    cursor,
    (item) => ({ statementId: String(item.statementId), version: Number(item.version) }),
  );
  const statements = await getMany(
    store,
    page.items.map((signed) => profileKey(signed.statementId)),
  );
  const byId = new Map(statements.map((item) => [String(item.id), parse(item)]));
  return {
    ...page,
    // With the version the organisation signed: an earlier one waits for its confirmation.
    items: page.items.flatMap((signed) => {
      const found = byId.get(signed.statementId);
      return found ? [{ ...found, signedVersion: signed.version }] : [];
    }),
  };
}

/** The statements with these ids that exist (BatchGet), in no particular order. */
export async function getStatements(store: Store, ids: string[]): Promise<Statement[]> {
  const items = await getMany(store, [...new Set(ids)].map(profileKey));
  return items.map(parse);
}

/** An organisation's signatures, newest first, a page at a time, each with the text (hash) it approved. */
export function listOrganisationSignatures(
  store: Store,
  organisationId: string,
  limit: number,
): Promise<Page<Signature>> {
  return queryPage(
    store,
    { index: 'gsi1', partition: signedBy(organisationId), newestFirst: true, limit },
    undefined,
    (item) => storedSignature.parse(item),
  );
}

/** Which of these statements the organisation has signed (BatchGet of its signatures). */
export async function signaturesOf(
  store: Store,
  organisationId: string,
  statementIds: string[],
): Promise<Signature[]> {
  const items = await getMany(
    store,
    [...new Set(statementIds)].map((id) => signatureKey(id, organisationId)),
  );
  return items.map((item) => storedSignature.parse(item));
}

/** What an organisation leads that is still a draft, newest first, a page at a time. */
export function listLedDrafts(store: Store, organisationId: string, limit: number): Promise<Page<Statement>> {
  return queryPage(
    store,
    {
      index: 'gsi2',
      partition: ledBy(organisationId),
      newestFirst: true,
      limit,
      filter: {
        expression: '#status = :draft',
        names: { '#status': 'status' },
        values: { ':draft': 'draft' },
      },
    },
    undefined,
    parse,
  );
}
