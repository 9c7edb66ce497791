import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { root } from '#infra/build.ts';
import { body } from '#shared/bodies/body.ts';
import { createBody } from '#shared/bodies/body-store.ts';
import type { Organisation } from '#shared/membership/organisation.ts';
import { organisationItem, representativeItems } from '#shared/membership/organisation-store.ts';
import { ensurePerson, grantCoordinator } from '#shared/people/person-store.ts';
import type { Store } from '#shared/store/client.ts';
import { KEY } from '#shared/store/table.ts';
import { transact } from '#shared/store/transactions.ts';

export const resultsFile = join(root, '.bench', 'results.json');

/** The machine and the code the figures belong to. */
export function runInfo() {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
  } catch {
    // Not a git checkout: the figures still stand, without a commit.
  }
  return {
    commit,
    cores: availableParallelism(),
    node: process.version,
    startedAt: new Date().toISOString(),
  };
}

/** Adds this run's keys to the results file, keeping keys other benchmarks wrote. */
export function writeResults(results: Record<string, unknown>) {
  mkdirSync(join(root, '.bench'), { recursive: true });
  let previous: Record<string, unknown> = {};
  try {
    previous = JSON.parse(readFileSync(resultsFile, 'utf8'));
  } catch {
    // No earlier results.
  }
  writeFileSync(resultsFile, `${JSON.stringify({ ...previous, ...results }, null, 2)}\n`);
}

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

async function p50Of(samples: number, request: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const started = performance.now();
    await request();
    times.push(performance.now() - started);
  }
  return percentile(times, 50);
}

/** A bare DynamoDB Query (of an empty partition): one round trip and nothing else. */
export const bareQuery = (store: Store) =>
  store.db.send(
    new QueryCommand({
      TableName: store.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': 'BENCH#round-trip' },
    }),
  );

/** The p50 of a bare DynamoDB Query round trip as the run starts: what the fan-out is compared with. */
export function dynamodbRoundTripMs(store: Store, samples = 300): Promise<number> {
  return p50Of(samples, () => bareQuery(store));
}

/** The p50 of a bare DynamoDB GetItem round trip (strongly consistent, as the statement store reads). */
export function dynamodbGetItemMs(store: Store, samples = 300): Promise<number> {
  return p50Of(samples, () =>
    store.db.send(
      new GetCommand({
        TableName: store.tableName,
        Key: { [KEY.pk]: 'BENCH#round-trip', [KEY.sk]: 'GET' },
        ConsistentRead: true,
      }),
    ),
  );
}

/** The write commands whose capacity is asked for and summed (the document client sends these). */
const WRITE_COMMANDS = new Set([
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'TransactWriteItemsCommand',
  'BatchWriteItemCommand',
]);

interface Capacity {
  CapacityUnits?: number;
  WriteCapacityUnits?: number;
}

/** One answer's write capacity: one table's figure (single writes) or a figure per table (batches, transactions). */
const writeUnits = (consumed: Capacity | Capacity[] | undefined): number =>
  [consumed ?? []].flat().reduce((sum, one) => sum + (one.WriteCapacityUnits ?? one.CapacityUnits ?? 0), 0);

/**
 * Counts the requests a DynamoDB client sends (each logical request once, the SDK's retries not
 * counted), times them by command, and counts the transactions DynamoDB cancelled because another
 * held the same item (each attempt, as `transact` sends it again). Every write asks DynamoDB for
 * the capacity it consumed (`ReturnConsumedCapacity`), and the units are summed; a write refused
 * by its condition returns none, so those (one unit each in DynamoDB) are counted apart.
 * `stop` removes the watch.
 */
export function watchRequests(store: Store) {
  const name = `benchWatch-${randomUUID()}`;
  const watch = {
    requests: 0,
    /** Milliseconds per request by command, as the caller waits: socket and event-loop queueing included. */
    byCommand: {} as Record<string, number[]>,
    transactionConflicts: 0,
    writeCapacityUnits: 0,
    /** The units by command, to see where they go. */
    writeCapacityUnitsByCommand: {} as Record<string, number>,
    refusedWrites: 0,
  };
  store.db.middlewareStack.add(
    (next, context) => async (args) => {
      watch.requests += 1;
      const command = context.commandName ?? 'unknown';
      const writes = WRITE_COMMANDS.has(command);
      if (writes) (args.input as { ReturnConsumedCapacity?: string }).ReturnConsumedCapacity = 'TOTAL';
      const started = performance.now();
      try {
        const result = await next(args);
        if (writes) {
          const units = writeUnits(
            (result.output as { ConsumedCapacity?: Capacity | Capacity[] }).ConsumedCapacity,
          );
          watch.writeCapacityUnits += units;
          watch.writeCapacityUnitsByCommand[command] =
            (watch.writeCapacityUnitsByCommand[command] ?? 0) + units;
        }
        return result;
      } catch (error) {
        if (writes) watch.refusedWrites += 1;
        if (
          error instanceof TransactionCanceledException &&
          error.CancellationReasons?.some((reason) => reason.Code === 'TransactionConflict')
        )
          watch.transactionConflicts += 1;
        throw error;
      } finally {
        watch.byCommand[command] ??= [];
        watch.byCommand[command].push(performance.now() - started);
      }
    },
    { step: 'initialize', name },
  );
  return { watch, stop: () => store.db.middlewareStack.remove(name) };
}

/** One line that rewrites itself, so long runs show progress without flooding the terminal. */
export function progress(text: string) {
  if (process.stdout.isTTY) process.stdout.write(`\r\x1b[2K${text}`);
  else console.log(text);
}

export interface StoredEmail {
  messageId: string;
  destination: { to: string[] };
  subject: string;
  at: number;
}

/** The JSON of a successful answer; anything else throws with its status and text. */
export async function json(response: Response) {
  const text = await response.text();
  if (!response.ok) throw new Error(`${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** A sign-in email: every language's subject ends with ": <code>" (a notice may hold other digits). */
const signInCode = (mail: StoredEmail) => /: (\d{6})$/.exec(mail.subject)?.[1];

/** Signs in through the API as a person would, reading the code from the SES store; returns the cookie. */
export async function signIn(baseUrl: string, sesUrl: string, email: string): Promise<string> {
  const since = Math.floor(Date.now() / 1000) - 1;
  await json(
    await fetch(`${baseUrl}/api/auth/code`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    }),
  );
  for (let tries = 0; tries < 100; tries += 1) {
    const { emails } = (await json(await fetch(`${sesUrl}/store?since=${since}`))) as {
      emails: StoredEmail[];
    };
    const mail = emails.find((one) => one.destination.to.includes(email) && signInCode(one));
    const code = mail && signInCode(mail);
    if (code) {
      const session = await fetch(`${baseUrl}/api/auth/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, code }),
      });
      await json(session);
      return session.headers.get('set-cookie')?.split(';')[0] ?? '';
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No sign-in code reached ${email}`);
}

/** Calls the API with a session cookie; the answer's JSON, or an error with its status. */
export const apiCaller =
  (baseUrl: string, cookie: string) => async (method: string, path: string, payload?: unknown) =>
    json(
      await fetch(`${baseUrl}${path}`, {
        method,
        headers: { cookie, ...(payload ? { 'content-type': 'application/json' } : {}) },
        body: payload ? JSON.stringify(payload) : undefined,
      }),
    );

/** A municipal body made straight in the table (as the coordinator's API call would), with a unique id. */
export async function benchBody(store: Store, now: Date): Promise<string> {
  const bodyId = `bench-${randomUUID().slice(0, 8)}`;
  await createBody(
    store,
    body.parse({
      id: bodyId,
      kind: 'board',
      municipality: 'Benchmark',
      name: { fi: 'Vertailulautakunta' },
      submissionEmail: 'bench@example.org',
      createdAt: now.toISOString(),
    }),
    'system',
    now,
  );
  return bodyId;
}

/** A new coordinator (as `npm run coordinator` makes one), signed in through the API; returns the cookie. */
export async function signedInCoordinator(store: Store, baseUrl: string, sesUrl: string, email: string) {
  const now = new Date();
  await grantCoordinator(store, await ensurePerson(store, email, 'en', now), 'system', now);
  return signIn(baseUrl, sesUrl, email);
}

/** A draft consultation of the body, made through the API (by its officer or the coordinator). */
export function draftConsultation(
  call: ReturnType<typeof apiCaller>,
  bodyId: string,
): Promise<{ id: string }> {
  return call('POST', '/api/consultations', {
    bodyId,
    kind: 'consultation',
    originalLanguage: 'fi',
    texts: { fi: { title: 'Vertailu', summary: 'Suorituskykymittaus.' } },
    topics: ['democracy'],
    statementDeadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    contact: { name: 'Bench', email: 'bench@example.org' },
  });
}

/**
 * A member organisation with one representative, written straight to the table as an approved
 * application writes them, without the application, audit entry and welcome notice (no emails).
 */
export async function memberOrganisation(store: Store, name: string, email: string, now: Date) {
  const person = await ensurePerson(store, email, 'fi', now);
  const org: Organisation = {
    id: randomUUID(),
    name,
    municipalities: ['Benchmark'],
    languages: ['fi'],
    topics: ['democracy'],
    description: 'Suorituskykymittauksen järjestö.',
    status: 'member',
    joinedAt: now.toISOString(),
    representativeCount: 1,
  };
  await transact(store, [
    { Put: { TableName: '', Item: organisationItem(org) } },
    ...representativeItems(org.id, person, now),
  ]);
  return org;
}
