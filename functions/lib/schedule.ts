import middy from '@middy/core';
import type { Context, ScheduledEvent } from 'aws-lambda';

/** Wraps a job run by EventBridge Scheduler (or the local scheduler) at its rate. */
export function scheduledFunction(run: (now: Date, context: Context) => Promise<void>) {
  return middy<ScheduledEvent, void>(async (event: ScheduledEvent, context: Context) => {
    await run(event.time ? new Date(event.time) : new Date(), context);
  });
}
