import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  allowedOrigins,
  clientAddress,
  HttpReply,
  httpFunction,
  MAX_BODY_BYTES,
} from '#functions/lib/http.ts';
import { isTransientServiceError } from '#functions/lib/http-errors.ts';
import { defineRoute } from '#shared/api/contract.ts';
import { Conflict } from '#shared/errors.ts';
import { apiEvent, lambdaContext } from '../support/api-event.ts';

const route = defineRoute({
  method: 'POST',
  path: '/api/things/{id}',
  access: 'public',
  summary: 'test',
  tags: [],
  params: z.object({ id: z.string().check(z.regex(/^\d+$/)) }),
  body: z.object({ name: z.string().check(z.maxLength(5)), count: z.int() }),
  response: z.object({ id: z.string(), name: z.string() }),
  successStatus: 201,
});

let behaviour: 'ok' | 'conflict' | 'crash' | 'timeout' | 'reply' = 'ok';

const handler = httpFunction(
  { route },
  {
    route: async ({ params, body }) => {
      if (behaviour === 'conflict') throw new Conflict('Already decided.');
      if (behaviour === 'crash') throw new Error('secret internals at /var/task/index.mjs');
      if (behaviour === 'timeout') throw Object.assign(new Error('socket hang up'), { name: 'TimeoutError' });
      if (behaviour === 'reply') return new HttpReply({ statusCode: 302, headers: { location: '/x' } });
      return { id: params.id, name: body.name };
    },
  },
);

const listRoute = defineRoute({
  method: 'GET',
  path: '/api/things',
  access: 'public',
  summary: 'test',
  tags: [],
  response: z.object({ things: z.array(z.string()) }),
});

const listHandler = httpFunction({ listRoute }, { listRoute: async () => ({ things: ['a'] }) });

async function list(body?: string, cookies?: string[]) {
  const event = {
    ...apiEvent('GET /api/things', { body, headers: { 'content-type': 'application/json' } }),
    cookies,
  };
  const result = (await listHandler(event, lambdaContext)) as APIGatewayProxyStructuredResultV2;
  return { ...result, json: result.body ? JSON.parse(result.body) : undefined };
}

async function call(options: { body?: string; contentType?: string; origin?: string; id?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': options.contentType ?? 'application/json' };
  if (options.origin) headers.origin = options.origin;
  const event = apiEvent('POST /api/things/{id}', {
    body: options.body ?? JSON.stringify({ name: 'abc', count: 1 }),
    headers,
    pathParameters: { id: options.id ?? '42' },
  });
  const result = (await handler(event, lambdaContext)) as APIGatewayProxyStructuredResultV2;
  return { ...result, json: result.body ? JSON.parse(result.body) : undefined };
}

describe('HTTP plumbing', () => {
  it('validates, calls the handler and answers with the route status and security headers', async () => {
    behaviour = 'ok';
    const response = await call();
    expect(response.statusCode).toBe(201);
    expect(response.json).toEqual({ id: '42', name: 'abc' });
    expect(response.headers?.['X-Content-Type-Options']).toBe('nosniff');
  });

  it('lists every invalid field, in body and path, with a message', async () => {
    const response = await call({ body: JSON.stringify({ name: 'too long' }), id: 'abc' });
    expect(response.statusCode).toBe(400);
    expect(response.json.error.code).toBe('validation_failed');
    const fields = response.json.error.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(['count', 'name', 'params.id']);
    const count = response.json.error.fields.find((f: { field: string }) => f.field === 'count');
    expect(count.message).toBe('Required.');
  });

  it('answers malformed JSON with 400, a wrong content type with 415', async () => {
    expect((await call({ body: '{"name":' })).json.error.code).toBe('malformed_json');
    const wrongType = await call({ body: 'name=abc', contentType: 'application/x-www-form-urlencoded' });
    expect(wrongType.statusCode).toBe(415);
  });

  it('answers a request without a body that names JSON as its type, and asks a route that needs one for it', async () => {
    expect(await list()).toMatchObject({ statusCode: 200, json: { things: ['a'] } });
    expect(await list('')).toMatchObject({ statusCode: 200, json: { things: ['a'] } });
    behaviour = 'ok';
    const empty = await call({ body: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json.error.code).toBe('validation_failed');
    expect(empty.json.error.fields).toEqual([
      { field: 'body', message: 'A JSON body is required.', code: 'required' },
    ]);
  });

  it('refuses bodies over the limit with 413, naming the limit', async () => {
    const response = await call({ body: JSON.stringify({ name: 'x'.repeat(MAX_BODY_BYTES), count: 1 }) });
    expect(response.statusCode).toBe(413);
    expect(response.json.error.message).toContain(String(MAX_BODY_BYTES));
  });

  it('refuses a state-changing request from another origin and allows its own', async () => {
    expect((await call({ origin: 'https://evil.example' })).statusCode).toBe(403);
    behaviour = 'ok';
    expect((await call({ origin: 'http://localhost:3000' })).statusCode).toBe(201);
  });

  it('allows the local runtime under each loopback name it can be opened at, on its own port only', async () => {
    behaviour = 'ok';
    for (const origin of ['http://127.0.0.1:3000', 'http://[::1]:3000']) {
      expect((await call({ origin })).statusCode, origin).toBe(201);
    }
    for (const origin of [
      'http://127.0.0.1:3001',
      'https://localhost:3000',
      'http://localhost.evil.example:3000',
    ]) {
      expect((await call({ origin })).statusCode, origin).toBe(403);
    }
  });

  it('allows only the configured origin in AWS, where it is no loopback address', () => {
    expect([...allowedOrigins('https://kaiutin.example.fi')]).toEqual(['https://kaiutin.example.fi']);
    expect(allowedOrigins('http://localhost:3100')).toEqual(
      new Set(['http://localhost:3100', 'http://127.0.0.1:3100', 'http://[::1]:3100']),
    );
  });

  it('maps domain errors to their status with their message', async () => {
    behaviour = 'conflict';
    const response = await call();
    expect(response.statusCode).toBe(409);
    expect(response.json.error).toEqual({ code: 'conflict', message: 'Already decided.' });
  });

  it('answers an unexpected error with 500 and the request id, never the internals', async () => {
    behaviour = 'crash';
    const response = await call();
    expect(response.statusCode).toBe(500);
    expect(response.json.error.requestId).toBe('request-123');
    expect(response.body).not.toContain('secret');
    expect(response.body).not.toContain('/var/task');
  });

  it('answers an unreachable service with 503 and Retry-After', async () => {
    behaviour = 'timeout';
    const response = await call();
    expect(response.statusCode).toBe(503);
    expect(response.headers?.['retry-after']).toBe('2');
  });

  it("counts the AWS SDK's throttles, Lambda's included, and unreachable services as transient, and nothing else", () => {
    const named = (name: string) => Object.assign(new Error(name), { name });
    for (const name of ['TimeoutError', 'ThrottlingException', 'TooManyRequestsException']) {
      expect(isTransientServiceError(named(name)), name).toBe(true);
    }
    for (const name of ['ResourceNotFoundException', 'ValidationException', 'Error']) {
      expect(isTransientServiceError(named(name)), name).toBe(false);
    }
  });

  it('lets shared caches keep a public read asked without a session cookie, and no cache anything else', async () => {
    expect((await list()).headers?.['cache-control']).toBe('public, s-maxage=30, stale-while-revalidate=60');
    expect((await list(undefined, ['kaiutin_session=x'])).headers?.['cache-control']).toBe(
      'private, no-store',
    );
    behaviour = 'ok';
    expect((await call()).headers?.['cache-control']).toBe('private, no-store');
    behaviour = 'conflict';
    expect((await call()).headers?.['cache-control']).toBe('private, no-store');
  });

  it('passes an HttpReply through as it is', async () => {
    behaviour = 'reply';
    const response = await call();
    expect(response.statusCode).toBe(302);
    expect(response.headers?.location).toBe('/x');
  });
});

describe('clientAddress', () => {
  it("prefers CloudFront's viewer address (IPv4 or IPv6, without the port) to the source address", () => {
    expect(clientAddress(apiEvent('GET /x'))).toBe('127.0.0.1');
    expect(
      clientAddress(apiEvent('GET /x', { headers: { 'cloudfront-viewer-address': '203.0.113.5:46532' } })),
    ).toBe('203.0.113.5');
  });

  it('counts an IPv6 client by its /64, and an IPv4-mapped IPv6 address as the IPv4 client', () => {
    const viewer = (address: string) =>
      clientAddress(apiEvent('GET /x', { headers: { 'cloudfront-viewer-address': address } }));
    expect(viewer('2001:db8::1:46532')).toBe('2001:db8:0:0::/64');
    expect(viewer('2001:DB8:0:0:ffff:1:2:3:443')).toBe('2001:db8:0:0::/64');
    expect(viewer('2001:db8:aa:bb:1::9:443')).toBe('2001:db8:aa:bb::/64');
    expect(viewer('2001:db8:aa:bc:1::9:443')).toBe('2001:db8:aa:bc::/64');
    expect(viewer('::ffff:203.0.113.5:443')).toBe('203.0.113.5');
    expect(viewer('::ffff:cb00:7105:443')).toBe('203.0.113.5');
    expect(viewer('[::1]:1')).toBe('0:0:0:0::/64');
  });
});
