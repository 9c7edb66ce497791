import type { MeetingPanelProps } from './panel.ts';

/** The meeting page's feedback panel. */
export function FeedbackPanel(_props: MeetingPanelProps) {
  return null;
}
