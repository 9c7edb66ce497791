import { store } from '#shared/store/client.ts';
import { sendMeetingFeedback } from '#shared/surveys/send-meeting-feedback.ts';
import { logger } from '../lib/logger.ts';
import { scheduledFunction } from '../lib/schedule.ts';

/** Sends the participants of meetings that ended an hour ago or more their feedback survey, once. */
export const handler = scheduledFunction(async (now) => {
  const report = await sendMeetingFeedback(store(), now);
  if (report.meetings > 0) logger.info('Meeting feedback', { ...report });
});
