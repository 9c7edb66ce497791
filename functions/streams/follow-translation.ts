import { followTranslation } from '#shared/alerts/follow-translation.ts';
import { store } from '#shared/store/client.ts';
import { storedTranslation } from '#shared/translations/translation.ts';
import { logger } from '../lib/logger.ts';
import type { TableChange } from '../lib/stream.ts';

/**
 * A person's translation of a consultation was published (catalog filter: a `translation` INSERT or
 * MODIFY with `mark: reviewed`, kind consultation): the alerts waiting for its language are sent in
 * it, and who had the original gets one follow-up. Published again, it finds all of that done.
 */
export async function handle(change: TableChange): Promise<void> {
  const translation = storedTranslation.parse(change.newImage);
  if (translation.kind !== 'consultation' || translation.mark !== 'reviewed') return;
  const report = await followTranslation(store(), translation.subjectId, translation.language, new Date());
  logger.info('Alerts followed the translation', {
    consultationId: translation.subjectId,
    language: translation.language,
    ...report,
  });
}
