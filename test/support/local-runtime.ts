import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { TABLE_NAME } from '#infra/local/environment.ts';
import { freePort } from '#infra/local/ports.ts';
import { allItems, invariantViolations } from './invariants.ts';

export interface LocalRuntimeInfo {
  baseUrl: string;
  sesUrl: string;
  dynamodbEndpoint: string;
  lambdaEndpoint: string;
  tableName: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    runtime: LocalRuntimeInfo;
  }
}

/**
 * Starts the whole local runtime exactly as `npm start` does (in memory, on free ports) in a
 * child process, and stops it afterwards: the tests talk to it over HTTP like a user would.
 */
export default async function setup(project: TestProject) {
  const ports = {
    PORT: await freePort(),
    DYNAMODB_PORT: await freePort(),
    SES_PORT: await freePort(),
    LAMBDA_PORT: await freePort(),
  };
  // Each runtime builds the web app into its own folder, so parallel test projects never share one.
  const webRoot = mkdtempSync(join(tmpdir(), 'kaiutin-web-'));
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'infra/local/start.ts', '--in-memory', '--no-seed', '--web-root', webRoot],
    {
      env: {
        ...process.env,
        ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
        // Every test signs in from 127.0.0.1; the per-address limit is what the tests exercise.
        SIGN_IN_CODES_PER_CLIENT: '100000',
        // SES's sandbox rate (14 a second) would make the 1,000-alert fault test wait 70 s for nothing.
        SEND_RATE_PER_SECOND: '200',
        // A send held past its function's timeout is taken over when its lease ends: seconds, not minutes.
        LOCAL_TIMEOUTS: 'send-mail=12',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The local runtime did not start in 60 s:\n${output}`)),
      60_000,
    );
    const check = () => {
      if (output.includes('Kaiutin is running')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The local runtime exited (${code}) while starting:\n${output}`));
    });
  });

  const dynamodbEndpoint = `http://127.0.0.1:${ports.DYNAMODB_PORT}`;
  project.provide('runtime', {
    baseUrl: `http://localhost:${ports.PORT}`,
    sesUrl: `http://127.0.0.1:${ports.SES_PORT}`,
    dynamodbEndpoint,
    lambdaEndpoint: `http://127.0.0.1:${ports.LAMBDA_PORT}`,
    tableName: TABLE_NAME,
  });

  // After the last test, and before the runtime stops, the aggregates must still agree with each other.
  return async () => {
    try {
      const problems = invariantViolations(await allItems(dynamodbEndpoint, TABLE_NAME));
      if (problems.length > 0) {
        // vitest reports an error thrown here but still exits 0; the exit code must say it too.
        process.exitCode = 1;
        throw new Error(`The table breaks ${problems.length} invariants:\n${problems.join('\n')}`);
      }
      console.log(`Invariants hold (${project.name}).`);
    } finally {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
      rmSync(webRoot, { recursive: true, force: true });
    }
  };
}
