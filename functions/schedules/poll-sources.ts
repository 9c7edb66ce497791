import { inParallel } from '#shared/concurrency.ts';
import { pollSource } from '#shared/sources/poll.ts';
import { claimSource, listSources } from '#shared/sources/source-store.ts';
import { store } from '#shared/store/client.ts';
import { logger } from '../lib/logger.ts';
import { pollOptions } from '../lib/poll-options.ts';
import { scheduledFunction } from '../lib/schedule.ts';

/** Longer than a poll can take; a run that dies mid-poll leaves the source due again after it. */
const LEASE_MS = 5 * 60_000;

/** Polls each enabled source that is due, a few at a time; a failing source is recorded and skipped. */
export const handler = scheduledFunction(async (now) => {
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
      logger.warn('Polling a source failed', {
        sourceId: source.id,
        problem: outcome.health.lastError,
        error: outcome.error,
      });
    }
  });
  if (due.length > 0) logger.info('Polled sources', { due: due.length, imported, failed });
});
