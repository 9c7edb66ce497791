import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { healthRoutes as routes } from '#shared/api/routes/service.ts';
import { config } from '#shared/config.ts';
import { documentClient } from '#shared/store/client.ts';
import { httpFunction } from '../lib/http.ts';

export const handler = httpFunction(routes, {
  health: async () => {
    const { tableName, stage } = config();
    // A read of a key that never exists proves the table answers, with only read access.
    await documentClient().send(
      new GetCommand({ TableName: tableName, Key: { pk: 'HEALTH', sk: 'HEALTH' } }),
    );
    return { status: 'ok' as const, table: 'reachable' as const, stage, time: new Date().toISOString() };
  },
});
