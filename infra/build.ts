import { cpSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { catalog } from '#functions/catalog.ts';
import { lambdaBundling } from './bundling.ts';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const webDist = join(root, 'web', 'dist');

export interface WebBuild {
  /** The script the page loads and what it imports before it runs (no language but Finnish). */
  initialBytes: number;
  initialGzipBytes: number;
  /** Loaded when needed: each other language's catalogue, and what several of them share. */
  chunks: { file: string; bytes: number; gzipBytes: number }[];
}

/**
 * Bundles the browser app (by default into web/dist): the app script, a chunk per language beyond
 * Finnish, one stylesheet, the HTML shell.
 */
export async function buildWeb(options: { outDir?: string; minify?: boolean } = {}): Promise<WebBuild> {
  const outDir = options.outDir ?? webDist;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'assets'), { recursive: true });
  const { metafile } = await build({
    entryPoints: { app: join(root, 'web', 'src', 'main.tsx') },
    outdir: join(outDir, 'assets'),
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    bundle: true,
    format: 'esm',
    target: ['es2022'],
    minify: options.minify ?? true,
    sourcemap: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    // Finnish, Cyrillic, Arabic and Persian text as UTF-8, not \u escapes that double its size.
    charset: 'utf8',
    logLevel: 'warning',
  });
  cpSync(join(root, 'web', 'public'), outDir, { recursive: true });
  const scripts = Object.entries(metafile.outputs).filter(([file]) => file.endsWith('.js'));
  const app = scripts.find(([file]) => file.endsWith('/assets/app.js'));
  if (!app) throw new Error('The web build has no entry script');
  // What the browser fetches before the app runs: the entry and the chunks it imports statically.
  const initial = [app[0], ...app[1].imports.filter((i) => i.kind === 'import-statement').map((i) => i.path)];
  const read = (file: string) => readFileSync(resolve(root, file));
  return {
    initialBytes: initial.reduce((sum, file) => sum + read(file).length, 0),
    initialGzipBytes: initial.reduce((sum, file) => sum + gzipSync(read(file)).length, 0),
    chunks: scripts
      .filter(([file]) => !initial.includes(file))
      .map(([file, output]) => ({
        file: relative(outDir, resolve(root, file)),
        bytes: output.bytes,
        gzipBytes: gzipSync(read(file)).length,
      })),
  };
}

/** Where `cdk synth` and `npm run build` put the functions' bundles, one directory per function. */
export const functionsDist = join(root, '.build', 'functions');

/**
 * Bundles each catalog function into its own directory (`index.mjs` and its source map), the
 * directory the stack deploys as the function's code. Returns each bundle's size.
 */
export async function buildFunctions(
  options: { outDir?: string } = {},
): Promise<{ name: string; file: string; bytes: number }[]> {
  const outRoot = options.outDir ?? functionsDist;
  rmSync(outRoot, { recursive: true, force: true });
  return Promise.all(
    catalog.map(async (spec) => {
      const outfile = join(outRoot, spec.name, 'index.mjs');
      await build({ ...lambdaBundling, entryPoints: [join(root, spec.entry)], outfile });
      return { name: spec.name, file: outfile, bytes: statSync(outfile).size };
    }),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const web = await buildWeb();
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`web/dist initial script  ${kb(web.initialBytes)} (${kb(web.initialGzipBytes)} gzipped)`);
  for (const chunk of web.chunks)
    console.log(`web/dist/${chunk.file}  ${kb(chunk.bytes)} (${kb(chunk.gzipBytes)} gzipped)`);
  for (const { name, bytes } of await buildFunctions()) {
    console.log(`.build/functions/${name}/index.mjs  ${(bytes / 1024).toFixed(1)} KB`);
  }
}
