import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '#shared/store/client.ts';
import { KEY } from '#shared/store/table.ts';
import {
  CODE_VALID_MINUTES,
  type CodeCheck,
  checkSignInCode,
  MAX_WRONG_TRIES,
  type StoredCode,
} from './sign-in-code.ts';

const codeKey = (email: string) => ({ [KEY.pk]: `SIGNIN#${email}`, [KEY.sk]: 'CODE' });

/** A new code replaces any earlier one for the address. */
export async function storeSignInCode(
  store: Store,
  email: string,
  codeHash: string,
  now: Date,
): Promise<void> {
  const expiresAt = Math.floor(now.getTime() / 1000) + CODE_VALID_MINUTES * 60;
  await store.db.send(
    new PutCommand({
      TableName: store.tableName,
      Item: {
        ...codeKey(email),
        entity: 'sign-in-code',
        codeHash,
        wrongTries: 0,
        used: false,
        [KEY.expiresAt]: expiresAt,
      },
    }),
  );
}

/**
 * Checks a code and records the outcome with conditional writes, so that two requests racing with
 * the same code cannot both use it and no wrong try goes uncounted.
 */
export async function redeemSignInCode(
  store: Store,
  email: string,
  codeHash: string,
  now: Date,
): Promise<CodeCheck> {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: codeKey(email), ConsistentRead: true }),
  );
  const stored = Item as StoredCode | undefined;
  const check = checkSignInCode(stored, codeHash, Math.floor(now.getTime() / 1000));
  if (check !== 'valid' && check !== 'wrong') return check;
  try {
    await store.db.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: codeKey(email),
        UpdateExpression: check === 'valid' ? 'SET used = :true' : 'ADD wrongTries :one',
        ConditionExpression: 'codeHash = :stored AND used = :false AND wrongTries < :max',
        ExpressionAttributeValues: {
          ':stored': stored?.codeHash,
          ':false': false,
          ':max': MAX_WRONG_TRIES,
          ...(check === 'valid' ? { ':true': true } : { ':one': 1 }),
        },
      }),
    );
    return check;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException)
      return redeemSignInCode(store, email, codeHash, now);
    throw error;
  }
}
