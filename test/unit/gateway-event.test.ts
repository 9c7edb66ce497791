import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { catalog } from '#functions/catalog.ts';
import { compileRoute, toApiGatewayEvent } from '#infra/local/gateway.ts';

const spec = catalog[0] as (typeof catalog)[number];

function request(url: string, headers: Record<string, string>): IncomingMessage {
  return {
    url,
    headers,
    httpVersion: '1.1',
    socket: { remoteAddress: '127.0.0.1' },
  } as unknown as IncomingMessage;
}

function eventFor(path: string, url: string, headers: Record<string, string>, body = Buffer.alloc(0)) {
  const route = compileRoute(spec, 'POST', path);
  const match = route.pattern.exec(new URL(url, 'http://localhost').pathname);
  if (!match) throw new Error('route did not match');
  return toApiGatewayEvent(request(url, headers), body, route, match);
}

describe('the local gateway builds API Gateway HTTP API (2.0) events', () => {
  it('with the route key, decoded path parameters and joined query parameters', () => {
    const event = eventFor('/api/things/{id}', '/api/things/a%20b?tag=x&tag=y&q=%C3%A4', {
      host: 'localhost:3000',
    });
    expect(event.routeKey).toBe('POST /api/things/{id}');
    expect(event.pathParameters).toEqual({ id: 'a b' });
    expect(event.queryStringParameters).toEqual({ tag: 'x,y', q: 'ä' });
    expect(event.rawQueryString).toBe('tag=x&tag=y&q=%C3%A4');
  });

  it('moves cookies out of the headers into `cookies`', () => {
    const event = eventFor('/api/x', '/api/x', {
      cookie: 'session=abc; lang=fi',
      'content-type': 'application/json',
    });
    expect(event.cookies).toEqual(['session=abc', 'lang=fi']);
    expect(event.headers.cookie).toBeUndefined();
  });

  it('passes text bodies as they are and binary bodies base64-encoded', () => {
    const json = eventFor(
      '/api/x',
      '/api/x',
      { 'content-type': 'application/json' },
      Buffer.from('{"a":"ä"}'),
    );
    expect(json).toMatchObject({ body: '{"a":"ä"}', isBase64Encoded: false });
    const bytes = Buffer.from([0, 255, 1]);
    const binary = eventFor('/api/x', '/api/x', { 'content-type': 'application/octet-stream' }, bytes);
    expect(binary.isBase64Encoded).toBe(true);
    expect(Buffer.from(binary.body ?? '', 'base64')).toEqual(bytes);
  });

  it('matches greedy path parameters across slashes only when asked', () => {
    expect(compileRoute(spec, 'GET', '/api/files/{path+}').pattern.exec('/api/files/a/b')?.[1]).toBe('a/b');
    expect(compileRoute(spec, 'GET', '/api/files/{id}').pattern.exec('/api/files/a/b')).toBeNull();
  });
});
