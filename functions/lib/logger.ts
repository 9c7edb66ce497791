import { Logger } from '@aws-lambda-powertools/logger';

/** Structured JSON logs; the Lambda context middleware adds the request id to every line. */
export const logger = new Logger({ serviceName: 'kaiutin' });
