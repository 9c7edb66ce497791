import { describe, expect, it } from 'vitest';
import { MAX_WRONG_TRIES, MAX_WRONG_TRIES_PER_ADDRESS } from '#shared/auth/sign-in-code.ts';
import { ensurePerson } from '#shared/people/person-store.ts';
import { store } from '#shared/store/client.ts';
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
