import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyResultV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import type { FunctionSpec } from '#functions/catalog.ts';
import { httpRoutes } from '#functions/catalog.ts';
import { webSecurityHeaders } from '../security-headers.ts';

export type HttpInvoke = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyResultV2>;

export interface GatewayOptions {
  port: number;
  catalog: FunctionSpec[];
  invoke(spec: FunctionSpec): HttpInvoke;
  webRoot: string;
  /** Local-only operations (such as running a schedule by hand), under `/_local/`. */
  local?(path: string, method: string, body: () => Promise<Buffer>): Promise<LocalAnswer | undefined>;
}

/** A local operation's answer: JSON, or a document as it is (`contentType` given). */
export type LocalAnswer =
  | { status: number; body: unknown }
  | { status: number; body: Buffer; contentType: string };

/** API Gateway's own limit; the handlers cap bodies far lower. */
const MAX_REQUEST_BYTES = 10 * 1024 * 1024;

const textual = /^(application\/(json|.*\+json|x-www-form-urlencoded|xml|.*\+xml)|text\/)/;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface CompiledRoute {
  spec: FunctionSpec;
  key: string;
  method: string;
  pattern: RegExp;
  names: string[];
}

export function compileRoute(spec: FunctionSpec, method: string, path: string): CompiledRoute {
  const names: string[] = [];
  const source = path
    .split('/')
    .map((part) => {
      const param = /^\{(\w+)(\+?)\}$/.exec(part);
      if (!param) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(param[1] as string);
      return param[2] ? '(.+)' : '([^/]+)';
    })
    .join('/');
  return { spec, key: `${method} ${path}`, method, pattern: new RegExp(`^${source}$`), names };
}

/** Per segment of a route's path, 1 for a literal and 0 for a variable: sorts more specific routes first. */
const specificity = (key: string) =>
  key
    .split('/')
    .map((part) => (part.startsWith('{') ? '0' : '1'))
    .join('');

/**
 * The order routes are tried in: as API Gateway does, a literal segment wins over a path variable
 * (`/peer-leaders/figures` over `/peer-leaders/{personId}`).
 */
export const mostSpecificFirst = (a: Pick<CompiledRoute, 'key'>, b: Pick<CompiledRoute, 'key'>) =>
  specificity(b.key).localeCompare(specificity(a.key));

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * A path parameter, percent-decoded; one that is not valid percent-encoding (`%zz`, a cut-off
 * UTF-8 sequence) is handed over as sent, for the function to refuse as it refuses any unknown id.
 */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The event API Gateway's HTTP API (payload format 2.0) would hand the function. */
export function toApiGatewayEvent(
  req: IncomingMessage,
  body: Buffer,
  route: CompiledRoute,
  match: RegExpExecArray,
): APIGatewayProxyEventV2 {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (name === 'cookie' || value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams)
    query[name] = name in query ? `${query[name]},${value}` : value;
  const pathParameters = Object.fromEntries(
    route.names.map((name, i) => [name, decodeSegment(match[i + 1] ?? '')]),
  );
  const contentType = headers['content-type'] ?? '';
  const isBase64Encoded = body.length > 0 && !textual.test(contentType);
  const now = new Date();
  return {
    version: '2.0',
    routeKey: route.key,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    cookies: req.headers.cookie?.split(/;\s*/).filter(Boolean),
    headers,
    queryStringParameters: Object.keys(query).length > 0 ? query : undefined,
    pathParameters: route.names.length > 0 ? pathParameters : undefined,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: route.method,
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: route.key,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    body: body.length > 0 ? body.toString(isBase64Encoded ? 'base64' : 'utf8') : undefined,
    isBase64Encoded,
  };
}

function lambdaContext(spec: FunctionSpec, requestId: string): Context {
  const deadline = Date.now() + (spec.timeoutSeconds ?? 10) * 1000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: spec.name,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${spec.name}`,
    memoryLimitInMB: '512',
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${spec.name}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

function send(res: ServerResponse, returned: APIGatewayProxyResultV2) {
  if (typeof returned === 'string') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(returned);
    return;
  }
  // Lambda serialises what a function returns; a round trip drops undefined values as it does. The
  // body, already a string, is left out of it: escaping and unescaping it was most of the gateway's
  // time on a large answer.
  const { body, ...rest } = returned;
  const result = JSON.parse(JSON.stringify(rest)) as Omit<APIGatewayProxyStructuredResultV2, 'body'>;
  const headers: Record<string, string | string[]> = { ...(result.headers as Record<string, string>) };
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  res.writeHead(result.statusCode ?? 200, headers);
  res.end(body === undefined ? undefined : Buffer.from(body, result.isBase64Encoded ? 'base64' : 'utf8'));
}

const json = (res: ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));

/**
 * One port for everything, as CloudFront gives in AWS: `/api/*` goes to the catalog's functions
 * as API Gateway events; every other path serves the built web app (unknown paths get index.html
 * so client-side routes load).
 */
export async function startGateway(
  options: GatewayOptions,
): Promise<{ server: Server; stop(): Promise<void> }> {
  const routes = httpRoutes(options.catalog)
    .map(({ spec, route }) => compileRoute(spec, route.method, route.path))
    .sort(mostSpecificFirst);
  const keys = new Set(routes.map((r) => r.key));
  if (keys.size !== routes.length) throw new Error('Two catalog routes share a method and path');
  const staticHeaders = webSecurityHeaders({ https: false });

  const serveWeb = (req: IncomingMessage, res: ServerResponse) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(options.webRoot, path);
    if (!file.startsWith(options.webRoot) || !existsSync(file) || statSync(file).isDirectory()) {
      file = join(options.webRoot, 'index.html');
    }
    if (!existsSync(file)) {
      res
        .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
        .end('The web app is not built. Run `npm run build`.');
      return;
    }
    res.writeHead(200, {
      ...staticHeaders,
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname.startsWith('/_local/') && options.local) {
        const answer = await options.local(url.pathname, req.method ?? 'GET', () => readBody(req));
        if (answer && 'contentType' in answer) {
          res.writeHead(answer.status, { 'content-type': answer.contentType });
          return res.end(answer.body);
        }
        if (answer) return json(res, answer.status, answer.body);
      }
      if (!url.pathname.startsWith('/api/') && url.pathname !== '/api') return serveWeb(req, res);
      const method = req.method ?? 'GET';
      let found: { route: CompiledRoute; match: RegExpExecArray } | undefined;
      for (const route of routes) {
        const match = route.method === method ? route.pattern.exec(url.pathname) : null;
        if (match) {
          found = { route, match };
          break;
        }
      }
      if (!found) return json(res, 404, { message: 'Not Found' });
      let body: Buffer;
      try {
        body = await readBody(req);
      } catch {
        return json(res, 413, { message: 'Request Entity Too Large' });
      }
      const event = toApiGatewayEvent(req, body, found.route, found.match);
      const result = await options.invoke(found.route.spec)(
        event,
        lambdaContext(found.route.spec, event.requestContext.requestId),
      );
      send(res, result);
    } catch (error) {
      console.error('[gateway]', error);
      if (!res.headersSent) json(res, 500, { message: 'Internal Server Error' });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return { server, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
