import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createInvoker } from '#functions/lib/invoke.ts';
import { type LambdaLocal, type LocalFunction, startLambdaLocal } from '#infra/local/lambda-local.ts';
import { freePort } from '#infra/local/ports.ts';
import { ServiceUnavailable } from '#shared/errors.ts';

const functions: Record<string, LocalFunction> = {
  echo: async (event) => ({ echoed: event }),
  nothing: async () => undefined,
  crash: async () => {
    throw new TypeError('secret internals at /var/task/index.mjs');
  },
};

let lambda: LambdaLocal;
let client: LambdaClient;

beforeAll(async () => {
  lambda = await startLambdaLocal({ port: 0, functionNamed: (name) => functions[name] });
  client = new LambdaClient({ region: 'eu-north-1', endpoint: lambda.endpoint, maxAttempts: 1 });
});

afterAll(async () => {
  client.destroy();
  await lambda.stop();
});

const invokeUrl = (name: string) => `${lambda.endpoint}/2015-03-31/functions/${name}/invocations`;
const text = (payload: Uint8Array | undefined) => new TextDecoder().decode(payload);

describe('the local Lambda endpoint (Invoke API)', () => {
  it("answers the function's JSON result to the AWS SDK", async () => {
    const answer = await client.send(
      new InvokeCommand({ FunctionName: 'echo', Payload: JSON.stringify({ readSource: 'x' }) }),
    );
    expect(answer.StatusCode).toBe(200);
    expect(answer.FunctionError).toBeUndefined();
    expect(JSON.parse(text(answer.Payload))).toEqual({ echoed: { readSource: 'x' } });
    const empty = await client.send(new InvokeCommand({ FunctionName: 'nothing' }));
    expect(text(empty.Payload)).toBe('null');
  });

  it('reports a thrown error as Lambda does: status 200, X-Amz-Function-Error, errorType and errorMessage', async () => {
    const response = await fetch(invokeUrl('crash'), { method: 'POST', body: '{}' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-amz-function-error')).toBe('Unhandled');
    expect(await response.json()).toEqual({
      errorType: 'TypeError',
      errorMessage: 'secret internals at /var/task/index.mjs',
    });
    const answer = await client.send(new InvokeCommand({ FunctionName: 'crash' }));
    expect(answer.FunctionError).toBe('Unhandled');
  });

  it('answers ResourceNotFoundException for a name that is not a function', async () => {
    await expect(client.send(new InvokeCommand({ FunctionName: 'no-such-function' }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      $metadata: { httpStatusCode: 404 },
    });
  });

  it('refuses a request from a web page (one with an Origin) and a payload that is not JSON', async () => {
    const fromPage = await fetch(invokeUrl('echo'), {
      method: 'POST',
      headers: { origin: 'https://example.org' },
      body: '{}',
    });
    expect(fromPage.status).toBe(403);
    expect(fromPage.headers.get('x-amzn-errortype')).toBe('AccessDeniedException');
    const broken = await fetch(invokeUrl('echo'), { method: 'POST', body: '{' });
    expect(broken.status).toBe(400);
    expect(broken.headers.get('x-amzn-errortype')).toBe('InvalidRequestContentException');
  });
});

describe('invoking a function from a handler', () => {
  const invoke = () => createInvoker({ region: 'eu-north-1', lambdaEndpoint: lambda.endpoint });
  const echoed = z.object({ echoed: z.object({ n: z.int() }) });
  const unavailable = 'Reading did not finish.';

  it("answers the function's result, validated", async () => {
    await expect(
      invoke()({ functionName: 'echo', payload: { n: 1 }, result: echoed, unavailable }),
    ).resolves.toEqual({ echoed: { n: 1 } });
  });

  it("turns the function's error into a 503 with the caller's message, never the function's", async () => {
    const failed = invoke()({ functionName: 'crash', payload: {}, result: echoed, unavailable });
    await expect(failed).rejects.toBeInstanceOf(ServiceUnavailable);
    await expect(failed).rejects.toThrow(unavailable);
  });

  it('turns an unreachable Lambda into a 503', async () => {
    const closed = createInvoker({
      region: 'eu-north-1',
      lambdaEndpoint: `http://127.0.0.1:${await freePort()}`,
    });
    const failed = closed({ functionName: 'echo', payload: {}, result: echoed, unavailable });
    await expect(failed).rejects.toBeInstanceOf(ServiceUnavailable);
  });

  it('fails plainly (a 500, logged) on an answer its caller does not expect or a function that does not exist', async () => {
    const mismatch = invoke()({ functionName: 'echo', payload: { n: 'one' }, result: echoed, unavailable });
    await expect(mismatch).rejects.toThrow(/echo answered what its caller does not expect/);
    await expect(mismatch).rejects.not.toBeInstanceOf(ServiceUnavailable);
    const missing = invoke()({ functionName: 'no-such-function', payload: {}, result: echoed, unavailable });
    await expect(missing).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });
});
