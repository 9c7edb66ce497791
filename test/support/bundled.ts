import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { root } from '#infra/build.ts';
import { lambdaBundling } from '#infra/bundling.ts';

/**
 * A module bundled exactly as the Lambda bundles are (aliases and plugins included), then imported:
 * for tests that check the deployed code behaves as the source the other tests run.
 */
export async function bundled<T>(entry: string): Promise<T> {
  const outfile = join(root, '.build', 'test-bundles', `${entry.replaceAll('/', '_')}.mjs`);
  await build({ ...lambdaBundling, entryPoints: [join(root, entry)], outfile });
  return (await import(pathToFileURL(outfile).href)) as T;
}
