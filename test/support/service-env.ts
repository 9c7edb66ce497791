import { inject } from 'vitest';
import { localEnvironment } from '#infra/local/environment.ts';

const runtime = inject('runtime');

// Tests that use shared/ code directly reach the same DynamoDB Local and SES endpoint as the runtime.
Object.assign(process.env, {
  ...localEnvironment({
    stage: 'test',
    tableName: runtime.tableName,
    publicBaseUrl: runtime.baseUrl,
    dynamodbEndpoint: runtime.dynamodbEndpoint,
    sesEndpoint: runtime.sesUrl,
    lambdaEndpoint: runtime.lambdaEndpoint,
    sessionSecret: '0'.repeat(64),
  }),
  AWS_LAMBDA_LOG_LEVEL: 'FATAL',
});
