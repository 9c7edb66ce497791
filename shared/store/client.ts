import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type Config, config } from '#shared/config.ts';

export function createDocumentClient(settings: Pick<Config, 'region' | 'dynamodbEndpoint'>) {
  const client = new DynamoDBClient({
    region: settings.region,
    endpoint: settings.dynamodbEndpoint,
    maxAttempts: 3,
    // Fail fast so an unreachable table becomes a clear 503 instead of a hung request.
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 5_000 },
  });
  // The SDK's logger middleware copies every input and output for a logger that discards them: CPU
  // spent on each call, in proportion to the answer's size. Kaiutin logs what matters itself.
  client.middlewareStack.remove('loggerMiddleware');
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}

export type DocumentClient = ReturnType<typeof createDocumentClient>;

/** What every repository function needs: the client and the table. */
export interface Store {
  db: DocumentClient;
  tableName: string;
}

let shared: DocumentClient | undefined;

/** The process-wide client, created on first use from the validated configuration. */
export function documentClient(): DocumentClient {
  shared ??= createDocumentClient(config());
  return shared;
}

/** The process-wide store of the configured table. */
export const store = (): Store => ({ db: documentClient(), tableName: config().tableName });
