import { describe, expect, it } from 'vitest';
import { errorResponse, httpStatusOf } from '#functions/lib/http-errors.ts';
import {
  BadRequest,
  Conflict,
  type DomainError,
  errorKinds,
  Forbidden,
  NotFound,
  PayloadTooLarge,
  ServiceUnavailable,
  TooManyRequests,
  Unauthorized,
  UnsupportedMediaType,
  ValidationFailed,
} from '#shared/errors.ts';
import { UnreadableSource } from '#shared/sources/read-items.ts';

describe('domain errors by kind, HTTP at the edge', () => {
  it('maps every kind to its own status', () => {
    for (const kind of errorKinds) expect(httpStatusOf[kind], kind).toBeGreaterThanOrEqual(400);
    expect(Object.keys(httpStatusOf).sort()).toEqual([...errorKinds].sort());
    expect(new Set(Object.values(httpStatusOf)).size).toBe(errorKinds.length);
  });

  it('answers each error class with the status and code it always had', () => {
    const answers: [DomainError, number, string][] = [
      [new ValidationFailed([]), 400, 'validation_failed'],
      [new BadRequest('No.'), 400, 'bad_request'],
      [new BadRequest('No.', 'wrong_code'), 400, 'wrong_code'],
      [new Unauthorized(), 401, 'unauthorized'],
      [new Forbidden(), 403, 'forbidden'],
      [new NotFound(), 404, 'not_found'],
      [new Conflict('Taken.'), 409, 'conflict'],
      [new Conflict('Taken.', 'not_draft'), 409, 'not_draft'],
      [new PayloadTooLarge(10), 413, 'payload_too_large'],
      [new UnsupportedMediaType(), 415, 'unsupported_media_type'],
      [new UnreadableSource('not_a_feed', 'Not a feed.'), 422, 'not_a_feed'],
      [new TooManyRequests(60), 429, 'too_many_requests'],
      [new TooManyRequests(60, 'sign_in_paused'), 429, 'sign_in_paused'],
      [new ServiceUnavailable(), 503, 'service_unavailable'],
    ];
    for (const [error, status, code] of answers) {
      const response = errorResponse(error, 'request-1');
      expect([response.statusCode, JSON.parse(response.body ?? '{}').error.code], error.name).toEqual([
        status,
        code,
      ]);
    }
  });

  it('carries a kind and no HTTP status', () => {
    const error = new Conflict('Taken.');
    expect(error.kind).toBe('conflict');
    expect('status' in error).toBe(false);
  });
});
