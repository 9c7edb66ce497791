/**
 * How every Lambda is bundled, shared by the CDK stack (NodejsFunction) and `npm run build`
 * (which reports bundle sizes), so the two produce the same code.
 */
export const lambdaBundling = {
  target: 'node22',
  format: 'esm',
  minify: true,
  sourcemap: true,
  /** The Lambda Node.js runtime provides AWS SDK v3. */
  external: ['@aws-sdk/*'],
  /** Some dependencies are CommonJS and call require(); ESM bundles need it defined. */
  banner:
    "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  mainFields: ['module', 'main'],
  /** Emails and messages in eight languages: UTF-8 is far smaller than escaped text. */
  charset: 'utf8',
} as const;
