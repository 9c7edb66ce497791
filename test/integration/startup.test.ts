import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { freePort } from '#infra/local/ports.ts';

/** Runs `npm start`'s entry in a child process and collects what it prints. */
function start(
  env: Record<string, string>,
  args: string[] = ['--in-memory', '--no-seed', '--web-root', '.build/startup-web'],
) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onTestFinished(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  return { child, output: () => output };
}

async function ports() {
  return {
    PORT: String(await freePort()),
    DYNAMODB_PORT: String(await freePort()),
    SES_PORT: String(await freePort()),
  };
}

const javaProcesses = (port: string) => {
  try {
    return execFileSync('pgrep', ['-f', `DynamoDBLocal.jar -port ${port}`], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};

describe('npm start', () => {
  it('says plainly that Java 17 is needed when java is missing', async () => {
    // A PATH with node on it and nothing else: no java.
    const bin = mkdtempSync(join(tmpdir(), 'kaiutin-bin-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    const run = start({ ...(await ports()), PATH: bin });
    const [code] = await once(run.child, 'exit');
    rmSync(bin, { recursive: true, force: true });
    expect(code).toBe(1);
    expect(run.output()).toContain('DynamoDB Local needs Java 17 or newer');
    expect(run.output()).not.toMatch(/\n\s+at /);
  });

  it('names the taken port and the variable that moves it', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = String((blocker.address() as { port: number }).port);
    const run = start({ ...(await ports()), PORT: taken });
    const [code] = await once(run.child, 'exit');
    blocker.close();
    expect(code).toBe(1);
    expect(run.output()).toContain(`Port ${taken} (web and API) is already in use`);
    expect(run.output()).toContain('set PORT');
  });

  it('stops everything on Ctrl-C, leaving no Java process behind', async () => {
    const env = await ports();
    const run = start(env);
    await expect.poll(run.output, { timeout: 60_000, interval: 200 }).toContain('Kaiutin is running');
    expect(run.output()).toContain(`http://localhost:${env.PORT}`);
    expect(javaProcesses(env.DYNAMODB_PORT)).not.toBe('');
    run.child.kill('SIGINT');
    const [code] = await once(run.child, 'exit');
    expect(code).toBe(0);
    expect(javaProcesses(env.DYNAMODB_PORT)).toBe('');
  }, 90_000);
});
