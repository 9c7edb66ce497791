/**
 * The one error model. Domain code throws these; the HTTP plumbing maps them to responses once.
 * Their messages are written for the person using the API and are safe to show.
 */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
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
    super(400, 'validation_failed', message);
  }
}

export class BadRequest extends DomainError {
  constructor(message: string, code = 'bad_request') {
    super(400, code, message);
  }
}

export class Unauthorized extends DomainError {
  constructor(message = 'Sign in to continue.') {
    super(401, 'unauthorized', message);
  }
}

export class Forbidden extends DomainError {
  constructor(message = 'You may not do this.') {
    super(403, 'forbidden', message);
  }
}

export class NotFound extends DomainError {
  constructor(message = 'Not found.') {
    super(404, 'not_found', message);
  }
}

export class Conflict extends DomainError {
  constructor(message: string, code = 'conflict') {
    super(409, code, message);
  }
}

export class PayloadTooLarge extends DomainError {
  constructor(limitBytes: number) {
    super(413, 'payload_too_large', `The request body is larger than the limit of ${limitBytes} bytes.`);
  }
}

export class UnsupportedMediaType extends DomainError {
  constructor(message = 'Send the request body as JSON (Content-Type: application/json).') {
    super(415, 'unsupported_media_type', message);
  }
}

export class TooManyRequests extends DomainError {
  /** `code` names a refusal the web app explains in its own words (`sign_in_paused`). */
  constructor(
    readonly retryAfterSeconds: number,
    code = 'too_many_requests',
  ) {
    super(429, code, `Too many requests. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`);
  }
}

export class ServiceUnavailable extends DomainError {
  constructor(message = 'The service is briefly unavailable. Try again in a moment.') {
    super(503, 'service_unavailable', message);
  }
}
