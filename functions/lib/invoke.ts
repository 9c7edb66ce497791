import { InvokeCommand, type InvokeCommandOutput, LambdaClient } from '@aws-sdk/client-lambda';
import * as z from 'zod/mini';
import { type Config, config } from '#shared/config.ts';
import { ServiceUnavailable } from '#shared/errors.ts';
import { isTransientServiceError } from './http-errors.ts';
import { logger } from './logger.ts';

/**
 * How long a caller waits for the invoked function: a caller answers an HTTP request, which API
 * Gateway cuts off at 30 s, and must still have time to say why it failed.
 */
const INVOKE_TIMEOUT_MS = 25_000;

export interface Invocation<T extends z.ZodMiniType> {
  /** The deployed function's name, from the configuration. */
  functionName: string;
  payload: unknown;
  /** What the function answers; anything else is a mismatch between deployed versions. */
  result: T;
  /** Told to the client when the function fails or cannot be reached. */
  unavailable: string;
}

/** What Lambda answers in place of the result when the function threw or timed out. */
const functionError = z.object({
  errorType: z.optional(z.string()),
  errorMessage: z.optional(z.string()),
});

const decode = (payload: Uint8Array | undefined): unknown => {
  const text = payload ? new TextDecoder().decode(payload) : '';
  return text ? JSON.parse(text) : undefined;
};

/**
 * Invokes another function of the catalog synchronously (RequestResponse) and validates its answer.
 * Its failure, or Lambda's, is a 503 with the given message; the details go to the log only.
 */
export function createInvoker(settings: Pick<Config, 'region' | 'lambdaEndpoint'>) {
  const lambda = new LambdaClient({
    region: settings.region,
    endpoint: settings.lambdaEndpoint,
    // One attempt: a retry would run the function's work again, past the caller's deadline.
    maxAttempts: 1,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: INVOKE_TIMEOUT_MS },
  });
  return async <T extends z.ZodMiniType>(invocation: Invocation<T>): Promise<z.output<T>> => {
    const { functionName, unavailable } = invocation;
    let response: InvokeCommandOutput;
    try {
      response = await lambda.send(
        new InvokeCommand({
          FunctionName: functionName,
          InvocationType: 'RequestResponse',
          Payload: JSON.stringify(invocation.payload),
        }),
      );
    } catch (error) {
      if (!isTransientServiceError(error)) throw error;
      logger.warn('Invoking a function failed', { functionName, error: error as Error });
      throw new ServiceUnavailable(unavailable);
    }
    const answer = decode(response.Payload);
    if (response.FunctionError) {
      const failure = functionError.safeParse(answer);
      logger.warn('An invoked function failed', {
        functionName,
        functionError: response.FunctionError,
        ...(failure.success ? failure.data : {}),
      });
      throw new ServiceUnavailable(unavailable);
    }
    const parsed = invocation.result.safeParse(answer);
    if (!parsed.success) {
      throw new Error(`${functionName} answered what its caller does not expect: ${parsed.error.message}`);
    }
    return parsed.data;
  };
}

export type Invoke = ReturnType<typeof createInvoker>;

let shared: Invoke | undefined;

/** The process-wide invoker, created on first use from the validated configuration. */
export function invoker(): Invoke {
  shared ??= createInvoker(config());
  return shared;
}
