import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { principles } from '#shared/membership/principles.ts';
import { ensurePerson, grantCoordinator } from '#shared/people/person-store.ts';
import { store } from '#shared/store/client.ts';
import { emailsTo, type StoredEmail, waitForMatching } from './ses.ts';

const { baseUrl } = inject('runtime');

export interface Answer<T = any> {
  status: number;
  json: T;
  headers: Headers;
}

/** An API client, signed in or not, that keeps its session cookie. */
export class Client {
  constructor(
    readonly email: string,
    public cookie?: string,
    readonly headers: Record<string, string> = {},
  ) {}

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer<T>> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...this.headers,
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : undefined, headers: response.headers };
  }

  get = <T = any>(path: string) => this.request<T>('GET', path);
  post = <T = any>(path: string, body: unknown = {}) => this.request<T>('POST', path, body);
  patch = <T = any>(path: string, body: unknown) => this.request<T>('PATCH', path, body);
  delete = <T = any>(path: string) => this.request<T>('DELETE', path);
}

export const anonymous = () => new Client('anonymous@example.org');

/** An IPv6 network of its own (as CloudFront would name it), so per-client limits count it alone. */
export const newClientAddress = () => {
  const [a = '', b = ''] = randomUUID().split('-');
  return `2001:db8:${a.slice(0, 4)}:${b}::1:443`;
};

/**
 * Someone applying for membership from an address of their own: the per-client limit of applications
 * would otherwise count every test's organisation against 127.0.0.1.
 */
export const applicant = () =>
  new Client('anonymous@example.org', undefined, { 'cloudfront-viewer-address': newClientAddress() });
export const uniqueEmail = (label: string) =>
  `${label}-${randomUUID().slice(0, 8)}@example.org`.toLowerCase();

/** A sign-in email: every language's subject ends with ": <code>" (organisation names may hold digits too). */
const signInCode = (mail: StoredEmail) => /: (\d{6})$/.exec(mail.subject)?.[1];

/** The code in the newest sign-in email to the address, once it has `count` of them. */
export async function latestCode(email: string, count = 1): Promise<string> {
  const codes = await waitForMatching(email, (mail) => signInCode(mail) !== undefined, count);
  const code = codes.length >= count ? signInCode(codes[codes.length - 1] as StoredEmail) : undefined;
  if (!code) throw new Error(`No sign-in code reached ${email}`);
  return code;
}

/** Signs in through the API, as a person would: ask for a code, read it from the inbox, send it. */
export async function signIn(email: string): Promise<Client> {
  const client = new Client(email);
  const before = (await emailsTo(email)).filter((mail) => signInCode(mail) !== undefined).length;
  const asked = await client.post('/api/auth/code', { email });
  if (asked.status !== 202) throw new Error(`code request: ${asked.status} ${JSON.stringify(asked.json)}`);
  const code = await latestCode(email, before + 1);
  const session = await client.post('/api/auth/session', { email, code });
  if (session.status !== 200) throw new Error(`session: ${session.status} ${JSON.stringify(session.json)}`);
  client.cookie = session.headers.get('set-cookie')?.split(';')[0];
  return client;
}

/** A new coordinator (made as `npm run coordinator` does), signed in. */
export async function signedInCoordinator(): Promise<Client> {
  const email = uniqueEmail('coordinator');
  await grantCoordinator(store(), await ensurePerson(store(), email, 'en', new Date()), 'system', new Date());
  return signIn(email);
}

/**
 * A member organisation made as a person would: applied for, approved by the coordinator, its
 * representatives signed in.
 */
export async function memberOrganisation(
  coordinator: Client,
  label: string,
  representatives = 1,
  /** Whether its representatives sign in (many organisations at once would meet the sign-in limits). */
  signInRepresentatives = true,
) {
  const emails = Array.from({ length: representatives }, (_, i) => uniqueEmail(`${label}-rep${i}`));
  const name = `${label} ${randomUUID().slice(0, 6)} ry`;
  const applied = await applicant().post('/api/applications', {
    organisationName: name,
    municipalities: ['Jyväskylä'],
    languages: ['fi', 'ar'],
    topics: ['education'],
    description: 'Kerhoja ja vertaistukea.',
    contact: { name: 'Contact', email: emails[0], language: 'en' },
    representatives: emails,
    acceptedPrinciplesVersion: principles.version,
  });
  if (applied.status !== 201)
    throw new Error(`application: ${applied.status} ${JSON.stringify(applied.json)}`);
  const approved = await coordinator.post(`/api/applications/${applied.json.id}/approve`);
  if (approved.status !== 200)
    throw new Error(`approval: ${approved.status} ${JSON.stringify(approved.json)}`);
  return {
    id: approved.json.id as string,
    name,
    emails,
    reps: signInRepresentatives ? await Promise.all(emails.map((email) => signIn(email))) : [],
  };
}
