import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A function of the catalog, ready to run with an event (its context is the runtime's). */
export type LocalFunction = (event: unknown) => Promise<unknown>;

export interface LambdaLocal {
  endpoint: string;
  stop(): Promise<void>;
}

/** Lambda's limit on a synchronous invocation's payload. */
const MAX_PAYLOAD_BYTES = 6 * 1024 * 1024;

const INVOKE_PATH = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/;

/** An error of the Lambda API itself, as the AWS SDK reads it: the type in a header, the message in the body. */
function apiError(res: ServerResponse, status: number, type: string, message: string) {
  res
    .writeHead(status, { 'content-type': 'application/json', 'x-amzn-errortype': type })
    .end(JSON.stringify({ Type: 'User', message }));
}

async function readPayload(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_PAYLOAD_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Lambda's Invoke API (RequestResponse), so that a function invoking another through LambdaClient
 * works locally as in AWS: `POST /2015-03-31/functions/{FunctionName}/invocations` runs the named
 * function in this process and answers its JSON result; when the function throws, status 200 with
 * `X-Amz-Function-Error: Unhandled` and `{ errorType, errorMessage }`, as Lambda does.
 *
 * It listens on a port of its own, not behind the web gateway, since in AWS no browser reaches
 * this API either. A web page can still send a request to any local port, but a browser always
 * says the page's Origin on a POST and the AWS SDK never does, so a request with one is refused.
 */
export async function startLambdaLocal(options: {
  /** 0: any free port. */
  port: number;
  /** The function a name stands for; none for a name that is not in the catalog. */
  functionNamed(name: string): LocalFunction | undefined;
}): Promise<LambdaLocal> {
  const invoke = async (req: IncomingMessage, res: ServerResponse) => {
    const path = /^[^?]*/.exec(req.url ?? '')?.[0] ?? '';
    const name = INVOKE_PATH.exec(path)?.[1];
    if (req.method !== 'POST' || name === undefined) {
      return apiError(res, 404, 'UnknownOperationException', `No operation ${req.method} ${path}.`);
    }
    if (req.headers.origin !== undefined) {
      return apiError(res, 403, 'AccessDeniedException', 'Requests from web pages are refused.');
    }
    const invocationType = req.headers['x-amz-invocation-type'] ?? 'RequestResponse';
    if (invocationType !== 'RequestResponse') {
      return apiError(res, 400, 'InvalidParameterValueException', 'Only RequestResponse is emulated.');
    }
    const functionName = decodeURIComponent(name);
    const run = options.functionNamed(functionName);
    if (!run) {
      return apiError(res, 404, 'ResourceNotFoundException', `Function not found: ${functionName}`);
    }
    const payload = await readPayload(req);
    if (!payload) {
      return apiError(res, 413, 'RequestTooLargeException', 'The payload exceeds 6 MB.');
    }
    let event: unknown;
    try {
      event = payload.length > 0 ? JSON.parse(payload.toString('utf8')) : {};
    } catch {
      return apiError(res, 400, 'InvalidRequestContentException', 'Could not parse request body into json.');
    }
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    let answer: unknown;
    try {
      // A result of undefined is `null`, as Lambda serialises it.
      answer = (await run(event)) ?? null;
    } catch (error) {
      console.error(`[lambda] ${functionName}:`, error);
      headers['x-amz-function-error'] = 'Unhandled';
      answer = {
        errorType: error instanceof Error ? error.name : 'Error',
        errorMessage: error instanceof Error ? error.message : String(error),
      };
    }
    res.writeHead(200, headers).end(JSON.stringify(answer));
  };
  const server = createServer((req, res) =>
    invoke(req, res).catch((error) => {
      console.error('[lambda]', error);
      if (!res.headersSent) apiError(res, 500, 'ServiceException', 'The local Lambda endpoint failed.');
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
