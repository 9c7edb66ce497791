import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { catalog } from '#functions/catalog.ts';
import { root } from '#infra/build.ts';
import { lambdaBundling } from '#infra/bundling.ts';

/** The source files and packages a function's bundle is made of, as esbuild reports them. */
async function inputsOf(entry: string): Promise<string[]> {
  const { metafile } = await build({
    ...lambdaBundling,
    entryPoints: [join(root, entry)],
    outfile: join(root, '.build', 'inputs.mjs'),
    write: false,
    metafile: true,
    sourcemap: false,
    minify: false,
  });
  return Object.keys(metafile.inputs);
}

// The readers (feed parser, XML, the decision systems' presets) load only where sources are read:
// every other function would pay for them at each cold start.
const readers = [/node_modules\/@rowanmanning\/feed-parser\//, /shared\/sources\/presets\//];

describe('what each function bundles', () => {
  it('carries the agenda-source readers only in poll-sources', async () => {
    const carrying: string[] = [];
    for (const spec of catalog) {
      const inputs = await inputsOf(spec.entry);
      if (inputs.some((file) => readers.some((reader) => reader.test(file)))) carrying.push(spec.name);
    }
    expect(carrying).toEqual(['poll-sources']);
  }, 60_000);
});

describe('what the web app bundles', () => {
  // The schemas stay on the server: the web app imports the zod-free facts (limits, kinds, rules) and types only.
  it('carries no schema library', async () => {
    const { metafile } = await build({
      entryPoints: [join(root, 'web', 'src', 'main.tsx')],
      outdir: join(root, '.build', 'web-inputs'),
      bundle: true,
      splitting: true,
      format: 'esm',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    expect(Object.keys(metafile.inputs).filter((file) => file.includes('node_modules/zod/'))).toEqual([]);
  }, 60_000);
});
