import { store } from '#shared/store/client.ts';
import { followAmendment, languagesInHand } from '#shared/translations/follow-amendment.ts';
import { requestTranslations } from '#shared/translations/request-translations.ts';
import { readSubject, subjectOfImage } from '#shared/translations/subjects.ts';
import { logger } from '../lib/logger.ts';
import type { TableChange } from '../lib/stream.ts';

/**
 * Requests the missing languages of a published text when it is published, and each time its
 * original's texts change (their hash): an amended original is translated again, and its open
 * requests ask for the new text. A statement is translated only where its lead asked (a route of
 * the workflow requests it): a new version of its text (a `statement-version`, after the first)
 * follows only the languages it has a translation or a request in. Minutes are read with their
 * meeting, whose language and title they take.
 */
export async function handle(change: TableChange): Promise<void> {
  const image = change.newImage ?? {};
  if (image.entity === 'statement-version') return followStatement(image);
  if (image.entity === 'minutes') return requestMinutes(change);
  const after = subjectOfImage(image);
  if (!after?.published) return;
  const before = change.oldImage && subjectOfImage(change.oldImage);
  if (before?.published && before.sourceHash === after.sourceHash) return;
  const report = before?.published
    ? await followAmendment(store(), after, new Date())
    : await requestTranslations(store(), after, new Date());
  logReport(after, report);
}

async function followStatement(image: Record<string, unknown>): Promise<void> {
  if (Number(image.version) <= 1) return;
  const subject = await readSubject(store(), 'statement', String(image.id));
  if (!subject?.published) return;
  const languages = await languagesInHand(store(), subject);
  if (languages.length === 0) return;
  logReport(subject, await followAmendment(store(), subject, new Date(), languages));
}

async function requestMinutes(change: TableChange): Promise<void> {
  const meetingId = String(change.newImage?.meetingId);
  const was = change.oldImage;
  const unchanged =
    was?.status === 'published' &&
    JSON.stringify(was.decisions) === JSON.stringify(change.newImage?.decisions);
  if (unchanged) return;
  const subject = await readSubject(store(), 'minutes', meetingId);
  if (!subject?.published) return;
  const report =
    was?.status === 'published'
      ? await followAmendment(store(), subject, new Date())
      : await requestTranslations(store(), subject, new Date());
  logReport(subject, report);
}

function logReport(
  subject: { kind: string; id: string },
  report: { requested: string[]; updated?: string[] },
) {
  if (report.requested.length > 0 || (report.updated?.length ?? 0) > 0)
    logger.info('Translations requested', {
      kind: subject.kind,
      id: subject.id,
      languages: report.requested,
      updated: report.updated ?? [],
    });
}
