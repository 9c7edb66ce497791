import { store } from '#shared/store/client.ts';
import { machineTranslator } from '#shared/translations/amazon-translate.ts';
import { draftTranslation } from '#shared/translations/draft-translation.ts';
import { storedTranslationRequest } from '#shared/translations/translation.ts';
import { logger } from '../lib/logger.ts';
import type { TableChange } from '../lib/stream.ts';

/**
 * A new request's machine draft, where the stage has machine translation (never locally: there
 * requests keep their empty draft). Catalog filter: INSERT of a `translation-request`.
 */
export async function handle(change: TableChange): Promise<void> {
  const translator = machineTranslator();
  if (!translator || change.eventName !== 'INSERT' || !change.newImage) return;
  const request = storedTranslationRequest.parse(change.newImage);
  if (request.draftFrom !== 'empty') return;
  const outcome = await draftTranslation(store(), translator, request, new Date());
  if (outcome.drafted)
    logger.info('Machine draft written', {
      kind: request.kind,
      id: request.subjectId,
      language: request.language,
      shown: outcome.shown,
    });
}
