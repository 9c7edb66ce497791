import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { config } from '#shared/config.ts';
import { Forbidden } from '#shared/errors.ts';
import { secretString } from '#shared/secrets.ts';
import { memoize } from './memo.ts';

/** The header CloudFront adds to each request it sends to the API, carrying the origin secret. */
export const ORIGIN_SECRET_HEADER = 'x-origin-verify';

/** Read again after this long, so a changed secret reaches warm functions without a restart. */
const SECRET_TTL_MS = 5 * 60_000;

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Whether the sent value is the secret, in a time that says nothing about where they differ. */
const isOriginSecret = (sent: string, secret: string) => timingSafeEqual(digest(sent), digest(secret));

/**
 * Refuses a request that did not come through CloudFront: API Gateway's own endpoint is public, and
 * a request sent to it directly could name any `CloudFront-Viewer-Address`, so any per-client rate
 * limit. No middleware without `ORIGIN_SECRET_ARN`, as locally, where the gateway is the only way in.
 */
export function cloudFrontOnly(): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>[] {
  const { originSecretArn } = config();
  if (!originSecretArn) return [];
  const secret = memoize(secretString, { maxEntries: 1, ttlMs: SECRET_TTL_MS });
  return [
    {
      before: async ({ event }) => {
        const sent = event.headers[ORIGIN_SECRET_HEADER];
        if (sent === undefined || !isOriginSecret(sent, await secret(originSecretArn))) {
          throw new Forbidden("Requests to this API go through the site's own address.");
        }
        // No handler needs it, and none can then echo it or log it with the event.
        delete event.headers[ORIGIN_SECRET_HEADER];
      },
    },
  ];
}
