/** The peer-leader bank's fixed vocabularies and limits, without zod, for the web app's forms too. */

/**
 * The version of the consent text (`peer.consent.text` in the catalogues). A change of the text
 * is a new version: a profile consented to an older one is kept, and its person is asked again.
 */
export const CONSENT_VERSION = '2026-12-01';

/** Who may see a profile besides its person: the coordinator always; member organisations if chosen. */
export const peerVisibilities = ['coordinator', 'members'] as const;
export type PeerVisibility = (typeof peerVisibilities)[number];

export const availabilities = ['available', 'limited', 'unavailable'] as const;
export type Availability = (typeof availabilities)[number];

export const peerRequestStatuses = ['sent', 'accepted', 'declined', 'expired'] as const;
export type PeerRequestStatus = (typeof peerRequestStatuses)[number];

export const peerLimits = {
  name: 120,
  introduction: 1000,
  availabilityNote: 300,
  languages: 10,
  municipalities: 10,
  course: 200,
  trainings: 50,
  purpose: 1000,
  when: 200,
  proposalNote: 500,
  /** Requests one organisation may send in a week; and one open request per leader at a time. */
  requestsPerWeek: 10,
  /** An unanswered request expires after this many days. */
  requestDays: 14,
} as const;
