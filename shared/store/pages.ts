import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { BadRequest } from '#shared/errors.ts';
import type { DocumentClient } from './client.ts';

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; absent on the last page. */
  cursor?: string;
}

const encode = (key: Record<string, unknown> | undefined) =>
  key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;

function decode(cursor: string | undefined): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (key && typeof key === 'object' && !Array.isArray(key)) return key;
  } catch {
    // fall through to the error below
  }
  throw new BadRequest('The cursor is not one this API gave out.', 'invalid_cursor');
}

/** One page of a Query, with an opaque cursor for the next. */
export async function queryPage<T>(
  db: DocumentClient,
  input: QueryCommandInput,
  cursor: string | undefined,
  map: (item: Record<string, unknown>) => T,
): Promise<Page<T>> {
  const { Items = [], LastEvaluatedKey } = await db.send(
    new QueryCommand({ ...input, ExclusiveStartKey: decode(cursor) }),
  );
  return { items: Items.map(map), cursor: encode(LastEvaluatedKey) };
}
