import { ENV } from '#shared/config.ts';

// Importing a handler reads its configuration; unit tests never reach a service with these.
Object.assign(process.env, {
  [ENV.stage]: 'test',
  [ENV.tableName]: 'kaiutin-unit',
  [ENV.publicBaseUrl]: 'http://localhost:3000',
  [ENV.mailFrom]: 'Kaiutin <noreply@kaiutin.test>',
  [ENV.dynamodbEndpoint]: 'http://127.0.0.1:9',
  [ENV.sesEndpoint]: 'http://127.0.0.1:9',
  [ENV.region]: 'eu-north-1',
  AWS_ACCESS_KEY_ID: 'test',
  AWS_SECRET_ACCESS_KEY: 'test',
  POWERTOOLS_LOG_LEVEL: 'SILENT',
});
