import * as z from 'zod/mini';
import { ConfigError, config, ENV } from '#shared/config.ts';
import {
  type PreviewInput,
  type PreviewResult,
  previewInput,
  previewResult,
} from '#shared/sources/preview.ts';
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

/** A preview reads an address as a source would, and saves nothing. */
export const previewSourceRequest = z.object({ previewSource: previewInput });
export type PreviewSourceRequest = z.output<typeof previewSourceRequest>;

function pollSourcesFunction(): string {
  const { pollSourcesFunction: name } = config();
  if (!name) throw new ConfigError(`${ENV.pollSourcesFunction} is not set`);
  return name;
}

/** Reads the source now, in the poll-sources function, and answers with what it found. */
export function readSourceNow(sourceId: string): Promise<ReadSourceResult> {
  const payload: ReadSourceRequest = { readSource: sourceId };
  return invoker()({
    functionName: pollSourcesFunction(),
    payload,
    result: readSourceResult,
    unavailable: 'Reading the source did not finish on our side. Try again in a moment.',
  });
}

/** Reads an address as a source of that kind, in the poll-sources function: its first items, or why not. */
export function previewSourceNow(input: PreviewInput): Promise<PreviewResult> {
  const payload: PreviewSourceRequest = { previewSource: input };
  return invoker()({
    functionName: pollSourcesFunction(),
    payload,
    result: previewResult,
    unavailable: 'Reading the address did not finish on our side. Try again in a moment.',
  });
}
