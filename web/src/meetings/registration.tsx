import type { MeetingPanelProps } from './panel.ts';

/** The meeting page's registration panel. */
export function RegistrationPanel(_props: MeetingPanelProps) {
  return null;
}
