import { store } from '#shared/store/client.ts';
import { requestTranslations } from '#shared/translations/request-translations.ts';
import { subjectOfImage } from '#shared/translations/subjects.ts';
import { logger } from '../lib/logger.ts';
import type { TableChange } from '../lib/stream.ts';

/**
 * Requests the missing languages of a published text when it is published and each time its
 * original's texts change (their hash), so an amended original is translated again.
 */
export async function handle(change: TableChange): Promise<void> {
  const after = change.newImage && subjectOfImage(change.newImage);
  if (!after?.published) return;
  const before = change.oldImage && subjectOfImage(change.oldImage);
  if (before?.published && before.sourceHash === after.sourceHash) return;
  const report = await requestTranslations(store(), after, new Date());
  if (report.requested.length > 0)
    logger.info('Translations requested', { kind: after.kind, id: after.id, languages: report.requested });
}
