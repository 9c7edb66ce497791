import { GetSendQuotaCommand, SESClient } from '@aws-sdk/client-ses';

/** The account's SES maximum send rate, in messages a second (at least one). */
export async function accountSendRate(region: string, fallback: number): Promise<number> {
  const quota = await new SESClient({ region }).send(new GetSendQuotaCommand({}));
  return Math.max(1, Math.floor(quota.MaxSendRate ?? fallback));
}
