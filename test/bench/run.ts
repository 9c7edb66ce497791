import { parseArgs } from 'node:util';
import { webDist } from '#infra/build.ts';
import { freePort } from '#infra/local/ports.ts';
import { startLocalRuntime } from '#infra/local/runtime.ts';
import { store } from '#shared/store/client.ts';
import { fanoutBenchmark } from './fanout.ts';
import { dynamodbRoundTripMs, resultsFile, runInfo, writeResults } from './harness.ts';

const { values } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '10000' },
    'send-rate': { type: 'string', default: '40' },
  },
});
const subscribers = Number(values.subscribers);
const sendRatePerSecond = Number(values['send-rate']);
if (
  !Number.isInteger(subscribers) ||
  subscribers < 1 ||
  !Number.isInteger(sendRatePerSecond) ||
  sendRatePerSecond < 1
) {
  console.error('--subscribers and --send-rate must be positive whole numbers.');
  process.exit(2);
}

// The functions read their configuration at first use: the benchmark's send rate must be set first.
process.env.SEND_RATE_PER_SECOND = String(sendRatePerSecond);
process.env.SIGN_IN_CODES_PER_CLIENT = '1000';

const info = runInfo();
console.log(`Benchmarks on ${info.cores} cores, Node ${info.node}, commit ${info.commit}`);
const runtime = await startLocalRuntime({
  port: await freePort(),
  dynamodbPort: await freePort(),
  sesPort: await freePort(),
  seed: false,
  webRoot: webDist,
});
try {
  const s = store();
  const roundTripMs = await dynamodbRoundTripMs(s);
  console.log(`Bare DynamoDB Query round trip: p50 ${roundTripMs.toFixed(2)} ms`);
  const fanout = await fanoutBenchmark({
    store: s,
    baseUrl: runtime.urls.web,
    sesUrl: runtime.urls.inbox,
    subscribers,
    sendRatePerSecond,
    roundTripMs,
  });
  writeResults({ ...info, dynamodbRoundTripP50Ms: Number(roundTripMs.toFixed(3)), fanout });
  console.log('\nfanout');
  console.table(fanout);
  console.log(`Written to ${resultsFile}`);
} finally {
  await runtime.stop();
}
