import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { hookSignature, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '#shared/sources/hook.ts';
import type { SourceKind } from '#shared/sources/kinds.ts';
import type { Store } from '#shared/store/client.ts';
import { startSourceFixtures } from '../support/source-fixtures.ts';
import { apiCaller, benchBody, percentile, progress, signedInCoordinator } from './harness.ts';

/**
 * Each kind's entry fixture, as test/support/source-fixtures.ts serves it; rss and atom are the
 * generic readers, for reference.
 */
export const ENTRY_FIXTURES: { kind: SourceKind; path: string }[] = [
  { kind: 'dynasty', path: '/dynasty/cgi/DREQUEST.PHP?page=rss/meetingitems' },
  { kind: 'ahjo', path: '/ahjo/fi/ahjo_api/meetings' },
  { kind: 'kerrokantasi', path: '/files/kerrokantasi.json?type=application/json' },
  {
    kind: 'lausuntopalvelu',
    path: `/files/lausuntopalvelu.atom?type=${encodeURIComponent('application/atom+xml;type=feed;charset=utf-8')}`,
  },
  { kind: 'kuntalaisaloite', path: '/files/kuntalaisaloite.json?type=application/json' },
  { kind: 'rss', path: '/files/agenda.rss?type=application/rss+xml' },
  { kind: 'atom', path: '/news.atom' },
];

/** Push hook calls timed; the median is reported. */
const HOOK_RUNS = 7;
const HOOK_TARGET_MS = 5_000;

export interface SourcesOptions {
  store: Store;
  baseUrl: string;
  sesUrl: string;
}

interface Read {
  source: { health: { itemsFound: number; lastError?: { code: string; message: string } } };
  imported: number;
  updated: number;
}

/** What one kind's source reads: items in the document, drafts made, and what the second poll found known. */
export interface KindFigures {
  itemsRead: number;
  imported: number;
  deduplicated: number;
  secondPollImported: number;
  error?: string;
}

/**
 * On the local stack: a source of each kind at its entry fixture, read twice ("Read now"), and the
 * time from a signed push hook call to its draft in the agenda queue. A kind whose reader fails
 * (a preset not built yet, a fixture missing) reports its error and the run goes on.
 */
export async function sourcesBenchmark(options: SourcesOptions) {
  const { store, baseUrl, sesUrl } = options;
  const fixtures = await startSourceFixtures();
  try {
    const bodyId = await benchBody(store, new Date());
    const call = apiCaller(
      baseUrl,
      await signedInCoordinator(
        store,
        baseUrl,
        sesUrl,
        `bench-sources-${randomUUID().slice(0, 8)}@example.org`,
      ),
    );
    const addSource = async (kind: SourceKind, path: string) =>
      (
        (await call('POST', '/api/sources', {
          bodyId,
          name: `Bench ${kind} ${randomUUID().slice(0, 6)}`,
          url: fixtures.url(path),
          kind,
          topics: ['democracy'],
          // Read only when asked.
          enabled: false,
        })) as { id: string }
      ).id;

    const kinds: Record<string, KindFigures> = {};
    for (const { kind, path } of ENTRY_FIXTURES) {
      progress(`sources: reading ${kind}`);
      try {
        const id = await addSource(kind, path);
        const first = (await call('POST', `/api/sources/${id}/poll`)) as Read;
        const second = (await call('POST', `/api/sources/${id}/poll`)) as Read;
        const problem = first.source.health.lastError ?? second.source.health.lastError;
        const found = second.source.health.itemsFound;
        kinds[kind] = {
          itemsRead: first.source.health.itemsFound,
          imported: first.imported,
          deduplicated: found - second.imported,
          secondPollImported: second.imported,
          ...(problem ? { error: `${problem.code}: ${problem.message}` } : {}),
        };
      } catch (error) {
        kinds[kind] = {
          itemsRead: 0,
          imported: 0,
          deduplicated: 0,
          secondPollImported: 0,
          error: (error as Error).message,
        };
      }
    }

    // Each run a new source, so the call has a new item to import and the queue a new draft to show.
    const times: number[] = [];
    for (let run = 0; run < HOOK_RUNS; run += 1) {
      progress(`sources: push hook ${run + 1}/${HOOK_RUNS}`);
      const id = await addSource('rss', `/files/agenda.rss?type=application/rss+xml&run=${randomUUID()}`);
      const { secret } = (await call('POST', `/api/sources/${id}/hook-secret`)) as { secret: string };
      const body = JSON.stringify({ event: 'agenda.published' });
      const timestamp = String(Math.floor(Date.now() / 1000));
      const started = performance.now();
      const answer = await fetch(`${baseUrl}/api/sources/${id}/hook`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [TIMESTAMP_HEADER]: timestamp,
          [SIGNATURE_HEADER]: hookSignature(secret, timestamp, Buffer.from(body)),
        },
        body,
      });
      if (!answer.ok) throw new Error(`push hook: ${answer.status} ${await answer.text()}`);
      for (;;) {
        const queue = (await call('GET', '/api/triage')) as { items: { origin: { sourceId: string } }[] };
        if (queue.items.some((draft) => draft.origin.sourceId === id)) break;
        if (performance.now() - started > 30_000)
          throw new Error('The pushed draft never reached the queue.');
      }
      times.push(performance.now() - started);
    }
    progress('');
    const p50 = percentile(times, 50);
    return {
      kinds,
      hookRuns: HOOK_RUNS,
      hookToQueueP50Ms: Number(p50.toFixed(1)),
      hookToQueueMaxMs: Number(Math.max(...times).toFixed(1)),
      hookTargetMs: HOOK_TARGET_MS,
      hookWithinTarget: p50 < HOOK_TARGET_MS,
    };
  } finally {
    await fixtures.stop();
  }
}
