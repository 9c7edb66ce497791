/**
 * The meeting model's facts that need no schema library: the web app imports them from here, the
 * schemas in `meeting.ts` and `minutes.ts` build on them.
 */

/** What an agenda item is; the news round is the one the chair's view runs turn by turn. */
export const agendaKinds = ['news-round', 'presentation', 'workshop', 'discussion', 'decision'] as const;
export type AgendaKind = (typeof agendaKinds)[number];

/** The host's planning checklist, in the order the work is done. */
export const checklistItems = ['datePlace', 'roomCoffee', 'agenda', 'invitations'] as const;
export type ChecklistItem = (typeof checklistItems)[number];

export const meetingLimits = {
  title: 200,
  theme: 2000,
  address: 300,
  directions: 1000,
  agendaItems: 30,
  agendaTitle: 200,
  agendaDescription: 2000,
  presenter: 200,
  minutesPerItem: 480,
  capacity: 2000,
  seriesName: 200,
  seriesDescription: 2000,
  rotation: 50,
  pollOptions: 5,
  /** Minutes each organisation speaks in a news round, at most. */
  turnMinutes: 30,
} as const;

export const minutesLimits = {
  text: 50_000,
  decisions: 50,
  decision: 2000,
  organisation: 200,
  addedTurns: 50,
  /** UTF-8 bytes of the text and decisions together: the minutes are one DynamoDB item, at most 400 KB with its keys. */
  bytes: 350_000,
} as const;

/** The agenda's items with when each starts and ends, from the meeting's start, in minutes. */
export function runningTimes(agenda: { minutes: number }[]): { from: number; to: number }[] {
  let at = 0;
  return agenda.map((item) => {
    const span = { from: at, to: at + item.minutes };
    at = span.to;
    return span;
  });
}

/** The organisation whose turn comes after this host's, or the first of the rotation. */
export function nextHost(
  rotation: { organisationId: string }[],
  hostOrganisationId: string | undefined,
): string | undefined {
  if (rotation.length === 0) return undefined;
  const at = rotation.findIndex((r) => r.organisationId === hostOrganisationId);
  return rotation[(at + 1) % rotation.length]?.organisationId;
}
