import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { ENV } from '#shared/config.ts';
import { languageCodes } from '#shared/i18n/languages.ts';
import { ensurePerson, grantCoordinator } from '#shared/people/person-store.ts';
import { store } from '#shared/store/client.ts';
import { localEnvironment, TABLE_NAME } from './local/environment.ts';

const usage = `Usage: npm run coordinator -- someone@example.org [--language fi]
Makes the person with this address a coordinator of the network (creating the person if needed,
with the language given, Finnish by default, for the web app and emails).
Against the local runtime (npm start must be running) nothing else is needed. Against AWS, set
TABLE_NAME and AWS_REGION (and AWS credentials) for the stage's table.`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { language: { type: 'string', default: 'fi' } },
});
const email = z.email().check(z.toLowerCase()).safeParse(positionals[0]);
const language = z.enum(languageCodes).safeParse(values.language);
if (!email.success || !language.success) {
  console.error(usage);
  process.exit(2);
}

const local = !process.env[ENV.tableName];
if (local) {
  Object.assign(
    process.env,
    localEnvironment({
      stage: 'local',
      tableName: TABLE_NAME,
      publicBaseUrl: `http://localhost:${process.env.PORT ?? 3000}`,
      dynamodbEndpoint: `http://127.0.0.1:${process.env.DYNAMODB_PORT ?? 8000}`,
      sesEndpoint: `http://127.0.0.1:${process.env.SES_PORT ?? 8005}`,
    }),
  );
} else {
  process.env[ENV.stage] ??= 'admin';
  process.env[ENV.publicBaseUrl] ??= 'https://localhost';
  process.env[ENV.mailFrom] ??= 'unused@localhost';
}

try {
  const now = new Date();
  const person = await ensurePerson(store(), email.data, language.data, now);
  const granted = await grantCoordinator(store(), person, 'system', now);
  const where = local ? 'local runtime' : `table ${process.env[ENV.tableName]}`;
  console.log(`${email.data} ${granted ? 'is now' : 'was already'} a coordinator (${where}).`);
} catch (error) {
  console.error(`Could not make ${email.data} a coordinator: ${(error as Error).message}`);
  if (local) console.error('Is the local runtime running (npm start)?');
  process.exit(1);
}
