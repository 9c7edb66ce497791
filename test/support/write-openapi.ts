/**
 * Writes the OpenAPI document the API serves, as a stage without a custom domain names its server
 * (CloudFront's own domain; AWS's example one), to the given file for `npm run lint:api` to hand
 * to Redocly.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { openApiDocument } from '#shared/api/openapi.ts';
import { routes } from '#shared/api/routes.ts';

const [file] = process.argv.slice(2);
if (!file) throw new Error('Usage: tsx test/support/write-openapi.ts <file>');
mkdirSync(dirname(file), { recursive: true });
writeFileSync(
  file,
  `${JSON.stringify(openApiDocument(routes, { serverUrl: 'https://d111111abcdef8.cloudfront.net' }), null, 2)}\n`,
);
