/**
 * The one table definition. The CDK stack builds its Table from it and the local runtime its
 * CreateTable request, so the two cannot drift. Entities use generic keys; README.md here lists them.
 */
export const KEY = {
  pk: 'pk',
  sk: 'sk',
  gsi1pk: 'gsi1pk',
  gsi1sk: 'gsi1sk',
  gsi2pk: 'gsi2pk',
  gsi2sk: 'gsi2sk',
  /** Epoch seconds; DynamoDB deletes the item some time after. */
  expiresAt: 'expiresAt',
} as const;

export interface IndexDefinition {
  name: string;
  partitionKey: string;
  sortKey: string;
}

export const tableDefinition = {
  partitionKey: KEY.pk,
  sortKey: KEY.sk,
  globalSecondaryIndexes: [
    { name: 'gsi1', partitionKey: KEY.gsi1pk, sortKey: KEY.gsi1sk },
    { name: 'gsi2', partitionKey: KEY.gsi2pk, sortKey: KEY.gsi2sk },
  ] satisfies IndexDefinition[],
  timeToLiveAttribute: KEY.expiresAt,
  streamViewType: 'NEW_AND_OLD_IMAGES',
} as const;
