import { afterAll, inject } from 'vitest';
import { localEnvironment } from '#infra/local/environment.ts';
import { contractBreach } from './contract-check.ts';

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

const loopback = new Set(['localhost', '127.0.0.1', '[::1]']);
const breaches: string[] = [];
const fetchAnswer = globalThis.fetch;

/**
 * Every answer a test receives from a local runtime's API (the shared one or one a test starts) is
 * checked against the OpenAPI operation of its route: a breach rejects the fetch that got it, which
 * fails that test; and, should a test let the rejection pass, fails its file after the last test.
 * (Not after each test: the tests of a concurrent block share the list.)
 */
globalThis.fetch = async (input, init) => {
  const response = await fetchAnswer(input, init);
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (!loopback.has(url.hostname) || !url.pathname.startsWith('/api/')) return response;
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  const breach = contractBreach(method, url.pathname, {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: await response.clone().text(),
  });
  if (!breach) return response;
  breaches.push(breach);
  throw new Error(`The answer breaks the OpenAPI document: ${breach}`);
};

afterAll(() => {
  if (breaches.length > 0) throw new Error(`Answers broke the OpenAPI document:\n${breaches.join('\n')}`);
});
