import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { ErrorBody } from '#shared/api/contract.ts';
import { DomainError, ServiceUnavailable, TooManyRequests, ValidationFailed } from '#shared/errors.ts';
import { logger } from './logger.ts';

const jsonHeaders = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

/** Errors raised by middy's own middlewares carry a status and `expose`. */
interface MiddyHttpError extends Error {
  statusCode: number;
  expose?: boolean;
}

const isMiddyHttpError = (error: unknown): error is MiddyHttpError =>
  error instanceof Error && typeof (error as Partial<MiddyHttpError>).statusCode === 'number';

/** The AWS SDK's marks of a service that cannot be reached or is overloaded: worth a retry. */
export function isTransientServiceError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const meta = (error as { $metadata?: { httpStatusCode?: number }; code?: string }).$metadata;
  const code = (error as { code?: string }).code;
  return (
    [
      'TimeoutError',
      'ThrottlingException',
      // Lambda's throttle on an invocation.
      'TooManyRequestsException',
      'ProvisionedThroughputExceededException',
      'RequestLimitExceeded',
    ].includes(error.name) ||
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(code ?? '') ||
    (meta?.httpStatusCode !== undefined && meta.httpStatusCode >= 500)
  );
}

function toDomainError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (isMiddyHttpError(error) && error.statusCode < 500) {
    if (/json/i.test(error.message)) {
      return new DomainError(400, 'malformed_json', 'The request body is not valid JSON.');
    }
    return new DomainError(error.statusCode, 'bad_request', error.message);
  }
  if (isTransientServiceError(error)) return new ServiceUnavailable();
  return undefined;
}

/** Maps any thrown value to a response. 5xx bodies never carry internals, only the request id. */
export function errorResponse(error: unknown, requestId: string): APIGatewayProxyStructuredResultV2 {
  const known = toDomainError(error);
  if (!known) {
    logger.error('Unhandled error', { error: error as Error });
    const body: ErrorBody = {
      error: {
        code: 'internal_error',
        message: 'Something went wrong on our side. If it keeps happening, tell us this request id.',
        requestId,
      },
    };
    return { statusCode: 500, headers: jsonHeaders, body: JSON.stringify(body) };
  }
  if (known.status >= 500) logger.warn('Service unavailable', { error: error as Error });
  const body: ErrorBody = { error: { code: known.code, message: known.message } };
  if (known instanceof ValidationFailed) body.error.fields = known.fields;
  if (known.status >= 500) body.error.requestId = requestId;
  const headers: Record<string, string> = { ...jsonHeaders };
  if (known instanceof TooManyRequests) headers['retry-after'] = String(known.retryAfterSeconds);
  if (known instanceof ServiceUnavailable) headers['retry-after'] = '2';
  return { statusCode: known.status, headers, body: JSON.stringify(body) };
}
