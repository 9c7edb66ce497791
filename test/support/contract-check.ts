import { isDeepStrictEqual } from 'node:util';
import type * as z from 'zod/mini';
import { httpRoutes } from '#functions/catalog.ts';
import { compileRoute, mostSpecificFirst } from '#infra/local/gateway.ts';
import type { RouteDefinition } from '#shared/api/contract.ts';
import { type ErrorStatus, errorBody, errorStatuses } from '#shared/api/openapi.ts';

/** The catalog's routes, matched to a request as the local gateway matches them. */
const compiled = httpRoutes()
  .map(({ spec, route }) => ({ route, ...compileRoute(spec, route.method, route.path) }))
  .sort(mostSpecificFirst);

export const routeOf = (method: string, pathname: string): RouteDefinition | undefined =>
  compiled.find((candidate) => candidate.method === method && candidate.pattern.test(pathname))?.route;

export interface Answer {
  status: number;
  contentType: string | null;
  body: string;
}

/** Where two JSON values first differ, as a path (`.items[0].name`); undefined when they are equal. */
function firstDifference(received: unknown, kept: unknown, path = ''): string | undefined {
  if (isDeepStrictEqual(received, kept)) return undefined;
  if (typeof received !== 'object' || received === null || typeof kept !== 'object' || kept === null)
    return path || '(the whole body)';
  if (Array.isArray(received)) {
    const index = received.findIndex((item, i) => !isDeepStrictEqual(item, (kept as unknown[])[i]));
    return firstDifference(received[index], (kept as unknown[])[index], `${path}[${index}]`);
  }
  const keys = new Set([...Object.keys(received), ...Object.keys(kept)]);
  for (const key of keys) {
    const a = (received as Record<string, unknown>)[key];
    const b = (kept as Record<string, unknown>)[key];
    if (!isDeepStrictEqual(a, b))
      return b === undefined ? `${path}.${key} (not in the schema)` : firstDifference(a, b, `${path}.${key}`);
  }
  return path;
}

/**
 * What is wrong with a JSON body by the schema: what it refuses, or what parsing it would change
 * (a key it does not name, which the document's `additionalProperties: false` refuses; a default
 * it would fill in, which the document marks required), so the answer is exactly a document one.
 */
function jsonBreach(schema: z.ZodMiniType, answer: Answer): string | undefined {
  if (!answer.contentType?.startsWith('application/json')) return `its content type is ${answer.contentType}`;
  let json: unknown;
  try {
    json = JSON.parse(answer.body);
  } catch {
    return 'its body is not JSON';
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    return parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
      .join('; ');
  const difference = firstDifference(json, parsed.data);
  return difference === undefined ? undefined : `the schema reads it differently at ${difference}`;
}

/**
 * Whether an answer to a route of the contract is one its OpenAPI operation describes: a success
 * with the route's status and `response` schema; an error with a status the operation lists and
 * the error body with a code listed for that status. Undefined when it is; a sentence otherwise.
 * An answer to no route (the gateway's own 404) is no operation's.
 */
export function contractBreach(method: string, pathname: string, answer: Answer): string | undefined {
  const route = routeOf(method, pathname);
  if (!route) return undefined;
  const operation = `${route.method} ${route.path}`;
  if (answer.status >= 400) {
    const statuses: number[] = errorStatuses(route);
    if (!statuses.includes(answer.status))
      return `${operation} answered ${answer.status}, which its operation does not list (${statuses.join(', ')}): ${answer.body}`;
    const breach = jsonBreach(errorBody(answer.status as ErrorStatus), answer);
    return (
      breach &&
      `${operation} answered ${answer.status} with an error body the document does not describe: ${breach}: ${answer.body}`
    );
  }
  const expected = route.successStatus ?? 200;
  if (answer.status !== expected) return `${operation} answered ${answer.status}, not its ${expected}`;
  if (expected === 204) return answer.body === '' ? undefined : `${operation} answered 204 with a body`;
  if (!route.response) {
    const type = route.responseContentType ?? 'application/json';
    return answer.contentType?.startsWith(type)
      ? undefined
      : `${operation} answered ${answer.contentType}, not ${type}`;
  }
  const breach = jsonBreach(route.response, answer);
  return breach && `${operation} answered a body its response schema does not describe: ${breach}`;
}
