import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import type { TranslatableKind } from './facts.ts';
import { storedTranslation, type Translation } from './translation.ts';
import { LANG_PREFIX, subjectPartition, translationKey } from './translation-keys.ts';

/** What readers see of a subject in one language, if anything. */
export async function getTranslation(
  store: Store,
  kind: TranslatableKind,
  subjectId: string,
  language: string,
): Promise<Translation | undefined> {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: translationKey(kind, subjectId, language) }),
  );
  return Item ? storedTranslation.parse(Item) : undefined;
}

/** Every language a subject is translated into (one Query of its partition). */
export async function listTranslations(
  store: Store,
  kind: TranslatableKind,
  subjectId: string,
): Promise<Translation[]> {
  const items = await queryAll(store, {
    partition: subjectPartition(kind, subjectId),
    sortKeyPrefix: LANG_PREFIX,
  });
  return items.map((item) => storedTranslation.parse(item));
}
