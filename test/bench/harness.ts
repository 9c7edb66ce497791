import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { root } from '#infra/build.ts';
import type { Store } from '#shared/store/client.ts';

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

/** The p50 of a bare DynamoDB Query round trip: what every other figure is compared with. */
export async function dynamodbRoundTripMs(store: Store, samples = 300): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const started = performance.now();
    await store.db.send(
      new QueryCommand({
        TableName: store.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'BENCH#round-trip' },
      }),
    );
    times.push(performance.now() - started);
  }
  return percentile(times, 50);
}

/** Counts the requests a DynamoDB client sends (each logical request once, retries not counted). */
export function countRequests(store: Store) {
  const counter = { requests: 0 };
  store.db.middlewareStack.add(
    (next) => async (args) => {
      counter.requests += 1;
      return next(args);
    },
    { step: 'initialize', name: 'benchRequestCounter' },
  );
  return counter;
}

/** One line that rewrites itself, so long runs show progress without flooding the terminal. */
export function progress(text: string) {
  if (process.stdout.isTTY) process.stdout.write(`\r\x1b[2K${text}`);
  else console.log(text);
}
