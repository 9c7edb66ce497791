import middy from '@middy/core';
import type { Context, ScheduledEvent } from 'aws-lambda';
import { inParallel } from '#shared/concurrency.ts';
import { type PollOutcome, pollSource } from '#shared/sources/poll.ts';
import type { PreviewResult } from '#shared/sources/preview.ts';
import { previewSource } from '#shared/sources/preview-source.ts';
import type { Source } from '#shared/sources/source.ts';
import { claimSource, getSource, listSources } from '#shared/sources/source-store.ts';
import { store } from '#shared/store/client.ts';
import { logger } from '../lib/logger.ts';
import { pollOptions } from '../lib/poll-options.ts';
import {
  type PreviewSourceRequest,
  previewSourceRequest,
  type ReadSourceRequest,
  type ReadSourceResult,
  readSourceRequest,
} from '../lib/read-source.ts';
import { scheduledFunction } from '../lib/schedule.ts';

/** Longer than a poll can take; a run that dies mid-poll leaves the source due again after it. */
const LEASE_MS = 5 * 60_000;

const logFailure = (source: Source, outcome: PollOutcome) =>
  logger.warn('Polling a source failed', {
    sourceId: source.id,
    problem: outcome.health.lastError,
    error: outcome.error,
  });

/** Polls each enabled source that is due, a few at a time; a failing source is recorded and skipped. */
const pollDue = scheduledFunction(async (now) => {
  const due = (await listSources(store())).filter(
    ({ source }) => source.enabled && source.health.nextPollAt <= now.toISOString(),
  );
  const lease = new Date(now.getTime() + LEASE_MS).toISOString();
  let imported = 0;
  let failed = 0;
  await inParallel(due, 4, async ({ source, fetchState }) => {
    if (!(await claimSource(store(), source, lease))) return;
    const outcome = await pollSource(store(), source, fetchState, now, pollOptions());
    imported += outcome.imported;
    if (outcome.error) {
      failed += 1;
      logFailure(source, outcome);
    }
  });
  if (due.length > 0) logger.info('Polled sources', { due: due.length, imported, failed });
});

/**
 * "Read now", invoked by the sources function: this one source at once, whatever its schedule and
 * without the schedule's lease, as a coordinator asked. A failed read is on the health it answers.
 */
async function readNow(event: unknown): Promise<ReadSourceResult> {
  const { readSource: id } = readSourceRequest.parse(event);
  const found = await getSource(store(), id);
  if (!found) throw new Error(`There is no source ${id}.`);
  const { source, fetchState } = found;
  const outcome = await pollSource(store(), source, fetchState, new Date(), pollOptions());
  if (outcome.error) logFailure(source, outcome);
  return {
    source: { ...source, health: outcome.health },
    imported: outcome.imported,
    updated: outcome.updated,
  };
}

type Invocation = ScheduledEvent | ReadSourceRequest | PreviewSourceRequest;

/**
 * Its schedule's runs, and from the sources function "Read now" (a payload with `readSource`) and
 * a preview (`previewSource`).
 */
export const handler = middy<Invocation, ReadSourceResult | PreviewResult | undefined>(
  async (event: Invocation, context: Context) => {
    if ('readSource' in event) return readNow(event);
    if ('previewSource' in event) {
      return previewSource(previewSourceRequest.parse(event).previewSource, pollOptions(), new Date());
    }
    await pollDue(event, context);
  },
);
