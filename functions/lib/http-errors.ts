import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { ErrorBody } from '#shared/api/contract.ts';
import {
  DomainError,
  type ErrorKind,
  ServiceUnavailable,
  TooManyRequests,
  ValidationFailed,
} from '#shared/errors.ts';
import { logger } from './logger.ts';

/** Kept by no cache, the browser's included: every error answer, and every answer but a public read. */
export const NO_CACHE = 'private, no-store';

const jsonHeaders = { 'content-type': 'application/json; charset=utf-8', 'cache-control': NO_CACHE };

/** The one table from a domain error's kind to the HTTP status that answers it. */
export const httpStatusOf: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  tooLarge: 413,
  unsupportedMediaType: 415,
  unprocessable: 422,
  tooMany: 429,
  unavailable: 503,
};

/** The kind of a middy error's status; a client error the table does not name is `invalid`. */
const kindOfStatus = (status: number): ErrorKind =>
  (Object.keys(httpStatusOf) as ErrorKind[]).find((kind) => httpStatusOf[kind] === status) ?? 'invalid';

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
      return new DomainError('invalid', 'malformed_json', 'The request body is not valid JSON.');
    }
    return new DomainError(kindOfStatus(error.statusCode), 'bad_request', error.message);
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
  const statusCode = httpStatusOf[known.kind];
  if (statusCode >= 500) logger.warn('Service unavailable', { error: error as Error });
  const body: ErrorBody = { error: { code: known.code, message: known.message } };
  if (known instanceof ValidationFailed) body.error.fields = known.fields;
  if (known.params) body.error.params = known.params;
  if (statusCode >= 500) body.error.requestId = requestId;
  const headers: Record<string, string> = { ...jsonHeaders };
  if (known instanceof TooManyRequests) headers['retry-after'] = String(known.retryAfterSeconds);
  if (known instanceof ServiceUnavailable) headers['retry-after'] = '2';
  return { statusCode, headers, body: JSON.stringify(body) };
}
