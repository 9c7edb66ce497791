import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createInvoker } from '#functions/lib/invoke.ts';
import { readSourceResult } from '#functions/lib/read-source.ts';
import { type LambdaLocal, startLambdaLocal } from '#infra/local/lambda-local.ts';
import { sessionKey } from '#shared/auth/session-key.ts';
import { SESSION_COOKIE, SESSION_DAYS, signSessionToken } from '#shared/auth/session-token.ts';
import { ENV } from '#shared/config.ts';
import { findPersonId, putSession } from '#shared/people/person-store.ts';
import { store } from '#shared/store/client.ts';
import { apiEvent, lambdaContext } from '../support/api-event.ts';
import { type Client, signedInCoordinator, uniqueEmail } from '../support/people.ts';
import { startSourceFixtures } from '../support/source-fixtures.ts';

/**
 * "Read now" is read by poll-sources, invoked through Lambda's Invoke API. Against the runtime's
 * local Lambda endpoint the real poll-sources answers; in this process, the sources function is
 * pointed at a Lambda endpoint whose poll-sources fails, to see what its caller is told.
 */
const { lambdaEndpoint } = inject('runtime');
let fixtures: Awaited<ReturnType<typeof startSourceFixtures>>;
let coordinator: Client;
let sourceId: string;

// Before any configuration is read in this process: its poll-sources is the failing one below.
const readNowCalls: unknown[] = [];
const failingLambda: LambdaLocal = await startLambdaLocal({
  port: 0,
  functionNamed: (name) =>
    name === 'poll-sources'
      ? async (event) => {
          readNowCalls.push(event);
          throw new Error('The feed reader crashed at /var/task/index.mjs');
        }
      : undefined,
});
process.env[ENV.lambdaEndpoint] = failingLambda.endpoint;

beforeAll(async () => {
  fixtures = await startSourceFixtures();
  coordinator = await signedInCoordinator();
  const body = await coordinator.post('/api/bodies', {
    kind: 'municipality',
    municipality: 'Muurame',
    name: { fi: 'Muuramen kunta' },
    submissionEmail: uniqueEmail('muurame-kirjaamo'),
  });
  const created = await coordinator.post('/api/sources', {
    bodyId: body.json.id,
    name: 'Muuramen esityslistat',
    url: fixtures.url('/news.atom'),
    kind: 'atom',
    topics: ['democracy'],
    // Read only when asked: a run of the schedule by a test alongside would import its items first.
    enabled: false,
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  sourceId = created.json.id;
});

afterAll(async () => {
  await fixtures.stop();
  await failingLambda.stop();
});

describe("the runtime's local Lambda endpoint", () => {
  const invoke = createInvoker({ region: 'eu-north-1', lambdaEndpoint });
  const unavailable = 'Reading did not finish.';

  it('runs poll-sources on a "Read now" payload and answers what the route answers', async () => {
    const read = await invoke({
      functionName: 'poll-sources',
      payload: { readSource: sourceId },
      result: readSourceResult,
      unavailable,
    });
    expect(read).toMatchObject({
      source: { id: sourceId, health: { failures: 0, itemsFound: 2, lastSuccessAt: expect.any(String) } },
      imported: 2,
      updated: 0,
    });
  });

  it("reports poll-sources' error with X-Amz-Function-Error, as Lambda does", async () => {
    const missing = randomUUID();
    const response = await fetch(`${lambdaEndpoint}/2015-03-31/functions/poll-sources/invocations`, {
      method: 'POST',
      body: JSON.stringify({ readSource: missing }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-amz-function-error')).toBe('Unhandled');
    expect(await response.json()).toEqual({
      errorType: 'Error',
      errorMessage: `There is no source ${missing}.`,
    });
  });
});

describe('"Read now" when poll-sources fails', () => {
  /** The sources function, run in this process, as the coordinator with a session signed by this process's key. */
  async function readNow(id: string) {
    const { handler } = await import('#functions/http/sources.ts');
    const personId = (await findPersonId(store(), coordinator.email)) as string;
    const sessionId = randomUUID();
    const now = new Date();
    await putSession(store(), personId, sessionId, Math.floor(now.getTime() / 1000) + SESSION_DAYS * 86_400);
    const token = await signSessionToken(await sessionKey(), { personId, sessionId }, now);
    const event = {
      ...apiEvent('POST /api/sources/{id}/poll', { pathParameters: { id } }),
      cookies: [`${SESSION_COOKIE}=${token}`],
    };
    const result = (await handler(event, lambdaContext)) as APIGatewayProxyStructuredResultV2;
    return { ...result, json: JSON.parse(result.body ?? '{}') };
  }

  it('answers 503 with the request id and a clear message, nothing of the failure itself', async () => {
    const answer = await readNow(sourceId);
    expect(answer.statusCode).toBe(503);
    expect(answer.headers?.['retry-after']).toBe('2');
    expect(answer.json).toEqual({
      error: {
        code: 'service_unavailable',
        message: 'Reading the source did not finish on our side. Try again in a moment.',
        requestId: lambdaContext.awsRequestId,
      },
    });
    expect(answer.body).not.toMatch(/crashed|var\/task/);
    expect(readNowCalls).toEqual([{ readSource: sourceId }]);
  });

  it('still answers 404 for an unknown source, without invoking poll-sources', async () => {
    const before = readNowCalls.length;
    const answer = await readNow(randomUUID());
    expect(answer.statusCode).toBe(404);
    expect(answer.json.error.code).toBe('not_found');
    expect(readNowCalls).toHaveLength(before);
  });
});
