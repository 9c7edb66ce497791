import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import httpSecurityHeaders from '@middy/http-security-headers';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import * as z from 'zod/mini';
import { type RouteDefinition, routeKey } from '#shared/api/contract.ts';
import { fieldProblems } from '#shared/api/field-problems.ts';
import { authorize, type Caller } from '#shared/auth/access.ts';
import { authenticate } from '#shared/auth/authenticate.ts';
import { sessionTokenFrom } from '#shared/auth/session-token.ts';
import { config } from '#shared/config.ts';
import {
  type FieldProblem,
  Forbidden,
  NotFound,
  PayloadTooLarge,
  UnsupportedMediaType,
  ValidationFailed,
} from '#shared/errors.ts';
import { store } from '#shared/store/client.ts';
import { rateLimitedClient } from '#shared/store/rate-limit.ts';
import { cloudFrontOnly } from './cloudfront-only.ts';
import { errorResponse, NO_CACHE } from './http-errors.ts';

// English messages come with #shared/config.ts (imported above); a missing value says "Required.".
z.config({
  customError: (issue) =>
    issue.code === 'invalid_type' && issue.input === undefined ? 'Required.' : undefined,
});

/** No route accepts more; individual fields carry their own, smaller limits. */
export const MAX_BODY_BYTES = 64 * 1024;

type Parsed<T> = [NonNullable<T>] extends [z.ZodMiniType] ? z.output<NonNullable<T>> : undefined;

export interface HttpRequest<R extends RouteDefinition> {
  params: Parsed<R['params']>;
  query: Parsed<R['query']>;
  body: Parsed<R['body']>;
  /** The signed-in caller; public routes never read the session. */
  caller: R['access'] extends 'public'
    ? undefined
    : R['access'] extends 'anyone'
      ? Caller | undefined
      : Caller;
  sessionId: R['access'] extends 'public'
    ? undefined
    : R['access'] extends 'anyone'
      ? string | undefined
      : string;
  /** The body's bytes as sent (base64 decoded) for a `signed` route; undefined for every other. */
  rawBody: Buffer | undefined;
  event: APIGatewayProxyEventV2;
  requestId: string;
  now: Date;
}

/** A response that is not just the route's JSON body: a feed, a redirect, one that sets cookies. */
export class HttpReply {
  constructor(readonly result: APIGatewayProxyStructuredResultV2) {}
}

const jsonHeaders = { 'content-type': 'application/json; charset=utf-8' };

/** CloudFront keeps a public read for half a minute, and answers from it a minute more while it refreshes it. */
const SHARED_CACHE = 'public, s-maxage=30, stale-while-revalidate=60';

/**
 * A read a shared cache may keep: a route open to anyone, asked without a session cookie (invalid or
 * not, a cookie makes the answer the caller's own: the CDN's cache key holds the cookie, so only
 * anonymous answers are shared). Which of its answers are kept is `cacheControl`'s to say.
 */
const isPublicRead = (route: RouteDefinition, event: APIGatewayProxyEventV2, publicBaseUrl: string) =>
  route.method === 'GET' &&
  (route.access === 'public' || route.access === 'anyone') &&
  sessionTokenFrom(event.cookies, publicBaseUrl) === undefined;

/**
 * The answer with its Cache-Control: a public read answered 200 without setting a cookie is shared
 * (with its own directive if it names one, as feeds do); every other answer is kept by no cache.
 */
function cacheControl(
  result: APIGatewayProxyStructuredResultV2,
  publicRead: boolean,
): APIGatewayProxyStructuredResultV2 {
  const shared = publicRead && result.statusCode === 200 && !result.cookies?.length;
  const own = result.headers?.['cache-control'];
  const directive = shared ? (typeof own === 'string' ? own : SHARED_CACHE) : NO_CACHE;
  return { ...result, headers: { ...result.headers, 'cache-control': directive } };
}

/**
 * `cacheControl` names a public read's directive in place of the default one; an answer that is no
 * public read stays private whatever it names.
 */
export const jsonReply = (
  body: unknown,
  options: { statusCode?: number; cookies?: string[]; cacheControl?: string } = {},
) =>
  new HttpReply({
    statusCode: options.statusCode ?? 200,
    headers: options.cacheControl ? { ...jsonHeaders, 'cache-control': options.cacheControl } : jsonHeaders,
    body: JSON.stringify(body),
    cookies: options.cookies,
  });

/** What a handler returns: the route's JSON body, nothing for a route without one, or an HttpReply. */
type ReplyTo<R extends RouteDefinition> =
  | HttpReply
  | ([NonNullable<R['response']>] extends [z.ZodMiniNever] ? undefined : z.input<NonNullable<R['response']>>);

/** An area of the contract (`shared/api/routes/<area>.ts`): its routes by name. */
type Routes = Record<string, RouteDefinition>;

/**
 * An implementation of each route of an area, by the route's name: a route left without one, or one
 * the area does not have, does not compile.
 */
type Implementation<R extends Routes> = {
  [K in keyof R]: (request: HttpRequest<R[K]>) => Promise<ReplyTo<R[K]>>;
};

/**
 * The client, for per-client limits: CloudFront's viewer address when behind CloudFront (AWS), else
 * the source; an IPv6 address stands for its /64. The header can be trusted because `cloudFrontOnly`
 * refuses, in AWS, every request not sent by CloudFront.
 */
export function clientAddress(event: APIGatewayProxyEventV2): string {
  const viewer = event.headers['cloudfront-viewer-address'];
  return rateLimitedClient(
    viewer ? viewer.slice(0, viewer.lastIndexOf(':')) : event.requestContext.http.sourceIp,
  );
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const loopbackHosts = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The origins a state-changing request may come from: the public one; and when that is a loopback
 * address (the local runtime), the same port under each loopback name, whichever one was opened.
 */
export function allowedOrigins(publicBaseUrl: string): Set<string> {
  const url = new URL(publicBaseUrl);
  if (!loopbackHosts.includes(url.hostname)) return new Set([url.origin]);
  return new Set(loopbackHosts.map((host) => `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`));
}

function validate(route: RouteDefinition, event: APIGatewayProxyEventV2) {
  const found: FieldProblem[] = [];
  const parse = (schema: z.ZodMiniType | undefined, value: unknown, prefix: string) => {
    if (!schema) return undefined;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    found.push(...fieldProblems(result.error, value, prefix));
    return undefined;
  };
  const params = parse(route.params, event.pathParameters ?? {}, 'params');
  const query = parse(route.query, event.queryStringParameters ?? {}, 'query');
  if (route.body && (event.body === undefined || typeof event.body === 'string')) {
    throw event.body === undefined
      ? new ValidationFailed([{ field: 'body', message: 'A JSON body is required.', code: 'required' }])
      : new UnsupportedMediaType();
  }
  const body = parse(route.body, event.body, '');
  if (found.length > 0) throw new ValidationFailed(found);
  return { params, query, body };
}

const rawBodyOf = (event: APIGatewayProxyEventV2) =>
  Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8');

function bodyBytes(event: APIGatewayProxyEventV2): number {
  if (!event.body) return 0;
  return event.isBase64Encoded ? Math.floor((event.body.length * 3) / 4) : Buffer.byteLength(event.body);
}

/**
 * The middy chain every HTTP function shares. Middlewares run `before` in the order used and
 * `onError` in reverse, so the error mapper, used last, shapes the response first and the
 * security headers are still added to it.
 */
export function httpFunction<R extends Routes>(routes: R, implementation: NoInfer<Implementation<R>>) {
  const { publicBaseUrl } = config();
  const allowed = allowedOrigins(publicBaseUrl);
  const jsonBody = httpJsonBodyParser({ disableContentTypeError: true });
  const byKey = new Map(
    Object.entries(routes).map(([name, route]) => [
      routeKey(route),
      { route, run: implementation[name] as (request: HttpRequest<RouteDefinition>) => Promise<unknown> },
    ]),
  );

  const dispatch = async (
    event: APIGatewayProxyEventV2,
    context: Context,
  ): Promise<APIGatewayProxyStructuredResultV2> => {
    const handler = byKey.get(event.routeKey);
    if (!handler) throw new NotFound(`No route ${event.routeKey}.`);
    const { route } = handler;
    const origin = event.headers.origin;
    if (unsafeMethods.has(route.method) && origin !== undefined && !allowed.has(origin)) {
      throw new Forbidden('This request came from another site and was refused.');
    }
    const now = new Date();
    const authenticated =
      route.access === 'public' ? undefined : await authenticate(store(), event.cookies, now);
    authorize(route.access, authenticated?.caller, event.pathParameters ?? {});
    const input = validate(route, event);
    const reply = await handler.run({
      ...input,
      rawBody: route.signed ? rawBodyOf(event) : undefined,
      caller: authenticated?.caller,
      sessionId: authenticated?.sessionId,
      event,
      requestId: context.awsRequestId,
      now,
    } as HttpRequest<RouteDefinition>);
    const publicRead = isPublicRead(route, event, publicBaseUrl);
    if (reply instanceof HttpReply) return cacheControl(reply.result, publicRead);
    const statusCode = route.successStatus ?? 200;
    if (statusCode === 204) return cacheControl({ statusCode }, publicRead);
    return cacheControl({ statusCode, headers: jsonHeaders, body: JSON.stringify(reply) }, publicRead);
  };

  return middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>(dispatch)
    .use(httpHeaderNormalizer())
    .use(cloudFrontOnly())
    .use({
      before: (request) => {
        if (bodyBytes(request.event) > MAX_BODY_BYTES) throw new PayloadTooLarge(MAX_BODY_BYTES);
      },
    })
    .use({
      // A request without a body (a GET that names JSON as its type, say) has no JSON to be malformed;
      // a signed body is checked as sent, so it is never parsed.
      before: (request) => {
        if (request.event.body === '') request.event.body = undefined;
        if (byKey.get(request.event.routeKey)?.route.signed) return;
        if (request.event.body !== undefined) return jsonBody.before?.(request);
      },
    })
    .use(httpSecurityHeaders())
    .use({
      onError: (request) => {
        request.response = errorResponse(request.error, request.context.awsRequestId);
      },
    });
}
