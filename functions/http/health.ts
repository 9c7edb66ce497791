import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { healthRoutes as routes } from '#shared/api/routes/service.ts';
import { config } from '#shared/config.ts';
import { documentClient } from '#shared/store/client.ts';
import { httpFunction, jsonReply } from '../lib/http.ts';
import { NO_CACHE } from '../lib/http-errors.ts';

export const handler = httpFunction(routes, {
  health: async () => {
    const { tableName, stage } = config();
    // A read of a key that never exists proves the table answers, with only read access.
    await documentClient().send(
      new GetCommand({ TableName: tableName, Key: { pk: 'HEALTH', sk: 'HEALTH' } }),
    );
    // Said fresh each time: a cached "reachable" would hide an outage from whoever checks.
    return jsonReply(
      { status: 'ok', table: 'reachable', stage, time: new Date().toISOString() },
      { cacheControl: NO_CACHE },
    );
  },
});
