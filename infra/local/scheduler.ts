import { randomUUID } from 'node:crypto';
import type { ScheduledEvent } from 'aws-lambda';
import type { FunctionSpec } from '#functions/catalog.ts';

export interface ScheduledConsumer {
  spec: FunctionSpec;
  invoke(event: ScheduledEvent): Promise<unknown>;
}

export const scheduledEvent = (name: string, time = new Date()): ScheduledEvent => ({
  version: '0',
  id: randomUUID(),
  'detail-type': 'Scheduled Event',
  source: 'aws.scheduler',
  account: 'local',
  time: time.toISOString(),
  region: 'local',
  resources: [`local:schedule/${name}`],
  detail: {},
});

/** Runs each scheduled function at its rate, never two runs of one function at once. */
export function startSchedules(consumers: ScheduledConsumer[]) {
  const busy = new Set<string>();
  const run = async (name: string) => {
    const consumer = consumers.find((c) => c.spec.name === name);
    if (!consumer) throw new Error(`No scheduled function named ${name}`);
    if (busy.has(name)) return;
    busy.add(name);
    try {
      await consumer.invoke(scheduledEvent(name));
    } finally {
      busy.delete(name);
    }
  };
  const timers = consumers.flatMap(({ spec }) =>
    spec.trigger.kind === 'schedule'
      ? [
          setInterval(
            () =>
              run(spec.name).catch((error) =>
                console.error(`[schedules] ${spec.name}: ${(error as Error).message}`),
              ),
            spec.trigger.everyMinutes * 60_000,
          ),
        ]
      : [],
  );
  return {
    /** Runs one scheduled function now, as its schedule would. */
    run,
    stop() {
      for (const timer of timers) clearInterval(timer);
    },
  };
}
