import { expect, inject } from 'vitest';
import { principles } from '#shared/membership/principles.ts';
import { makeCoordinator } from '../support/coordinator.ts';
import { newClientAddress } from '../support/people.ts';
import { emailsTo } from '../support/ses.ts';

const { baseUrl } = inject('runtime');

const isSignInCode = (subject: string) => /sign-in code: \d{6}$/.test(subject);

/** How many sign-in codes (English: the browser and these helpers ask in English) reached the address. */
export const codesSoFar = async (address: string) =>
  (await emailsTo(address)).filter((email) => isSignInCode(email.subject)).length;

/** The code of the newest sign-in email to the address, once there are more than `seen`. */
export async function signInCode(address: string, seen: number): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const found = (await emailsTo(address)).filter((email) => isSignInCode(email.subject));
    if (found.length > seen) return (found[found.length - 1]?.subject ?? '').slice(-6);
    if (Date.now() > deadline) throw new Error(`No sign-in code reached ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export type Call = (method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) => Promise<any>;

/** Signs in through the API as a person would and returns the session cookie (`name=value`). */
export async function sessionCookie(address: string): Promise<string> {
  const seen = await codesSoFar(address);
  const json = { 'content-type': 'application/json' };
  await fetch(`${baseUrl}/api/auth/code`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email: address, language: 'en' }),
  });
  const code = await signInCode(address, seen);
  const session = await fetch(`${baseUrl}/api/auth/session`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email: address, code }),
  });
  expect(session.status).toBe(200);
  return session.headers.get('set-cookie')?.split(';')[0] ?? '';
}

/** A fetch with a session: signs in through the API as a person would, and keeps the cookie. */
export async function signedInFetch(address: string): Promise<Call> {
  const cookie = await sessionCookie(address);
  const json = { 'content-type': 'application/json' };
  return async (method, path, body) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : json), cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(response.status, await response.clone().text()).toBeLessThan(300);
    return response.json();
  };
}

/** A member organisation in Jyväskylä with one representative, applied for and approved through the API. */
export async function approvedMember(asCoordinator: Call, organisationName: string, representative: string) {
  const applied = await fetch(`${baseUrl}/api/applications`, {
    method: 'POST',
    // Each organisation applies from an address of its own: the per-client limit counts 127.0.0.1 otherwise.
    headers: { 'content-type': 'application/json', 'cloudfront-viewer-address': newClientAddress() },
    body: JSON.stringify({
      organisationName,
      municipalities: ['Jyväskylä'],
      languages: ['fi', 'en'],
      topics: ['education'],
      description: 'Homework clubs and parents’ evenings.',
      contact: { name: 'Contact', email: representative, language: 'en' },
      representatives: [representative],
      acceptedPrinciplesVersion: principles.version,
    }),
  });
  expect(applied.status).toBe(201);
  const org = await asCoordinator('POST', `/api/applications/${(await applied.json()).id}/approve`, {});
  return { id: org.id as string, name: org.name as string, representative };
}

/**
 * A board in Jyväskylä with its registry address and one officer (reading English), set up by a
 * new coordinator; addresses start with `prefix` and end with the run.
 */
export async function boardWithOfficer(prefix: string, run: string, name: Record<string, string>) {
  const coordinator = `${prefix}coordinator-${run}@example.org`;
  const officer = `${prefix}officer-${run}@example.org`;
  const registry = `${prefix}kirjaamo-${run}@example.org`;
  await makeCoordinator(coordinator);
  const asCoordinator = await signedInFetch(coordinator);
  const body = await asCoordinator('POST', '/api/bodies', {
    kind: 'board',
    municipality: 'Jyväskylä',
    name,
    submissionEmail: registry,
  });
  await asCoordinator('POST', `/api/bodies/${body.id}/officers`, { email: officer, language: 'en' });
  return { asCoordinator, body, officer, registry };
}
