import type { ErrorBody } from '#shared/api/contract.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody | undefined,
    /** From `Retry-After` (429, 503): how long to wait before trying again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(body?.error.message ?? `HTTP ${status}`);
  }
}

/** Calls the API on the same origin; non-2xx answers become an ApiError carrying the error body. */
export async function api<T>(path: `/api/${string}`, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, {
    // An anonymous public answer may be kept (by the CDN, keyed by session cookie); the browser's
    // own cache keys by address alone, so it always asks again, lest a signed-out answer be shown
    // to someone who has just signed in.
    cache: 'no-cache',
    ...init,
    headers: {
      accept: 'application/json',
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...init.headers,
    },
    credentials: 'same-origin',
  });
  const body = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) {
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new ApiError(
      response.status,
      body as ErrorBody | undefined,
      retryAfter > 0 ? retryAfter : undefined,
    );
  }
  return body as T;
}

/** A change: the body, when there is one, is sent as JSON. */
export const send = <T = undefined>(
  method: 'POST' | 'PATCH' | 'DELETE',
  path: `/api/${string}`,
  body?: unknown,
): Promise<T> => api<T>(path, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
