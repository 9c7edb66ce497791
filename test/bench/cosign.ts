import { performance } from 'node:perf_hooks';
import { inParallel } from '#shared/concurrency.ts';
import type { Store } from '#shared/store/client.ts';
import {
  apiCaller,
  benchBody,
  draftConsultation,
  json,
  memberOrganisation,
  percentile,
  progress,
  signedInCoordinator,
  signIn,
  watchRequests,
} from './harness.ts';

export interface CosignOptions {
  store: Store;
  baseUrl: string;
  sesUrl: string;
  signers: number;
  getItemMs: number;
}

interface Signer {
  organisationId: string;
  cookie: string;
}

/**
 * 500 (by default) member organisations, each with a signed-in representative, co-sign one open
 * statement at the same moment through the local gateway: how long each request takes, whether
 * every signature was recorded once, and whether the statement's count equals the signatures.
 */
export async function cosignBenchmark(options: CosignOptions) {
  const { store, baseUrl, sesUrl, signers: count } = options;
  const now = new Date();
  const bodyId = await benchBody(store, now);
  const coordinator = apiCaller(
    baseUrl,
    await signedInCoordinator(store, baseUrl, sesUrl, `bench-coordinator-${bodyId}@example.org`),
  );
  const consultation = await draftConsultation(coordinator, bodyId);
  await coordinator('POST', `/api/consultations/${consultation.id}/publish`);

  const newSigner = async (label: string): Promise<Signer> => {
    const email = `bench-${label}-${bodyId}@example.org`;
    const org = await memberOrganisation(store, `Vertailujärjestö ${label} ${bodyId}`, email, now);
    return { organisationId: org.id, cookie: await signIn(baseUrl, sesUrl, email) };
  };
  const lead = await newSigner('lead');
  const leadCall = apiCaller(baseUrl, lead.cookie);
  const statement = (await leadCall('POST', `/api/consultations/${consultation.id}/statements`, {
    organisationId: lead.organisationId,
    language: 'fi',
    title: 'Yhteinen vertailulausunto',
    body: 'Järjestöt esittävät, että **vertailu** tehdään.',
  })) as { id: string; version: number };
  await leadCall('POST', `/api/statements/${statement.id}/open`, {
    cosignDeadline: new Date(Date.now() + 10 * 86_400_000).toISOString(),
  });

  const signers: Signer[] = [];
  await inParallel(
    Array.from({ length: count }, (_, i) => i),
    16,
    async (i) => {
      signers.push(await newSigner(`signer${i}`));
      if (signers.length % 25 === 0) progress(`cosign: ${signers.length}/${count} signers signed in`);
    },
  );
  progress(`cosign: ${count} signers signed in\n`);

  const { watch, stop } = watchRequests(store);
  const times: number[] = [];
  const failures: Record<string, number> = {};
  const failureSamples: string[] = [];
  const loop = performance.eventLoopUtilization();
  const started = performance.now();
  await Promise.all(
    signers.map(async (signer) => {
      const sent = performance.now();
      let outcome: string;
      let text = '';
      try {
        const response = await fetch(`${baseUrl}/api/statements/${statement.id}/signatures`, {
          method: 'POST',
          headers: { cookie: signer.cookie, 'content-type': 'application/json' },
          body: JSON.stringify({
            organisationId: signer.organisationId,
            mandate: { kind: 'standing' },
            version: statement.version,
          }),
        });
        // The request is done when its answer (the statement and this signature) has been read.
        text = await response.text();
        outcome = response.ok ? 'ok' : String(response.status);
      } catch (error) {
        outcome = `network: ${String((error as Error).cause ?? error)}`;
      }
      times.push(performance.now() - sent);
      if (outcome === 'ok') return;
      const code = /"code":"(\w+)"/.exec(text)?.[1];
      const key = code ? `${outcome} ${code}` : outcome;
      failures[key] = (failures[key] ?? 0) + 1;
      if (failureSamples.length < 3) failureSamples.push(`${key}: ${text.slice(0, 200)}`);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  stop();
  for (const [command, durations] of Object.entries(watch.byCommand))
    console.log(
      `cosign: ${command} ×${durations.length}: p50 ${percentile(durations, 50).toFixed(1)} ms, p99 ${percentile(durations, 99).toFixed(1)} ms`,
    );
  console.log(
    `cosign: event loop busy ${(performance.eventLoopUtilization(loop).utilization * 100).toFixed(0)}% while signing`,
  );
  for (const sample of failureSamples) console.error(`cosign: a failed signature: ${sample}`);

  const read = (await json(await fetch(`${baseUrl}/api/statements/${statement.id}`))) as {
    signatureCount: number;
    signatures: unknown[];
  };
  const recorded = read.signatures.length;
  const p50Ms = percentile(times, 50);
  const failed = Object.values(failures).reduce((sum, n) => sum + n, 0);
  return {
    signers: count,
    recorded,
    signatureCount: read.signatureCount,
    countMatches: read.signatureCount === recorded && recorded === count,
    failed,
    ...(failed > 0 ? { failedByStatus: JSON.stringify(failures) } : {}),
    seconds: Number(seconds.toFixed(2)),
    p50Ms: Number(p50Ms.toFixed(1)),
    p99Ms: Number(percentile(times, 99).toFixed(1)),
    maxMs: Number(Math.max(...times).toFixed(1)),
    // Against one bare GetItem round trip, comparable across machines.
    p50RatioToGetItem: Number((p50Ms / options.getItemMs).toFixed(1)),
    dynamodbRequestsPerSignature: Number((watch.requests / count).toFixed(2)),
    transactionConflicts: watch.transactionConflicts,
  };
}
