import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { sessionKey, signedLinkKey } from '#shared/auth/session-key.ts';
import { MAX_WRONG_TRIES, MAX_WRONG_TRIES_PER_ADDRESS } from '#shared/auth/sign-in-code.ts';
import { ensurePerson } from '#shared/people/person-store.ts';
import { store } from '#shared/store/client.ts';
import { unsubscribeQuery, unsubscribeToken } from '#shared/subscriptions/signed-links.ts';
import { createSubscription, getPublicSubscription } from '#shared/subscriptions/subscription-store.ts';
import { apiEvent, lambdaContext } from '../support/api-event.ts';
import { anonymous, latestCode, uniqueEmail } from '../support/people.ts';

const ask = (email: string) => anonymous().post('/api/auth/code', { email });
const tryCode = (email: string, code: string) => anonymous().post('/api/auth/session', { email, code });

describe('wrong tries per address', () => {
  it('are counted across codes: once capped, no code is accepted, the right one neither, alike for known and unknown addresses', async () => {
    const known = uniqueEmail('capped-known');
    await ensurePerson(store(), known, 'en', new Date());
    const answers = [];
    for (const email of [known, uniqueEmail('capped-unknown')]) {
      // Each new code used to bring five fresh tries: the address's count carries over.
      const codes = MAX_WRONG_TRIES_PER_ADDRESS / MAX_WRONG_TRIES;
      for (let c = 1; c <= codes; c += 1) {
        expect((await ask(email)).status).toBe(202);
        const code = await latestCode(email, c);
        const wrong = code === '000000' ? '111111' : '000000';
        for (let i = 0; i < MAX_WRONG_TRIES; i += 1)
          expect((await tryCode(email, wrong)).json.error.code).toBe('wrong_code');
      }
      expect((await ask(email)).status).toBe(202);
      const fresh = await latestCode(email, codes + 1);
      const refused = await tryCode(email, fresh);
      expect(refused.status).toBe(429);
      expect(refused.json.error.code).toBe('sign_in_paused');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      answers.push({
        status: refused.status,
        code: refused.json.error.code,
        message: refused.json.error.message,
      });
    }
    expect(answers[0]).toEqual(answers[1]);
  });
});

describe('signed links in emails', () => {
  const subscribed = async () => {
    const subscription = {
      id: randomUUID(),
      bodies: [`body-${randomUUID()}`],
      municipalities: [],
      topics: [],
      language: 'fi' as const,
      frequency: 'immediate' as const,
      email: uniqueEmail('linked'),
      createdAt: new Date().toISOString(),
    };
    await createSubscription(store(), subscription);
    return subscription;
  };
  // In this process, whose secret is the test one (test/support/service-env.ts).
  const unsubscribe = async (subscription: { id: string }, key: Uint8Array) => {
    const { handler } = await import('#functions/http/subscriptions.ts');
    const query = new URLSearchParams(unsubscribeQuery(subscription, unsubscribeToken(key, subscription)));
    const event = {
      ...apiEvent('POST /api/unsubscribe'),
      queryStringParameters: Object.fromEntries(query),
    };
    const result = (await handler(event, lambdaContext)) as APIGatewayProxyStructuredResultV2;
    return JSON.parse(result.body ?? '{}');
  };

  it('are signed with their own key: one signed with the session key is refused', async () => {
    const subscription = await subscribed();
    const refused = await unsubscribe(subscription, await sessionKey());
    expect(refused.error.code).toBe('invalid_link');
    expect(await getPublicSubscription(store(), subscription.id)).toBeDefined();
    expect(await unsubscribe(subscription, await signedLinkKey())).toEqual({ unsubscribed: true });
    expect(await getPublicSubscription(store(), subscription.id)).toBeUndefined();
  });

  it('sent before keys were derived (signed with the secret itself) still unsubscribe', async () => {
    const subscription = await subscribed();
    const secret = Buffer.from('0'.repeat(64), 'hex');
    expect(await unsubscribe(subscription, secret)).toEqual({ unsubscribed: true });
    expect(await getPublicSubscription(store(), subscription.id)).toBeUndefined();
  });
});
