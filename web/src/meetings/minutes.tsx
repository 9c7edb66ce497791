import type { MeetingPanelProps } from './panel.ts';

/** The meeting page's minutes panel. */
export function MinutesPanel(_props: MeetingPanelProps) {
  return null;
}
