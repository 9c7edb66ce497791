import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { ORIGIN_SECRET_HEADER } from '#functions/lib/cloudfront-only.ts';
import { clientAddress, httpFunction } from '#functions/lib/http.ts';
import { defineRoute } from '#shared/api/contract.ts';
import { apiEvent, lambdaContext } from '../support/api-event.ts';

// As the stack configures an HTTP function in AWS; read when the function is made, below.
const originSecretArn = vi.hoisted(() => {
  const arn = 'arn:aws:secretsmanager:eu-north-1:000000000000:secret:kaiutin-origin';
  vi.stubEnv('ORIGIN_SECRET_ARN', arn);
  return arn;
});
afterAll(() => vi.unstubAllEnvs());

const secret = 'k3Y9a0W2origin7secret5from8SecretsManager1x';
const readSecret = vi
  .spyOn(SecretsManagerClient.prototype, 'send')
  .mockImplementation(async () => ({ SecretString: secret }));

const route = defineRoute({
  method: 'GET',
  path: '/api/whoami',
  access: 'public',
  summary: 'test',
  tags: [],
  response: z.object({ address: z.string(), headers: z.array(z.string()) }),
});

const handler = httpFunction(
  { route },
  {
    route: async ({ event }) => ({
      address: clientAddress(event),
      headers: Object.keys(event.headers),
    }),
  },
);

async function call(headers: Record<string, string>) {
  // What someone calling API Gateway's own endpoint can send: any viewer address at all.
  const event: APIGatewayProxyEventV2 = apiEvent('GET /api/whoami', {
    headers: { 'cloudfront-viewer-address': '203.0.113.9:443', ...headers },
  });
  const result = (await handler(event, lambdaContext)) as APIGatewayProxyStructuredResultV2;
  return { ...result, json: JSON.parse(result.body ?? 'null') };
}

describe('an HTTP function in AWS (ORIGIN_SECRET_ARN set)', () => {
  it('refuses a request without the origin secret with 403 and the error model', async () => {
    const response = await call({});
    expect(response.statusCode).toBe(403);
    expect(response.json).toEqual({
      error: { code: 'forbidden', message: "Requests to this API go through the site's own address." },
    });
    expect(response.headers?.['X-Content-Type-Options']).toBe('nosniff');
  });

  it('refuses a wrong value, of the same length or not', async () => {
    for (const wrong of ['', 'x', secret.slice(1), `${secret}x`, secret.replace('k', 'K')]) {
      expect((await call({ [ORIGIN_SECRET_HEADER]: wrong })).statusCode, wrong).toBe(403);
    }
  });

  it("serves a request with the secret, taking the viewer's address from CloudFront and hiding the secret", async () => {
    const response = await call({ [ORIGIN_SECRET_HEADER]: secret });
    expect(response.statusCode).toBe(200);
    expect(response.json.address).toBe('203.0.113.9');
    expect(response.json.headers).not.toContain(ORIGIN_SECRET_HEADER);
  });

  it('reads the secret from Secrets Manager by its ARN once, not on every request', () => {
    expect(readSecret).toHaveBeenCalledTimes(1);
    expect(readSecret.mock.calls[0]?.[0].input).toEqual({ SecretId: originSecretArn });
  });

  it('reads it again after five minutes, so a rotated secret reaches a warm function', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 5 * 60_000 + 1);
    readSecret.mockImplementation(async () => ({ SecretString: `${secret}-rotated` }));
    expect((await call({ [ORIGIN_SECRET_HEADER]: `${secret}-rotated` })).statusCode).toBe(200);
    expect((await call({ [ORIGIN_SECRET_HEADER]: secret })).statusCode).toBe(403);
    expect(readSecret).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });
});
