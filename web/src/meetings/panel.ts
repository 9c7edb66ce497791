import type * as z from 'zod/mini';
import type { meetingView } from '#shared/api/routes/meetings.ts';

/** A meeting as its page has it. */
export type MeetingView = z.output<typeof meetingView>;

/**
 * What the meeting page gives each of its panels (registration, minutes, feedback): the meeting,
 * and a way to load it again after a panel changed it. Each panel loads what else it needs.
 */
export interface MeetingPanelProps {
  meeting: MeetingView;
  reload: () => void;
}
