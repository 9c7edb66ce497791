import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { buildFunctions, root } from '#infra/build.ts';
import { ENV } from '#shared/config.ts';
import { percentile, progress } from './harness.ts';

const run = promisify(execFile);
const RUNS = 7;
const budgetBytes = 200 * 1024;

/**
 * What the stack gives every function, with made-up values, and no AWS credentials: an import must
 * not need them. The HTTP functions validate the configuration as they load.
 */
const lambdaEnvironment = {
  [ENV.stage]: 'bench',
  [ENV.tableName]: 'kaiutin-bench',
  [ENV.publicBaseUrl]: 'https://kaiutin.example.org',
  [ENV.mailFrom]: 'Kaiutin <noreply@kaiutin.example.org>',
  [ENV.sesConfigurationSet]: 'kaiutin-bench',
  [ENV.sessionSecretArn]: 'arn:aws:secretsmanager:eu-north-1:000000000000:secret:kaiutin-bench',
  [ENV.originSecretArn]: 'arn:aws:secretsmanager:eu-north-1:000000000000:secret:kaiutin-bench-origin',
  [ENV.region]: 'eu-north-1',
  // As the stack sets it: Node then reads the bundle's source map as it loads.
  NODE_OPTIONS: '--enable-source-maps',
};

/** Prints the import's wall-clock milliseconds and the CPU milliseconds the process spent on it. */
const importScript =
  'const cpu = process.cpuUsage(); const started = performance.now(); await import(process.argv[1]); const wall = performance.now() - started; const used = process.cpuUsage(cpu); process.stdout.write(wall + " " + (used.user + used.system) / 1000);';

/**
 * Milliseconds to import a module in a new Node process, as a Lambda's cold start does: the time
 * it takes, and the CPU time it uses (all the process's threads), which other load on the machine
 * changes far less.
 */
async function importMs(file: string): Promise<{ wall: number; cpu: number }> {
  const { stdout } = await run(
    process.execPath,
    ['--input-type=module', '--eval', importScript, pathToFileURL(file).href],
    { env: lambdaEnvironment },
  );
  const [wall, cpu] = stdout.split(' ').map(Number);
  return { wall: wall ?? Number.NaN, cpu: cpu ?? Number.NaN };
}

/**
 * Each catalog function bundled as deployed (infra/bundling.ts; the AWS SDK inside the bundle, so
 * nothing is loaded from node_modules): its bytes, and the median time to import it in a new Node
 * process against an empty module's, measured the same way, with the median CPU time of the import.
 * Returns the figures per function and the empty module's median.
 */
export async function bundlesBenchmark() {
  const bundles = await buildFunctions();
  const empty = join(root, '.build', 'bench', 'empty.mjs');
  mkdirSync(join(root, '.build', 'bench'), { recursive: true });
  writeFileSync(empty, '');
  const files = [empty, ...bundles.map((bundle) => bundle.file)];
  const times = new Map<string, number[]>(files.map((file) => [file, []]));
  const cpuTimes = new Map<string, number[]>(files.map((file) => [file, []]));
  // Round by round, so a change in the machine's load falls on every module alike.
  for (let round = 1; round <= RUNS; round += 1) {
    progress(`bundles: import round ${round}/${RUNS}`);
    for (const file of files) {
      const { wall, cpu } = await importMs(file);
      times.get(file)?.push(wall);
      cpuTimes.get(file)?.push(cpu);
    }
  }
  const median = (file: string) => percentile(times.get(file) ?? [], 50);
  const medianCpu = (file: string) => percentile(cpuTimes.get(file) ?? [], 50);
  const emptyImportMs = median(empty);
  const over = bundles.filter((bundle) => bundle.bytes > budgetBytes).map((bundle) => bundle.name);
  progress(
    `bundles: an empty module imports in ${emptyImportMs.toFixed(1)} ms; over ${budgetBytes / 1024} KB: ${over.join(', ') || 'none'}\n`,
  );
  return {
    emptyModuleImportMs: Number(emptyImportMs.toFixed(1)),
    emptyModuleImportCpuMs: Number(medianCpu(empty).toFixed(1)),
    bundles: Object.fromEntries(
      bundles.map(({ name, file, bytes }) => [
        name,
        {
          bytes,
          importMs: Number(median(file).toFixed(1)),
          importRatio: Number((median(file) / emptyImportMs).toFixed(1)),
          importCpuMs: Number(medianCpu(file).toFixed(1)),
        },
      ]),
    ),
  };
}
