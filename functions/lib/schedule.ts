import middy from '@middy/core';
import type { ScheduledEvent } from 'aws-lambda';

/** Wraps a job run by EventBridge Scheduler (or the local scheduler) at its rate. */
export function scheduledFunction(run: (now: Date) => Promise<void>) {
  return middy<ScheduledEvent, void>(async (event: ScheduledEvent) => {
    await run(event.time ? new Date(event.time) : new Date());
  });
}
