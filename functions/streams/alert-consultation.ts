import { alertReason, fanOut } from '#shared/alerts/fan-out.ts';
import { consultation } from '#shared/consultations/consultation.ts';
import { store } from '#shared/store/client.ts';
import { logger } from '../lib/logger.ts';
import type { TableChange } from '../lib/stream.ts';

/** Alerts subscribers when a consultation is published or changes materially. */
export async function handle(change: TableChange): Promise<void> {
  if (!change.oldImage || !change.newImage) return;
  const before = consultation.parse(change.oldImage);
  const after = consultation.parse(change.newImage);
  const reason = alertReason(before, after);
  if (!reason) return;
  const report = await fanOut(store(), after, reason, new Date());
  logger.info('Fanned out', { consultationId: after.id, version: after.version, reason, ...report });
}
