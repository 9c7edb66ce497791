import * as z from 'zod/mini';
import { ConfigError, config, ENV } from '#shared/config.ts';
import { source } from '#shared/sources/source.ts';
import { invoker } from './invoke.ts';

/**
 * "Read now" is handed by the sources function to poll-sources, the function that carries the
 * feed readers, so that the sources bundle carries none: the payload names the source, and the
 * answer is what the route answers.
 */
export const readSourceRequest = z.object({ readSource: z.string().check(z.minLength(1)) });
export type ReadSourceRequest = z.output<typeof readSourceRequest>;

export const readSourceResult = z.object({ source, imported: z.int(), updated: z.int() });
export type ReadSourceResult = z.output<typeof readSourceResult>;

/** Reads the source now, in the poll-sources function, and answers with what it found. */
export function readSourceNow(sourceId: string): Promise<ReadSourceResult> {
  const { pollSourcesFunction } = config();
  if (!pollSourcesFunction) throw new ConfigError(`${ENV.pollSourcesFunction} is not set`);
  const payload: ReadSourceRequest = { readSource: sourceId };
  return invoker()({
    functionName: pollSourcesFunction,
    payload,
    result: readSourceResult,
    unavailable: 'Reading the source did not finish on our side. Try again in a moment.',
  });
}
