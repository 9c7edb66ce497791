import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { auditAbout, queuedFrom } from '../support/pages.ts';
import { type Client, newClientAddress, signedInCoordinator, uniqueEmail } from '../support/people.ts';
import { startSourceFixtures } from '../support/source-fixtures.ts';

const { baseUrl } = inject('runtime');
let fixtures: Awaited<ReturnType<typeof startSourceFixtures>>;
let coordinator: Client;
let bodyId: string;
// Its own client address, so the hook's per-client limit counts this file's calls alone.
const caller = newClientAddress();

const nowSeconds = () => Math.floor(Date.now() / 1000);
const sign = (secret: string, timestamp: string, body: Buffer | string) =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')}`;

/** Calls the hook as a decision system would: a body, its timestamp and signature (each may be left out or wrong). */
async function callHook(
  sourceId: string,
  options: {
    secret?: string;
    body?: Buffer | string;
    timestamp?: number;
    signedBody?: Buffer | string;
    type?: string;
  },
) {
  const body = options.body ?? JSON.stringify({ event: 'agenda.published', nonce: randomUUID() });
  const timestamp = String(options.timestamp ?? nowSeconds());
  const headers: Record<string, string> = {
    'content-type': options.type ?? 'application/json',
    'cloudfront-viewer-address': caller,
    'x-kaiutin-timestamp': timestamp,
  };
  if (options.secret)
    headers['x-kaiutin-signature'] = sign(options.secret, timestamp, options.signedBody ?? body);
  const sent = typeof body === 'string' ? body : new Uint8Array(body);
  const response = await fetch(`${baseUrl}/api/sources/${sourceId}/hook`, {
    method: 'POST',
    headers,
    body: sent,
  });
  const text = await response.text();
  return {
    status: response.status,
    json: text ? JSON.parse(text) : undefined,
    sent: { body: sent, timestamp, headers },
  };
}

async function addSource(path: string) {
  const created = await coordinator.post('/api/sources', {
    bodyId,
    name: `Koukku ${randomUUID().slice(0, 6)}`,
    url: fixtures.url(path),
    kind: 'rss',
    topics: ['democracy'],
    // Read only when called: the schedule, run by a test alongside, would import the items first.
    enabled: false,
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  return created.json.id as string;
}

beforeAll(async () => {
  fixtures = await startSourceFixtures();
  coordinator = await signedInCoordinator();
  const body = await coordinator.post('/api/bodies', {
    kind: 'municipality',
    municipality: 'Uurainen',
    name: { fi: 'Uuraisten kunta' },
    submissionEmail: uniqueEmail('uurainen-kirjaamo'),
  });
  bodyId = body.json.id;
});

afterAll(async () => {
  await fixtures.stop();
});

describe('the push hook', () => {
  let sourceId: string;
  let secret: string;

  beforeAll(async () => {
    sourceId = await addSource('/files/agenda.rss?type=application/rss+xml');
  });

  it('refuses every call while the hook is not enabled, as it refuses an unknown source', async () => {
    const disabled = await callHook(sourceId, { secret: 'a-guessed-secret' });
    const unknown = await callHook(randomUUID(), { secret: 'a-guessed-secret' });
    for (const answer of [disabled, unknown]) {
      expect(answer.status).toBe(401);
      expect(answer.json.error.code).toBe('bad_signature');
    }
    expect(unknown.json).toEqual(disabled.json);
  });

  it('is enabled with a secret shown once: the source says only when', async () => {
    const enabled = await coordinator.post(`/api/sources/${sourceId}/hook-secret`);
    expect(enabled.status).toBe(201);
    secret = enabled.json.secret;
    expect(secret).toMatch(/^[\w-]{32,}$/);
    const read = await coordinator.get(`/api/sources/${sourceId}`);
    expect(read.json.hook).toEqual({ enabledAt: expect.any(String) });
    const listed = await coordinator.get('/api/sources');
    for (const shown of [JSON.stringify(read.json), JSON.stringify(listed.json)]) {
      expect(shown).not.toContain(secret);
      expect(shown).not.toContain('hookNonce');
    }
    const entries = await auditAbout(coordinator, sourceId);
    expect(entries.map((e) => e.action)).toContain('source.hookEnabled');
    expect(JSON.stringify(entries)).not.toContain(secret);
  });

  it('reads the source within the call when the signature is right', async () => {
    const answer = await callHook(sourceId, { secret });
    expect(answer.status, JSON.stringify(answer.json)).toBe(200);
    expect(answer.json).toEqual({ imported: 3, updated: 0 });
    expect(await queuedFrom(coordinator, sourceId)).toHaveLength(3);
    // Sent again as it was: the same signature is refused.
    const again = await fetch(`${baseUrl}/api/sources/${sourceId}/hook`, {
      method: 'POST',
      headers: answer.sent.headers,
      body: answer.sent.body,
    });
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('replayed');
  });

  it('refuses a wrong signature, a tampered body and a missing signature alike', async () => {
    const wrong = await callHook(sourceId, { secret: `${secret}x` });
    const tampered = await callHook(sourceId, { secret, body: '{"event":"b"}', signedBody: '{"event":"a"}' });
    const missing = await callHook(sourceId, {});
    for (const answer of [wrong, tampered, missing]) {
      expect(answer.status).toBe(401);
      expect(answer.json.error.code).toBe('bad_signature');
    }
  });

  it('refuses a call more than 5 minutes old or ahead, however well signed', async () => {
    const old = await callHook(sourceId, { secret, timestamp: nowSeconds() - 301 });
    const ahead = await callHook(sourceId, { secret, timestamp: nowSeconds() + 400 });
    for (const answer of [old, ahead]) {
      expect(answer.status).toBe(409);
      expect(answer.json.error.code).toBe('replayed');
    }
    // A bad signature is refused as such, whatever its timestamp.
    expect((await callHook(sourceId, { secret: 'wrong', timestamp: nowSeconds() - 301 })).status).toBe(401);
  });

  it('checks the bytes as sent, whatever their type', async () => {
    const bytes = Buffer.from([0xff, 0x00, 0xc4, 0x0a, 0x80]);
    const answer = await callHook(sourceId, { secret, body: bytes, type: 'application/octet-stream' });
    expect(answer.status, JSON.stringify(answer.json)).toBe(200);
    expect(answer.json).toEqual({ imported: 0, updated: 0 });
  });

  it('takes a new secret when rotated, and the old one fails', async () => {
    const rotated = await coordinator.post(`/api/sources/${sourceId}/hook-secret`);
    expect(rotated.status).toBe(201);
    expect(rotated.json.secret).not.toBe(secret);
    expect((await callHook(sourceId, { secret })).status).toBe(401);
    const fresh = await callHook(sourceId, { secret: rotated.json.secret });
    expect(fresh.status).toBe(200);
    secret = rotated.json.secret;
  });

  it('refuses every call once disabled, on the record', async () => {
    const disabled = await coordinator.delete(`/api/sources/${sourceId}/hook-secret`);
    expect(disabled.status).toBe(204);
    expect((await coordinator.get(`/api/sources/${sourceId}`)).json.hook).toBeUndefined();
    const answer = await callHook(sourceId, { secret });
    expect(answer.status).toBe(401);
    expect(answer.json.error.code).toBe('bad_signature');
    expect((await auditAbout(coordinator, sourceId)).map((e) => e.action)).toContain('source.hookDisabled');
    // Disabling it again changes nothing.
    expect((await coordinator.delete(`/api/sources/${sourceId}/hook-secret`)).status).toBe(204);
  });

  // Who may enable it is the authorization matrix's to prove; here, that it needs a source.
  it('cannot be enabled for a source that does not exist', async () => {
    expect((await coordinator.post(`/api/sources/${randomUUID()}/hook-secret`)).status).toBe(404);
  });
});
