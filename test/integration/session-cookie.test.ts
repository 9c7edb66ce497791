import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { config, ENV } from '#shared/config.ts';
import { apiEvent, lambdaContext } from '../support/api-event.ts';
import { latestCode, newClientAddress, uniqueEmail } from '../support/people.ts';

// The auth function run in this process, as deployed behind https: set before any configuration is read.
process.env[ENV.publicBaseUrl] = 'https://kaiutin.example';

describe('the session cookie on https', () => {
  it('is set and read as __Host-kaiutin_session; a cookie without the prefix is not a session', async () => {
    expect(config().publicBaseUrl).toBe('https://kaiutin.example');
    const { handler } = await import('#functions/http/auth.ts');
    // A client of its own: the suite's other sign-ins count against 127.0.0.1's limit.
    const client = { 'cloudfront-viewer-address': newClientAddress() };
    const call = async (routeKey: string, options: { body?: unknown; cookies?: string[] } = {}) => {
      const event = {
        ...apiEvent(routeKey, {
          headers: options.body === undefined ? client : { ...client, 'content-type': 'application/json' },
        }),
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        cookies: options.cookies,
      };
      const result = (await handler(event, lambdaContext)) as APIGatewayProxyStructuredResultV2;
      return { ...result, json: JSON.parse(result.body ?? '{}') };
    };

    const email = uniqueEmail('host-prefix');
    expect((await call('POST /api/auth/code', { body: { email } })).statusCode).toBe(202);
    const started = await call('POST /api/auth/session', { body: { email, code: await latestCode(email) } });
    expect(started.statusCode).toBe(200);
    const [cookie] = started.cookies ?? [];
    expect(cookie).toMatch(/^__Host-kaiutin_session=[^;]+; HttpOnly; SameSite=Lax; Path=\/; .*; Secure$/);
    const token = cookie?.split(';')[0]?.split('=')[1];

    const mine = await call('GET /api/session', { cookies: [`__Host-kaiutin_session=${token}`] });
    expect(mine.json.me.email).toBe(email);
    const unprefixed = await call('GET /api/session', { cookies: [`kaiutin_session=${token}`] });
    expect(unprefixed.json.me).toBeNull();

    const ended = await call('DELETE /api/auth/session', { cookies: [`__Host-kaiutin_session=${token}`] });
    expect(ended.statusCode).toBe(204);
    expect(ended.cookies).toEqual([expect.stringMatching(/^__Host-kaiutin_session=; .*Max-Age=0; Secure$/)]);
  });
});
