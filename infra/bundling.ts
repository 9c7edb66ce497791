import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions, Plugin } from 'esbuild';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

/**
 * nodemailer looks a part's content type up in a 74 KB table of file extensions only when the part
 * names none. Kaiutin names every part's type (OutgoingMail requires it of attachments), so the
 * bundles get a table of the types Kaiutin sends instead; the mail-sender test sends a message
 * through the bundled sender to prove it composes the same message.
 */
const nodemailerFileTypes: Plugin = {
  name: 'nodemailer-file-types',
  setup(build) {
    build.onResolve({ filter: /\/mime-types\.js$/ }, (args) =>
      args.importer.includes(join('node_modules', 'nodemailer'))
        ? { path: join(here, 'nodemailer-file-types.ts') }
        : undefined,
    );
  },
};

/**
 * How every Lambda is bundled, by `cdk synth` and `npm run build` alike (infra/build.ts), so what is
 * measured is what is deployed.
 */
export const lambdaBundling = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  minify: true,
  sourcemap: true,
  /** The Lambda Node.js runtime provides AWS SDK v3. */
  external: ['@aws-sdk/*'],
  /** Some dependencies are CommonJS and call require(); ESM bundles need it defined. */
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  mainFields: ['module', 'main'],
  /**
   * The feed parser require()s these, Kaiutin imports them: without the alias a bundle would carry
   * both their CommonJS and their ES module builds.
   */
  alias: {
    'html-entities': require.resolve('html-entities'),
    'fast-xml-parser': require.resolve('fast-xml-parser'),
  },
  plugins: [nodemailerFileTypes],
  /** Emails and messages in eight languages: UTF-8 is far smaller than escaped text. */
  charset: 'utf8',
  logLevel: 'warning',
} satisfies BuildOptions;
