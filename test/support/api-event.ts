import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';

/** A minimal API Gateway v2 event, as the HTTP API would build it for the route. */
export function apiEvent(
  routeKey: string,
  options: { body?: string; headers?: Record<string, string>; pathParameters?: Record<string, string> } = {},
): APIGatewayProxyEventV2 {
  const [method = 'GET', path = '/'] = routeKey.split(' ');
  return {
    version: '2.0',
    routeKey,
    rawPath: path,
    rawQueryString: '',
    headers: { host: 'localhost:3000', ...options.headers },
    pathParameters: options.pathParameters,
    requestContext: {
      accountId: 'test',
      apiId: 'test',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
      requestId: 'req-1',
      routeKey,
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    body: options.body,
    isBase64Encoded: false,
  };
}

export const lambdaContext = {
  awsRequestId: 'request-123',
  functionName: 'test',
  getRemainingTimeInMillis: () => 10_000,
} as Context;
