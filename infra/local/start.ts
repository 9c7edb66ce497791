import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildWeb, root, webDist } from '../build.ts';
import { JavaMissing } from './dynamodb-local.ts';
import { PortInUse } from './ports.ts';
import { startLocalRuntime } from './runtime.ts';
import { demoPeople } from './seed.ts';
import { demoPeerLeaders } from './seed-peers.ts';
import { demoTranslator } from './seed-translations.ts';
import { demoTrayPartner } from './seed-tray.ts';

const usage = `Usage: npm start [-- --fresh] [-- --in-memory] [-- --no-seed] [-- --web-root DIR]
  --fresh         delete the local data folder (.data/) and start from empty, with demo data
  --in-memory     keep nothing: DynamoDB Local runs in memory
  --no-seed       do not write demo data into a new table
  --web-root DIR  build and serve the web app from DIR instead of web/dist
Ports: PORT (web and API, 3000), DYNAMODB_PORT (8000), SES_PORT (8005), LAMBDA_PORT (any free one).`;

const { values } = parseArgs({
  options: {
    fresh: { type: 'boolean', default: false },
    'in-memory': { type: 'boolean', default: false },
    'no-seed': { type: 'boolean', default: false },
    'web-root': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const port = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1 || value > 65_535) {
    console.error(`${name} must be a port number, not "${process.env[name]}".`);
    process.exit(2);
  }
  return value;
};

const started = Date.now();
const dataDir = values['in-memory'] ? undefined : join(root, '.data');
if (values.fresh && dataDir) rmSync(dataDir, { recursive: true, force: true });

const webRoot = values['web-root'] ? resolve(values['web-root']) : webDist;

try {
  await buildWeb({ outDir: webRoot });
  const runtime = await startLocalRuntime({
    port: port('PORT', 3000),
    dynamodbPort: port('DYNAMODB_PORT', 8000),
    sesPort: port('SES_PORT', 8005),
    lambdaPort: process.env.LAMBDA_PORT === undefined ? undefined : port('LAMBDA_PORT', 0),
    dataDir,
    seed: !values['no-seed'],
    webRoot,
  });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping Kaiutin…`);
    await runtime.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  console.log(`
Kaiutin is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)

  Web app      ${runtime.urls.web}
  API          ${runtime.urls.api}  (health: ${runtime.urls.api}/health, OpenAPI: ${runtime.urls.api}/openapi.json)
  Mail inbox   ${runtime.urls.inbox}
  DynamoDB     ${runtime.urls.dynamodb}  (${dataDir ? `data in ${dataDir}` : 'in memory'})
  Lambda       ${runtime.urls.lambda}  (the Invoke API, for functions that call another)

  Demo sign-in (ask for a code on the sign-in page; it arrives in the mail inbox):
    ${demoPeople.coordinator.padEnd(34)} the network coordinator
    ${demoPeople.representative.padEnd(34)} representative of a member organisation, host of the last meeting
    ${demoPeople.secondHost.padEnd(34)} representative of another, host of the next meeting (in Arabic)
    ${demoPeople.officer.padEnd(34)} officer of the City of Jyväskylä
    ${demoTrayPartner.padEnd(34)} representative of a tray partner (not a member)
    ${demoPeerLeaders.hodan.padEnd(34)} a peer leader who also translates (Somali and Arabic)
    ${demoTranslator.padEnd(34)} a translator (Arabic and Persian, in Arabic)
${runtime.seeded ? '  (Demo data was written just now.)\n' : ''}
Press Ctrl-C to stop.`);
} catch (error) {
  if (error instanceof JavaMissing || error instanceof PortInUse) {
    console.error(`\nKaiutin cannot start: ${error.message}`);
  } else {
    console.error('\nKaiutin could not start:', error);
  }
  process.exit(1);
}
