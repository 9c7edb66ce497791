/**
 * What went wrong, in the domain's terms: no HTTP here. `functions/lib/http-errors.ts` holds the one
 * table from a kind to its HTTP status.
 */
export const errorKinds = [
  'invalid',
  'unauthenticated',
  'forbidden',
  'notFound',
  'conflict',
  'tooLarge',
  'unsupportedMediaType',
  'unprocessable',
  'tooMany',
  'unavailable',
] as const;
export type ErrorKind = (typeof errorKinds)[number];

/**
 * The one error model. Domain code throws these; the HTTP plumbing maps them to responses once.
 * Their messages are written for the person using the API and are safe to show.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    /** The figures in the message (an HTTP status, a charset), so a client can say it in its reader's language. */
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * What is wrong with a field, for a client to say in its reader's language: the web app shows
 * `field.<code>` from its catalogue with `params`, and falls back to the English `message`.
 */
export const fieldProblemCodes = [
  'required',
  'format',
  'tooShort',
  'tooLong',
  'tooFew',
  'tooMany',
  'tooSmall',
  'tooLarge',
  'email',
  'url',
  'date',
  'dateTime',
  'choice',
  'unknownField',
  'noHtml',
  'businessId',
  'languageCode',
  'originalMissing',
  'placeNeeded',
  'tooManyCombinations',
  'nothingToChange',
  'repeated',
  'mandateRequired',
  'kindFixed',
  'endsBeforeStart',
  'placeOrLink',
  'notMember',
  'tooLongToStore',
  'waitNeedsImmediate',
] as const;
export type FieldProblemCode = (typeof fieldProblemCodes)[number];

export interface FieldProblem {
  field: string;
  message: string;
  code?: FieldProblemCode;
  params?: Record<string, number>;
}

export class ValidationFailed extends DomainError {
  constructor(
    readonly fields: FieldProblem[],
    message = 'Some fields need attention.',
  ) {
    super('invalid', 'validation_failed', message);
  }
}

export class BadRequest extends DomainError {
  constructor(message: string, code = 'bad_request') {
    super('invalid', code, message);
  }
}

export class Unauthorized extends DomainError {
  constructor(message = 'Sign in to continue.') {
    super('unauthenticated', 'unauthorized', message);
  }
}

export class Forbidden extends DomainError {
  constructor(message = 'You may not do this.') {
    super('forbidden', 'forbidden', message);
  }
}

export class NotFound extends DomainError {
  constructor(message = 'Not found.') {
    super('notFound', 'not_found', message);
  }
}

export class Conflict extends DomainError {
  constructor(message: string, code = 'conflict') {
    super('conflict', code, message);
  }
}

export class PayloadTooLarge extends DomainError {
  constructor(limitBytes: number) {
    super(
      'tooLarge',
      'payload_too_large',
      `The request body is larger than the limit of ${limitBytes} bytes.`,
    );
  }
}

export class UnsupportedMediaType extends DomainError {
  constructor(message = 'Send the request body as JSON (Content-Type: application/json).') {
    super('unsupportedMediaType', 'unsupported_media_type', message);
  }
}

export class TooManyRequests extends DomainError {
  /** `code` names a refusal the web app explains in its own words (`sign_in_paused`). */
  constructor(
    readonly retryAfterSeconds: number,
    code = 'too_many_requests',
  ) {
    super('tooMany', code, `Too many requests. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`);
  }
}

export class ServiceUnavailable extends DomainError {
  constructor(message = 'The service is briefly unavailable. Try again in a moment.') {
    super('unavailable', 'service_unavailable', message);
  }
}
