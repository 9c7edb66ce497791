import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { Conflict } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { getMany, queryAll } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import {
  failedConditions,
  putItem,
  putNew,
  type TransactItem,
  transact,
} from '#shared/store/transactions.ts';
import { type Signature, type Statement, storedSignature, storedStatement } from './statement.ts';

const profileKey = (id: string) => ({ [KEY.pk]: `STATEMENT#${id}`, [KEY.sk]: 'PROFILE' });
const versionKey = (id: string, version: number) => ({
  [KEY.pk]: `STATEMENT#${id}`,
  [KEY.sk]: `VERSION#${String(version).padStart(6, '0')}`,
});
const signatureKey = (statementId: string, organisationId: string) => ({
  [KEY.pk]: `STATEMENT#${statementId}`,
  [KEY.sk]: `SIGNATURE#${organisationId}`,
});

const profileItem = (s: Statement) => ({
  ...profileKey(s.id),
  // A consultation's statements, oldest first; a lead organisation's statements, newest first.
  [KEY.gsi1pk]: `CONSULTATION#${s.consultationId}#STATEMENTS`,
  [KEY.gsi1sk]: `${s.createdAt}#${s.id}`,
  [KEY.gsi2pk]: `ORG#${s.leadOrganisationId}#STATEMENTS`,
  [KEY.gsi2sk]: `${s.createdAt}#${s.id}`,
  entity: 'statement',
  ...s,
});

const versionItem = (s: Statement) =>
  putItem({ ...versionKey(s.id, s.version), entity: 'statement-version', ...s });

export async function createStatement(store: Store, s: Statement): Promise<void> {
  await transact(store, [putNew(profileItem(s)), versionItem(s)]);
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
    if (failedConditions(error).includes(0)) throw changedMeanwhile();
    throw error;
  }
}

export async function listVersions(store: Store, id: string): Promise<Statement[]> {
  const items = await queryAll(store, { partition: `STATEMENT#${id}`, sortKeyPrefix: 'VERSION#' });
  return items.map((item) => storedStatement.parse(item));
}

export async function listSignatures(store: Store, statementId: string): Promise<Signature[]> {
  const items = await queryAll(store, { partition: `STATEMENT#${statementId}`, sortKeyPrefix: 'SIGNATURE#' });
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
  [KEY.gsi1pk]: `ORG#${signed.organisationId}#SIGNATURES`,
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
              Put: {
                TableName: '',
                Item: item,
                ConditionExpression: 'contentHash = :earlier',
                ExpressionAttributeValues: { ':earlier': existing.contentHash },
              },
            }
          : { Put: { TableName: '', Item: item, ConditionExpression: `attribute_not_exists(${KEY.pk})` } },
        {
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
      const failed = failedConditions(error);
      if (failed.includes(1))
        throw new Conflict(
          'The statement changed, closed or passed its deadline meanwhile. Reload it.',
          'changed_meanwhile',
        );
      // Another representative of the same organisation signed at the same moment: read again.
      if (!failed.includes(0)) throw error;
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
        Delete: {
          TableName: '',
          Key: signatureKey(s.id, organisationId),
          ConditionExpression: `attribute_exists(${KEY.pk})`,
        },
      },
      {
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
    const failed = failedConditions(error);
    if (failed.includes(1))
      throw new Conflict('Signatures can be withdrawn only while the statement is open.', 'not_open');
    if (failed.includes(0)) return false;
    throw error;
  }
}

export async function listConsultationStatements(store: Store, consultationId: string): Promise<Statement[]> {
  const items = await queryAll(store, {
    index: 'gsi1',
    partition: `CONSULTATION#${consultationId}#STATEMENTS`,
  });
  return items.map((item) => storedStatement.parse(item));
}

/** What an organisation leads (drafts included) and what it has signed, newest first. */
export async function listOrganisationStatements(store: Store, organisationId: string) {
  const [led, signatures] = await Promise.all([
    queryAll(store, { index: 'gsi2', partition: `ORG#${organisationId}#STATEMENTS`, newestFirst: true }),
    queryAll(store, { index: 'gsi1', partition: `ORG#${organisationId}#SIGNATURES`, newestFirst: true }),
  ]);
  const signedIds = signatures.map((item) => String(item.statementId));
  const signedVersion = new Map(signatures.map((item) => [String(item.statementId), Number(item.version)]));
  const signed = await getMany(
    store,
    signedIds.map((id) => profileKey(id)),
  );
  const byId = new Map(signed.map((item) => [String(item.id), storedStatement.parse(item)]));
  return {
    led: led.map((item) => storedStatement.parse(item)),
    // With the version the organisation signed: an earlier one waits for its confirmation.
    signed: signedIds.flatMap((id) => {
      const found = byId.get(id);
      return found ? [{ ...found, signedVersion: signedVersion.get(id) ?? found.version }] : [];
    }),
  };
}
