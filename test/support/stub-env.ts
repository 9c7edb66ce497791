import { localEnvironment } from '#infra/local/environment.ts';

// Importing a handler reads its configuration; unit tests never reach a service at these addresses.
Object.assign(process.env, {
  ...localEnvironment({
    stage: 'test',
    tableName: 'kaiutin-unit',
    publicBaseUrl: 'http://localhost:3000',
    dynamodbEndpoint: 'http://127.0.0.1:9',
    sesEndpoint: 'http://127.0.0.1:9',
    lambdaEndpoint: 'http://127.0.0.1:9',
    sessionSecret: '0'.repeat(64),
  }),
  AWS_LAMBDA_LOG_LEVEL: 'FATAL',
});
