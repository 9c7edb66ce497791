import { beforeAll, describe, expect, inject, it } from 'vitest';
import { anonymous, type Client, signedInCoordinator } from '../support/people.ts';

const { baseUrl } = inject('runtime');
const { port } = new URL(baseUrl);

let coordinator: Client;
const body = (name: string) => ({
  kind: 'board',
  municipality: 'Uurainen',
  name: { fi: name },
  submissionEmail: 'kirjaamo@example.org',
});

beforeAll(async () => {
  coordinator = await signedInCoordinator();
});

describe('the local runtime', () => {
  it('takes a form from whichever loopback name it was opened at, on its port only', async () => {
    for (const host of ['localhost', '127.0.0.1', '[::1]']) {
      const origin = `http://${host}:${port}`;
      const created = await coordinator.request('POST', '/api/bodies', body(`Lautakunta ${host}`), {
        origin,
      });
      expect(created.status, origin).toBe(201);
    }
    const elsewhere = `http://127.0.0.1:${Number(port) + 1}`;
    const refused = await coordinator.request('POST', '/api/bodies', body('Muu'), { origin: elsewhere });
    expect(refused.status).toBe(403);
  });

  it('answers a GET that names JSON as its content type and has no body', async () => {
    const answer = await anonymous().request('GET', '/api/consultations', undefined, {
      'content-type': 'application/json',
    });
    expect(answer.status).toBe(200);
    expect(answer.json.items).toBeInstanceOf(Array);
  });
});
