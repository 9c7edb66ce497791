import { isClosable } from '#shared/consultations/consultation.ts';
import { dueToClose, saveConsultation } from '#shared/consultations/consultation-store.ts';
import { store } from '#shared/store/client.ts';
import { logger } from '../lib/logger.ts';
import { scheduledFunction } from '../lib/schedule.ts';

/** Closes published consultations whose statement deadline has passed. */
export const handler = scheduledFunction(async (now) => {
  const due = (await dueToClose(store(), now)).filter((c) => isClosable(c, now));
  for (const consultation of due) {
    const at = now.toISOString();
    await saveConsultation(store(), consultation, {
      ...consultation,
      status: 'closed',
      closedAt: at,
      updatedAt: at,
      materialChanges: [],
    });
  }
  if (due.length > 0) logger.info('Closed consultations', { count: due.length });
});
