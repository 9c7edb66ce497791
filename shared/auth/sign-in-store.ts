import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '#shared/store/client.ts';
import { KEY } from '#shared/store/table.ts';
import { failedNames, type TransactItem, transact } from '#shared/store/transactions.ts';
import {
  addressWindow,
  CODE_VALID_MINUTES,
  type CodeCheck,
  checkSignInCode,
  MAX_WRONG_TRIES,
  MAX_WRONG_TRIES_PER_ADDRESS,
  type StoredCode,
} from './sign-in-code.ts';

/** An address's code and its counts of wrong tries share a partition, keyed by the address's tag. */
const partition = (tag: string) => `SIGNIN#${tag}`;
const codeKey = (tag: string) => ({ [KEY.pk]: partition(tag), [KEY.sk]: 'CODE' });
const wrongTriesKey = (tag: string, windowStart: number) => ({
  [KEY.pk]: partition(tag),
  [KEY.sk]: `WRONG#${windowStart}`,
});

/** A new code replaces any earlier one for the address; the address's wrong tries stay counted. */
export async function storeSignInCode(store: Store, tag: string, codeHash: string, now: Date): Promise<void> {
  const expiresAt = Math.floor(now.getTime() / 1000) + CODE_VALID_MINUTES * 60;
  await store.db.send(
    new PutCommand({
      TableName: store.tableName,
      Item: {
        ...codeKey(tag),
        entity: 'sign-in-code',
        codeHash,
        wrongTries: 0,
        used: false,
        [KEY.expiresAt]: expiresAt,
      },
    }),
  );
}

async function readPartition(store: Store, tag: string) {
  const { Items = [] } = await store.db.send(
    new QueryCommand({
      TableName: store.tableName,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': KEY.pk },
      ExpressionAttributeValues: { ':pk': partition(tag) },
      ConsistentRead: true,
    }),
  );
  return Items;
}

/**
 * Checks a code and records the outcome in one transaction, so that two requests racing with the
 * same code cannot both use it, no wrong try goes uncounted (for the code and for the address), and
 * no code is accepted once the address has had too many wrong tries in the window.
 */
export async function redeemSignInCode(
  store: Store,
  tag: string,
  codeHash: string,
  now: Date,
): Promise<CodeCheck> {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const window = addressWindow(nowSeconds);
  const items = await readPartition(store, tag);
  const stored = items.find((item) => item[KEY.sk] === 'CODE') as StoredCode | undefined;
  const counter = items.find((item) => item[KEY.sk] === wrongTriesKey(tag, window.start)[KEY.sk]);
  const check = checkSignInCode(stored, Number(counter?.count ?? 0), codeHash, nowSeconds);
  if (check !== 'valid' && check !== 'wrong') return check;
  const underCap = {
    ConditionExpression: 'attribute_not_exists(#count) OR #count < :cap',
    ExpressionAttributeNames: { '#count': 'count' },
  };
  const code: TransactItem = {
    name: 'code',
    Update: {
      TableName: '',
      Key: codeKey(tag),
      UpdateExpression: check === 'valid' ? 'SET used = :true' : 'ADD wrongTries :one',
      ConditionExpression: 'codeHash = :stored AND used = :false AND wrongTries < :max',
      ExpressionAttributeValues: {
        ':stored': stored?.codeHash,
        ':false': false,
        ':max': MAX_WRONG_TRIES,
        ...(check === 'valid' ? { ':true': true } : { ':one': 1 }),
      },
    },
  };
  const address: TransactItem =
    check === 'valid'
      ? {
          name: 'wrongTries',
          ConditionCheck: {
            TableName: '',
            Key: wrongTriesKey(tag, window.start),
            ...underCap,
            ExpressionAttributeValues: { ':cap': MAX_WRONG_TRIES_PER_ADDRESS },
          },
        }
      : {
          name: 'wrongTries',
          Update: {
            TableName: '',
            Key: wrongTriesKey(tag, window.start),
            UpdateExpression: 'ADD #count :one SET entity = :entity, #expiresAt = :expiresAt',
            ...underCap,
            ExpressionAttributeNames: { ...underCap.ExpressionAttributeNames, '#expiresAt': KEY.expiresAt },
            ExpressionAttributeValues: {
              ':one': 1,
              ':cap': MAX_WRONG_TRIES_PER_ADDRESS,
              ':entity': 'sign-in-wrong-tries',
              ':expiresAt': window.end,
            },
          },
        };
  try {
    await transact(store, [code, address]);
    return check;
  } catch (error) {
    // Another try changed the code or the count first: check again with what is stored now.
    if (failedNames(error).size > 0) return redeemSignInCode(store, tag, codeHash, now);
    throw error;
  }
}
