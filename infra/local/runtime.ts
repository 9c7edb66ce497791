import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { Context } from 'aws-lambda';
import { DEFAULT_TIMEOUT_SECONDS, catalog as defaultCatalog, type FunctionSpec } from '#functions/catalog.ts';
import { root } from '../build.ts';
import { startDynamoDbLocal } from './dynamodb-local.ts';
import { localEnvironment, localSessionSecret, TABLE_NAME } from './environment.ts';
import { type HttpInvoke, startGateway } from './gateway.ts';
import { startLambdaLocal } from './lambda-local.ts';
import { assertPortFree, freePort } from './ports.ts';
import { sampleSource } from './sample-sources.ts';
import { startSchedules } from './scheduler.ts';
import { seedDemoData } from './seed.ts';
import { startSesLocal } from './ses-local.ts';
import { type FailedRecord, type StreamConsumer, startStreamPollers } from './stream-poller.ts';
import { ensureTable } from './table.ts';
import { startTcpGate } from './tcp-gate.ts';

export interface RuntimeOptions {
  port: number;
  dynamodbPort: number;
  sesPort: number;
  /** None: any free port; the functions that invoke others are told it in their environment. */
  lambdaPort?: number;
  /** Where DynamoDB Local keeps its data; none means in memory. */
  dataDir?: string;
  /** Puts a gate in front of DynamoDB Local (on `dynamodbPort`) that `cutDynamoDb` closes. */
  dynamodbGate?: boolean;
  seed: boolean;
  /** The built web app to serve. */
  webRoot: string;
  catalog?: FunctionSpec[];
}

export interface Runtime {
  urls: { web: string; api: string; inbox: string; dynamodb: string; lambda: string };
  seeded: boolean;
  stop(): Promise<void>;
  /**
   * DynamoDB cannot be reached for `forMs`: open connections are cut and new ones refused (tests of
   * what clients see meanwhile and of the recovery). Only with `dynamodbGate`.
   */
  cutDynamoDb(forMs: number): Promise<void>;
}

type Handler = (event: unknown, context: Context) => Promise<unknown>;

/**
 * Each function's timeout, as in the stack; `LOCAL_TIMEOUTS="send-mail=15,…"` shortens some (the
 * tests do, so that a send stopped by its timeout is taken over within seconds, not minutes).
 */
const shortened = new Map(
  (process.env.LOCAL_TIMEOUTS ?? '')
    .split(',')
    .filter(Boolean)
    .map((entry) => entry.split('=') as [string, string]),
);
const timeoutMs = (spec: FunctionSpec) =>
  Number(shortened.get(spec.name) ?? spec.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000;

/** Starts DynamoDB Local, the SES and Lambda endpoints, the gateway, stream pollers and schedules. */
export async function startLocalRuntime(options: RuntimeOptions): Promise<Runtime> {
  const catalog = options.catalog ?? defaultCatalog;
  await assertPortFree(options.port, 'web and API', 'PORT');
  await assertPortFree(options.dynamodbPort, 'DynamoDB Local', 'DYNAMODB_PORT');
  await assertPortFree(options.sesPort, 'SES endpoint', 'SES_PORT');
  if (options.lambdaPort) await assertPortFree(options.lambdaPort, 'Lambda endpoint', 'LAMBDA_PORT');

  const stoppers: (() => Promise<void> | void)[] = [];
  const stop = async () => {
    for (const stopOne of stoppers.reverse()) await stopOne();
  };
  try {
    const emulatorPort = options.dynamodbGate ? await freePort() : options.dynamodbPort;
    const emulator = await startDynamoDbLocal({ port: emulatorPort, dataDir: options.dataDir });
    stoppers.push(() => emulator.stop());
    const gate = options.dynamodbGate
      ? await startTcpGate({ port: options.dynamodbPort, targetPort: emulatorPort })
      : undefined;
    if (gate) stoppers.push(gate.stop);
    const dynamodb = { endpoint: `http://127.0.0.1:${options.dynamodbPort}` };
    const ses = await startSesLocal({ port: options.sesPort });
    stoppers.push(ses.stop);

    const handlers = new Map<string, Handler>();
    const invoke = (spec: FunctionSpec) => handlers.get(spec.name) as Handler;
    const context = (spec: FunctionSpec, deadline = Date.now() + timeoutMs(spec)) =>
      ({
        functionName: spec.name,
        awsRequestId: crypto.randomUUID(),
        getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
      }) as Context;
    /**
     * A stream or scheduled invocation that outlives its function's timeout has failed, as in Lambda
     * (which would stop it there): its caller retries. Here it cannot be stopped, so the function
     * itself stops sending at its deadline (see the outbox).
     */
    const invokeWithin = async (spec: FunctionSpec, event: unknown) => {
      const ms = timeoutMs(spec);
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Task timed out after ${ms / 1000} seconds`)), ms);
      });
      try {
        return await Promise.race([invoke(spec)(event, context(spec, Date.now() + ms)), timedOut]);
      } finally {
        clearTimeout(timer);
      }
    };
    // Locally a function is invoked by its catalog name, the name localEnvironment gives its callers.
    const lambda = await startLambdaLocal({
      port: options.lambdaPort ?? 0,
      functionNamed: (name) => {
        const spec = catalog.find((candidate) => candidate.name === name);
        return spec && handlers.has(name) ? (event) => invoke(spec)(event, context(spec)) : undefined;
      },
    });
    stoppers.push(lambda.stop);

    const publicBaseUrl = `http://localhost:${options.port}`;
    // The functions run in this process and read their configuration from the environment,
    // exactly as in Lambda; only the endpoints differ.
    Object.assign(process.env, {
      ...localEnvironment({
        stage: 'local',
        tableName: TABLE_NAME,
        publicBaseUrl,
        dynamodbEndpoint: dynamodb.endpoint,
        sesEndpoint: ses.endpoint,
        lambdaEndpoint: lambda.endpoint,
        sessionSecret: localSessionSecret(options.dataDir),
      }),
      AWS_LAMBDA_LOG_LEVEL: process.env.AWS_LAMBDA_LOG_LEVEL ?? 'WARN',
    });

    const awsClientConfig = {
      endpoint: dynamodb.endpoint,
      region: 'eu-north-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    };
    const client = new DynamoDBClient(awsClientConfig);
    const streams = new DynamoDBStreamsClient(awsClientConfig);
    stoppers.push(() => {
      client.destroy();
      streams.destroy();
    });
    const created = await ensureTable(client, TABLE_NAME);

    for (const spec of catalog) {
      const module = (await import(pathToFileURL(join(root, spec.entry)).href)) as { handler: Handler };
      handlers.set(spec.name, module.handler);
    }

    const onFailure = (failure: FailedRecord) => {
      console.error(
        `[streams] ${failure.functionName} gave up on a record after ${failure.attempts} attempts: ${failure.error}`,
      );
      if (options.dataDir)
        appendFileSync(join(options.dataDir, 'stream-failures.jsonl'), `${JSON.stringify(failure)}\n`);
    };
    const streamConsumers = catalog
      .filter((spec): spec is StreamConsumer['spec'] => spec.trigger.kind === 'stream')
      .map((spec) => ({ spec, invoke: (event: unknown) => invokeWithin(spec, event) }) as StreamConsumer);
    const pollers = startStreamPollers({
      dynamodb: client,
      streams,
      tableName: TABLE_NAME,
      consumers: streamConsumers,
      onFailure,
      checkpointFile: options.dataDir ? join(options.dataDir, 'stream-checkpoints.json') : undefined,
    });
    stoppers.push(pollers.stop);

    const schedules = startSchedules(
      catalog
        .filter((spec) => spec.trigger.kind === 'schedule')
        .map((spec) => ({ spec, invoke: (event: unknown) => invokeWithin(spec, event) })),
    );
    stoppers.push(schedules.stop);

    /** Stands in for SES publishing a sending event to SNS: each mail-events function receives it. */
    const publishMailEvent = async (message: Buffer) => {
      const event = {
        Records: [
          {
            EventSource: 'aws:sns',
            Sns: {
              MessageId: crypto.randomUUID(),
              Timestamp: new Date().toISOString(),
              Message: message.toString('utf8'),
            },
          },
        ],
      };
      const consumers = catalog.filter((spec) => spec.trigger.kind === 'mailEvents');
      for (const spec of consumers) await invoke(spec)(event, context(spec));
      return { status: 202, body: { deliveredTo: consumers.map((spec) => spec.name) } };
    };

    const gateway = await startGateway({
      port: options.port,
      catalog,
      webRoot: options.webRoot,
      invoke: (spec) => invoke(spec) as HttpInvoke,
      local: async (path, method, body) => {
        if (path === '/_local/mail-events' && method === 'POST') return publishMailEvent(await body());
        if (method === 'GET') return sampleSource(path, publicBaseUrl);
        const schedule = /^\/_local\/schedules\/([\w-]+)$/.exec(path);
        if (!schedule || method !== 'POST') return undefined;
        const name = schedule[1] as string;
        if (!catalog.some((spec) => spec.name === name && spec.trigger.kind === 'schedule')) {
          return { status: 404, body: { message: `No scheduled function named ${name}` } };
        }
        await schedules.run(name);
        return { status: 200, body: { ran: name } };
      },
    });
    stoppers.push(gateway.stop);

    const seeded = created && options.seed;
    if (seeded) await seedDemoData(publicBaseUrl);
    return {
      urls: {
        web: publicBaseUrl,
        api: `${publicBaseUrl}/api`,
        inbox: `http://localhost:${options.sesPort}`,
        dynamodb: dynamodb.endpoint,
        lambda: lambda.endpoint,
      },
      seeded,
      stop,
      cutDynamoDb: async (forMs) => {
        if (!gate) throw new Error('cutDynamoDb needs a runtime started with dynamodbGate');
        await gate.cut(forMs);
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
