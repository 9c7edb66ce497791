import { parseArgs } from 'node:util';
import { buildWeb, webDist } from '#infra/build.ts';
import { freePort } from '#infra/local/ports.ts';
import { startLocalRuntime } from '#infra/local/runtime.ts';
import { seedDemoData } from '#infra/local/seed.ts';
import { languageCodes } from '#shared/i18n/languages.ts';
import { store } from '#shared/store/client.ts';
import { apiReadsBenchmark } from './api-reads.ts';
import { bundlesBenchmark } from './bundles.ts';
import { cosignBenchmark } from './cosign.ts';
import { fanoutBenchmark } from './fanout.ts';
import { fanoutTranslationBenchmark } from './fanout-translation.ts';
import { dynamodbGetItemMs, dynamodbRoundTripMs, resultsFile, runInfo, writeResults } from './harness.ts';
import { type LighthouseScores, lighthouseBenchmark } from './lighthouse.ts';
import { meetingsBenchmark } from './meetings.ts';
import { sourcesBenchmark } from './sources.ts';
import { trayBenchmark } from './tray.ts';

const benchmarks = [
  'web',
  'bundles',
  'apiReads',
  'fanout',
  'fanoutTranslation',
  'cosign',
  'sources',
  'meetings',
  'tray',
] as const;
type Benchmark = (typeof benchmarks)[number];

const { values } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '10000' },
    // The fan-out whose subscribers partly wait for a translation (it sends up to 1.3 alerts each).
    'translation-subscribers': { type: 'string', default: '2000' },
    'send-rate': { type: 'string', default: '40' },
    signers: { type: 'string', default: '500' },
    // Repeatable (`--only cosign --only fanout`); none means every benchmark.
    only: { type: 'string', multiple: true },
  },
});
const subscribers = Number(values.subscribers);
const sendRatePerSecond = Number(values['send-rate']);
const signers = Number(values.signers);
const translationSubscribers = Number(values['translation-subscribers']);
const counts = [subscribers, sendRatePerSecond, signers, translationSubscribers];
if (counts.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(
    '--subscribers, --send-rate, --signers and --translation-subscribers must be positive whole numbers.',
  );
  process.exit(2);
}
const only = values.only ?? [...benchmarks];
const unknown = only.filter((name) => !(benchmarks as readonly string[]).includes(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; --only takes ${benchmarks.join(' or ')}.`);
  process.exit(2);
}
const runs = (name: Benchmark) => only.includes(name);

// The functions read their configuration at first use: the benchmark's send rate must be set first.
process.env.SEND_RATE_PER_SECOND = String(sendRatePerSecond);
// Every signer signs in from this one client address.
process.env.SIGN_IN_CODES_PER_CLIENT = String(Math.max(1000, 2 * signers));

/**
 * What a reader's browser downloads before the app runs: the app and its static imports, and the
 * catalogue of the reader's language (the largest one, for the worst case).
 */
async function webBenchmark() {
  const web = await buildWeb();
  const catalogues = web.chunks.filter((chunk) =>
    languageCodes.some((code) => chunk.file.startsWith(`assets/chunks/${code}-`)),
  );
  const largestCatalogue = Math.max(...catalogues.map((chunk) => chunk.gzipBytes));
  return {
    initialJsGzipBytes: web.initialGzipBytes + largestCatalogue,
    appGzipBytes: web.initialGzipBytes,
    largestCatalogueGzipBytes: largestCatalogue,
    budgetGzipBytes: 60 * 1024,
    lighthouse: {} as Record<string, LighthouseScores>,
  };
}

const info = runInfo();
console.log(`Benchmarks on ${info.cores} cores, Node ${info.node}, commit ${info.commit}`);
// Built first: the runtime serves the web app from what this writes.
const web = runs('web') ? await webBenchmark() : undefined;
// Before the runtime starts, so DynamoDB Local does not share the cores with the imports timed.
const bundles = runs('bundles') ? await bundlesBenchmark() : undefined;
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
  const getItemMs = await dynamodbGetItemMs(s);
  console.log(
    `Bare DynamoDB round trips: Query p50 ${roundTripMs.toFixed(2)} ms, GetItem p50 ${getItemMs.toFixed(2)} ms`,
  );
  const results: Record<string, unknown> = {
    ...info,
    dynamodbRoundTripP50Ms: Number(roundTripMs.toFixed(3)),
    dynamodbGetItemP50Ms: Number(getItemMs.toFixed(3)),
  };
  if (web) results.web = web;
  if (bundles) {
    results.emptyModuleImportMs = bundles.emptyModuleImportMs;
    results.emptyModuleImportCpuMs = bundles.emptyModuleImportCpuMs;
    results.bundles = bundles.bundles;
  }
  if (runs('apiReads')) {
    results.apiReads = await apiReadsBenchmark({ store: s, baseUrl: runtime.urls.web });
  }
  if (runs('fanout')) {
    results.fanout = await fanoutBenchmark({
      store: s,
      baseUrl: runtime.urls.web,
      sesUrl: runtime.urls.inbox,
      subscribers,
      sendRatePerSecond,
      roundTripMs,
    });
  }
  if (runs('fanoutTranslation')) {
    results.fanoutTranslation = await fanoutTranslationBenchmark({
      store: s,
      baseUrl: runtime.urls.web,
      sesUrl: runtime.urls.inbox,
      subscribers: translationSubscribers,
    });
  }
  if (runs('cosign')) {
    results.cosign = await cosignBenchmark({
      store: s,
      baseUrl: runtime.urls.web,
      sesUrl: runtime.urls.inbox,
      signers,
      getItemMs,
    });
  }
  if (runs('sources')) {
    results.sources = await sourcesBenchmark({
      store: s,
      baseUrl: runtime.urls.web,
      sesUrl: runtime.urls.inbox,
    });
  }
  if (runs('meetings')) {
    results.meetings = await meetingsBenchmark({
      store: s,
      baseUrl: runtime.urls.web,
      sesUrl: runtime.urls.inbox,
      registrations: 100,
      capacity: 40,
    });
  }
  if (runs('tray')) {
    results.tray = await trayBenchmark({ store: s, activities: 2000 });
  }
  if (web) {
    // Last, so the demo data it needs does not add subscribers to the other benchmarks.
    await seedDemoData(runtime.urls.web);
    web.lighthouse = await lighthouseBenchmark(runtime.urls.web);
  }
  writeResults(results);
  for (const name of benchmarks) {
    if (!runs(name)) continue;
    console.log(`\n${name}`);
    if (name === 'web' && web) {
      const { lighthouse, ...bytes } = web;
      console.table(bytes);
      console.log('Lighthouse, mobile emulation');
      console.table(lighthouse);
    } else if (name === 'sources') {
      const { kinds, ...hook } = results.sources as { kinds: Record<string, unknown> };
      console.table(kinds);
      console.table(hook);
    } else console.table(results[name]);
  }
  console.log(`Written to ${resultsFile}`);
  // A check, not a timing: alerts that follow the translation must arrive once each, in their language.
  const followed = results.fanoutTranslation as { problems: string } | undefined;
  if (followed && followed.problems !== 'none') {
    console.error(`fanoutTranslation failed: ${followed.problems}`);
    process.exitCode = 1;
  }
} finally {
  await runtime.stop();
}
