import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import type { Store } from '#shared/store/client.ts';

/**
 * The test runtime's table, from what the runtime tells every tier: the browser tier has no service
 * environment, so `store()` of shared/store/client.ts is not there. Marshalled as that one is, so
 * the use cases' items (an absent `before` of an audit entry) write the same.
 */
export function runtimeStore(): Store {
  const { dynamodbEndpoint, tableName } = inject('runtime');
  const client = new DynamoDBClient({
    endpoint: dynamodbEndpoint,
    region: 'eu-north-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return {
    db: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
    tableName,
  };
}
