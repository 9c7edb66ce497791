import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { httpFunction } from '#functions/lib/http.ts';
import { defineRoute } from '#shared/api/contract.ts';
import { checkHookCall, FRESH_SECONDS, hookSecret, hookSignature } from '#shared/sources/hook.ts';
import { apiEvent, lambdaContext } from '../support/api-event.ts';

const key = new Uint8Array(32).fill(7);
const now = new Date('2026-12-01T12:00:00Z');
const at = (offsetSeconds: number) => String(Math.floor(now.getTime() / 1000) + offsetSeconds);
const body = new TextEncoder().encode('{"event":"agenda.published"}');

const codeOf = (call: () => unknown) => {
  try {
    call();
    return 'accepted';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('push hook signatures', () => {
  const secret = hookSecret(key, 'source-1', 'nonce-1');
  const signed = (timestamp: string, over = body) => ({
    secret,
    timestamp,
    signature: hookSignature(secret, timestamp, over),
    body,
  });

  it("derives each source's secret from its nonce: another nonce or source is another secret", () => {
    expect(hookSecret(key, 'source-1', 'nonce-1')).toBe(secret);
    expect(hookSecret(key, 'source-1', 'nonce-2')).not.toBe(secret);
    expect(hookSecret(key, 'source-2', 'nonce-1')).not.toBe(secret);
    expect(hookSecret(new Uint8Array(32).fill(8), 'source-1', 'nonce-1')).not.toBe(secret);
  });

  it('accepts a fresh call signed over its timestamp and bytes', () => {
    expect(checkHookCall(signed(at(0)), now)).toEqual({
      signature: signed(at(0)).signature,
      timestamp: Number(at(0)),
    });
    expect(codeOf(() => checkHookCall(signed(at(-FRESH_SECONDS)), now))).toBe('accepted');
    expect(codeOf(() => checkHookCall(signed(at(FRESH_SECONDS)), now))).toBe('accepted');
  });

  it('refuses alike a missing secret, timestamp or signature, another body, or a signature not over this timestamp', () => {
    const good = signed(at(0));
    for (const call of [
      { ...good, secret: undefined },
      { ...good, timestamp: undefined },
      { ...good, signature: undefined },
      { ...good, timestamp: 'soon' },
      signed(at(0), new TextEncoder().encode('{"event":"other"}')),
      { ...good, timestamp: at(1) },
      { ...good, signature: good.signature.toUpperCase() },
    ])
      expect(codeOf(() => checkHookCall(call, now))).toBe('bad_signature');
  });

  it('refuses a well-signed call more than 5 minutes from now, either way, as replayed', () => {
    expect(codeOf(() => checkHookCall(signed(at(-FRESH_SECONDS - 1)), now))).toBe('replayed');
    expect(codeOf(() => checkHookCall(signed(at(FRESH_SECONDS + 1)), now))).toBe('replayed');
  });
});

describe('a signed route', () => {
  const route = defineRoute({
    method: 'POST',
    path: '/api/things/{id}/hook',
    access: 'public',
    summary: 'test',
    tags: [],
    params: z.object({ id: z.string() }),
    response: z.object({ bytes: z.string(), body: z.unknown() }),
    signed: true,
  });
  const handler = httpFunction(
    { route },
    { route: async ({ rawBody, event }) => ({ bytes: rawBody?.toString('hex') ?? '', body: event.body }) },
  );
  const call = async (body: string, isBase64Encoded: boolean) => {
    const event = {
      ...apiEvent('POST /api/things/{id}/hook', {
        body,
        headers: { 'content-type': 'application/json' },
        pathParameters: { id: '1' },
      }),
      isBase64Encoded,
    };
    const result = (await handler(event, lambdaContext)) as APIGatewayProxyStructuredResultV2;
    return { status: result.statusCode, json: JSON.parse(result.body ?? '{}') };
  };

  it('hands the handler the bytes as sent, never parsed as JSON', async () => {
    const answer = await call('{not json', false);
    expect(answer.status).toBe(200);
    expect(answer.json.bytes).toBe(Buffer.from('{not json').toString('hex'));
  });

  it('decodes a base64 body to its bytes', async () => {
    const bytes = Buffer.from([0xff, 0x00, 0xc4]);
    const answer = await call(bytes.toString('base64'), true);
    expect(answer.json.bytes).toBe('ff00c4');
  });
});
