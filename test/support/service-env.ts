import { inject } from 'vitest';
import { ENV } from '#shared/config.ts';

const runtime = inject('runtime');

// Tests that use shared/ code directly reach the same DynamoDB Local and SES endpoint as the runtime.
Object.assign(process.env, {
  [ENV.stage]: 'test',
  [ENV.tableName]: runtime.tableName,
  [ENV.publicBaseUrl]: runtime.baseUrl,
  [ENV.mailFrom]: 'Kaiutin <noreply@kaiutin.test>',
  [ENV.dynamodbEndpoint]: runtime.dynamodbEndpoint,
  [ENV.sesEndpoint]: runtime.sesUrl,
  [ENV.region]: 'eu-north-1',
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
  POWERTOOLS_LOG_LEVEL: 'SILENT',
});
