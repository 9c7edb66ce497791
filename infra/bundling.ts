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

/** The SDK clients' default credential chain, replaced by its first link (infra/lambda-credentials.ts). */
const lambdaCredentials: Plugin = {
  name: 'lambda-credentials',
  setup(build) {
    build.onResolve({ filter: /^@aws-sdk\/credential-provider-node$/ }, () => ({
      path: join(here, 'lambda-credentials.ts'),
    }));
  },
};

/**
 * How every Lambda is bundled, by `cdk synth` and `npm run build` alike (infra/build.ts), so what is
 * measured is what is deployed. The AWS SDK is bundled too, not left to the copy the Lambda runtime
 * provides: only the parts a function uses, minified in one file, import in about half the time of
 * the runtime's packages, though the bundles pass 200 KB (`npm run bench`, `bundles`).
 */
export const lambdaBundling = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  minify: true,
  /**
   * Stack traces name the source file and line; without the sources' text the map Node reads and
   * parses as the function loads (NODE_OPTIONS=--enable-source-maps) is a fraction of the size.
   */
  sourcemap: true,
  sourcesContent: false,
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
  plugins: [nodemailerFileTypes, lambdaCredentials],
  /** Emails and messages in eight languages: UTF-8 is far smaller than escaped text. */
  charset: 'utf8',
  logLevel: 'warning',
} satisfies BuildOptions;
