import { cpSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { catalog } from '#functions/catalog.ts';
import { lambdaBundling } from './bundling.ts';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const webDist = join(root, 'web', 'dist');

/** Bundles the browser app (by default into web/dist): one script, one stylesheet, the HTML shell. */
export async function buildWeb(
  options: { outDir?: string; minify?: boolean } = {},
): Promise<{ bytes: number }> {
  const outDir = options.outDir ?? webDist;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'assets'), { recursive: true });
  await build({
    entryPoints: [join(root, 'web', 'src', 'main.tsx')],
    outfile: join(outDir, 'assets', 'app.js'),
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
  return { bytes: statSync(join(outDir, 'assets', 'app.js')).size };
}

/** Bundles each catalog function as the CDK does and reports its size. */
export async function buildFunctions(): Promise<{ name: string; bytes: number }[]> {
  const outRoot = join(root, '.build', 'functions');
  rmSync(outRoot, { recursive: true, force: true });
  const sizes = [];
  for (const spec of catalog) {
    const outfile = join(outRoot, spec.name, 'index.mjs');
    await build({
      entryPoints: [join(root, spec.entry)],
      outfile,
      bundle: true,
      platform: 'node',
      logLevel: 'warning',
      ...lambdaBundling,
      external: [...lambdaBundling.external],
      mainFields: [...lambdaBundling.mainFields],
      banner: { js: lambdaBundling.banner },
      charset: lambdaBundling.charset,
    });
    sizes.push({ name: spec.name, bytes: statSync(outfile).size });
  }
  return sizes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const web = await buildWeb();
  console.log(`web/dist/assets/app.js  ${(web.bytes / 1024).toFixed(1)} KB`);
  for (const { name, bytes } of await buildFunctions()) {
    console.log(`.build/functions/${name}/index.mjs  ${(bytes / 1024).toFixed(1)} KB`);
  }
}
