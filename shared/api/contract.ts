import type * as z from 'zod/mini';

import type { Access } from '#shared/auth/access.ts';
import type { FieldProblem } from '#shared/errors.ts';

export type { Access };

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteDefinition<
  Params extends z.ZodMiniType = z.ZodMiniType,
  Query extends z.ZodMiniType = z.ZodMiniType,
  Body extends z.ZodMiniType = z.ZodMiniType,
  Response extends z.ZodMiniType = z.ZodMiniType,
  A extends Access = Access,
> {
  method: HttpMethod;
  /** API Gateway route syntax: `/api/applications/{id}`. */
  path: `/api/${string}`;
  /** Who may call: checked by the HTTP plumbing before validation and before the handler. */
  access: A;
  summary: string;
  tags: string[];
  params?: Params;
  query?: Query;
  body?: Body;
  /** Documents the success body; `null` when the route answers with something other than JSON. */
  response: Response | null;
  successStatus?: 200 | 201 | 202 | 204;
  /** The content type of a non-JSON success body (feeds, documents). */
  responseContentType?: string;
  /** Its handler counts calls against a limit, so it may answer 429 (the OpenAPI document says so). */
  rateLimited?: boolean;
  /**
   * Its body is signed, in headers, over its exact bytes: the handler gets them as sent (`rawBody`),
   * never parsed as JSON; a wrong signature answers 401 even though the route reads no session.
   */
  signed?: boolean;
  /** It reads a document at an address the request gives: one it cannot read answers 422. */
  fetches?: boolean;
}

export function defineRoute<
  Params extends z.ZodMiniType = z.ZodMiniNever,
  Query extends z.ZodMiniType = z.ZodMiniNever,
  Body extends z.ZodMiniType = z.ZodMiniNever,
  Response extends z.ZodMiniType = z.ZodMiniNever,
  const A extends Access = Access,
>(route: RouteDefinition<Params, Query, Body, Response, A>) {
  return route;
}

export const routeKey = (route: Pick<RouteDefinition, 'method' | 'path'>) => `${route.method} ${route.path}`;

/** The body of every error response. */
export interface ErrorBody {
  error: {
    code: string;
    message: string;
    fields?: FieldProblem[];
    /** The figures in the message (an HTTP status, a charset), so a client can say it in its reader's language. */
    params?: Record<string, string | number>;
    requestId?: string;
  };
}
