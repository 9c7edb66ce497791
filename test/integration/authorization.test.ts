import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { httpRoutes } from '#functions/catalog.ts';
import { routeKey } from '#shared/api/contract.ts';
import { routes } from '#shared/api/routes.ts';
import { principles } from '#shared/membership/principles.ts';
import { CONSENT_VERSION } from '#shared/peers/facts.ts';
import { heldMeeting, seriesWith } from '../support/meetings.ts';
import { consentedPeerLeader } from '../support/peers.ts';
import {
  type Answer,
  applicant,
  type Client,
  memberOrganisation,
  signedInCoordinator,
  signIn,
  uniqueEmail,
} from '../support/people.ts';

/**
 * Every route × every kind of caller, against the table below. Resources in the path belong to
 * organisation A and body X, so B acting on A's organisation or Y's officer on X's submission
 * must be refused. R's representative acts for R, the organisation it resigned: against A's
 * resources it is an outsider exactly like B (the same check on the caller's organisations), so
 * its column says what only it can: which acts a former member keeps after leaving.
 */
const callers = ['anonymous', 'repA', 'repB', 'officerX', 'officerY', 'coordinator', 'repR'] as const;
type Who = (typeof callers)[number];
type SignedIn = Exclude<Who, 'anonymous'>;
type RouteName = keyof typeof routes;

const everyone = callers;
const signedIn = callers.filter((who) => who !== 'anonymous');

/** Who may call each route; everyone else is refused. A new route fails the test until it is decided here. */
const allowed: Record<string, readonly Who[]> = {
  health: everyone,
  openapi: everyone,
  requestSignInCode: everyone,
  startSession: everyone,
  endSession: signedIn,
  getSession: everyone,
  getMe: signedIn,
  updateMe: signedIn,
  exportMe: signedIn,
  deleteMe: signedIn,

  submitApplication: everyone,
  listApplications: ['coordinator'],
  getApplication: ['coordinator'],
  approveApplication: ['coordinator'],
  rejectApplication: ['coordinator'],

  listOrganisations: everyone,
  getOrganisation: everyone,
  // A former member reads its own records, and may take powers away, but not change or add.
  updateOrganisation: ['repA', 'coordinator'],
  listRepresentatives: ['repA', 'coordinator', 'repR'],
  addRepresentative: ['repA', 'coordinator'],
  removeRepresentative: ['repA', 'coordinator', 'repR'],
  resign: ['repA'],
  getRemoval: ['repA', 'coordinator', 'repR'],
  openRemoval: ['coordinator'],
  respondToRemoval: ['repA', 'repR'],
  decideRemoval: ['coordinator'],
  organisationAudit: ['repA', 'coordinator', 'repR'],
  networkAudit: ['coordinator'],

  listBodies: everyone,
  getBody: everyone,
  createBody: ['coordinator'],
  updateBody: ['coordinator'],
  listOfficers: ['officerX', 'coordinator'],
  addOfficer: ['coordinator'],
  removeOfficer: ['coordinator'],

  listConsultations: everyone,
  getConsultation: everyone,
  listConsultationVersions: everyone,
  createConsultation: ['officerX', 'coordinator'],
  updateConsultation: ['officerX', 'coordinator'],
  publishConsultation: ['officerX', 'coordinator'],
  cancelConsultation: ['officerX', 'coordinator'],
  recordDecision: ['officerX', 'coordinator'],
  consultationAlerts: ['officerX', 'coordinator'],
  listBodyConsultations: ['officerX', 'coordinator'],

  listSubscriptions: ['repA', 'coordinator', 'repR'],
  createSubscription: ['repA'],
  deleteSubscription: ['repA', 'coordinator', 'repR'],
  unsubscribe: everyone,
  subscribe: everyone,
  confirmSubscription: everyone,

  listConsultationStatements: everyone,
  // Acting for A: only A's representative; R's own organisation is no longer a member.
  createStatement: ['repA'],
  getStatement: everyone,
  updateStatement: ['repA'],
  openStatement: ['repA'],
  signStatement: ['repA'],
  withdrawSignature: ['repA', 'repR'],
  // A former member may still withdraw what it led, so it does not stay open for signing in its name.
  withdrawStatement: ['repA', 'repR'],
  listStatementVersions: everyone,
  inviteToStatement: ['repA'],
  listOrganisationStatements: ['repA', 'coordinator', 'repR'],
  listOrganisationSignedStatements: ['repA', 'coordinator', 'repR'],
  submitStatement: ['repA'],

  getSubmission: everyone,
  listConsultationSubmissions: everyone,
  listBodySubmissions: ['officerX', 'coordinator'],
  acknowledgeSubmission: ['officerX'],
  respondToSubmission: ['officerX'],
  bodyResponsiveness: everyone,

  consultationFeed: everyone,
  deadlineFeed: everyone,

  listSources: ['coordinator'],
  createSource: ['coordinator'],
  getSource: ['coordinator'],
  updateSource: ['coordinator'],
  deleteSource: ['coordinator'],
  previewSource: ['coordinator'],
  enableSourceHook: ['coordinator'],
  disableSourceHook: ['coordinator'],
  // Public, and refused alike to everyone without the hook's secret: a 401 `bad_signature` is its handler's answer.
  sourceHook: everyone,
  pollSource: ['coordinator'],
  listTriage: ['coordinator'],
  dismissDraft: ['coordinator'],
  listUndeliveredMail: ['coordinator'],
  retryMail: ['coordinator'],

  // Minutes: A hosts the meetings, so its representative and the coordinator run and write them up.
  getNewsRound: ['repA', 'coordinator'],
  addNewsRoundTurn: ['repA', 'coordinator'],
  recordNewsRoundSpoken: ['repA', 'coordinator'],
  getMinutes: everyone,
  saveMinutes: ['repA', 'coordinator'],
  closeMinutes: ['repA', 'coordinator'],
  getDatePoll: everyone,
  answerDatePoll: everyone,
  decideDatePoll: ['repA', 'coordinator'],
  listMeetingDecisions: everyone,
  // Feedback: a signed link answers (refused alike without one: 400), the host and the coordinator read.
  meetingFeedbackForm: everyone,
  answerMeetingFeedback: everyone,
  meetingFeedbackResults: ['repA', 'coordinator'],
  listNetworkSurveys: ['coordinator'],
  createNetworkSurvey: ['coordinator'],
  sendNetworkSurvey: ['coordinator'],
  networkSurveyResults: ['coordinator'],
  networkSurveyForm: everyone,
  answerNetworkSurvey: everyone,
  // The desk: each signed-in person's own, whatever their roles.
  getDesk: signedIn,
  // Meetings: the series are the coordinator's; A's meeting is planned by A's representatives and the coordinator.
  listSeries: everyone,
  createSeries: ['coordinator'],
  updateSeries: ['coordinator'],
  listMeetings: everyone,
  createMeeting: ['repA', 'coordinator'],
  getMeeting: everyone,
  updateMeeting: ['repA', 'coordinator'],
  publishMeeting: ['repA', 'coordinator'],
  meetingCalendarFeed: everyone,
  meetingFeed: everyone,
  // Registrations: anyone registers and follows an emailed link; the host and coordinator see who comes.
  register: everyone,
  confirmRegistration: everyone,
  cancelRegistration: everyone,
  getRegistration: everyone,
  getMyRegistration: signedIn,
  cancelMyRegistration: signedIn,
  listParticipants: ['repA', 'coordinator'],
  // The public tray and its coverage picture: anyone (the peer-leader gaps only add figures for some).
  searchTray: everyone,
  trayCoverage: everyone,
  // The HSDS export is public; the material bank is read by anyone and kept by A's representatives
  // and the coordinator (R, no longer a member, shares nothing: 409 not_a_member).
  hsdsServices: everyone,
  hsdsService: everyone,
  hsdsOrganizations: everyone,
  hsdsOrganization: everyone,
  listMaterials: everyone,
  listOrganisationMaterials: everyone,
  shareMaterial: ['repA', 'coordinator'],
  updateMaterial: ['repA', 'coordinator'],
  removeMaterial: ['repA', 'coordinator'],
  // The tray: A's representatives and the coordinator keep A's activities and units; R, resigned, no longer.
  createActivity: ['repA', 'coordinator'],
  getActivity: everyone,
  updateActivity: ['repA', 'coordinator'],
  listOrganisationActivities: everyone,
  listUnits: everyone,
  createUnit: ['repA', 'coordinator'],
  updateUnit: ['repA', 'coordinator'],
  deleteUnit: ['repA', 'coordinator'],
  inviteTrayPartner: ['coordinator'],
  listTrayPartners: everyone,
  // Peer leaders: anyone searches (each sees whom the leaders chose); A's representative asks a leader A
  // may see; only the leader answers, signed in or with the email's link (without one, 400 to anyone
  // signed out; to anyone else signed in the request is not there, 404, as when reading:
  // peer-requests.test.ts shows A's representative's); the request is read by the leader, A and the
  // coordinator, and is not there (404) for anyone else (peer-requests.test.ts shows B's 404); the
  // figures are the coordinator's.
  searchPeerLeaders: everyone,
  peerFigures: ['coordinator'],
  sendPeerRequest: ['repA'],
  answerPeerRequest: everyone,
  getPeerRequest: everyone,
  listOrganisationPeerRequests: ['repA', 'coordinator', 'repR'],
  listMyPeerRequests: signedIn,
  // The peer-leader bank: the coordinator invites and records; only an invited person (none of
  // these callers: the others get 403) consents and keeps a profile; a member organisation proposes.
  // Who sees a profile is the handler's choice (404 to the rest): see the block below the matrix's world.
  invitePeerLeader: ['coordinator'],
  listInvitedPeerLeaders: ['coordinator'],
  getPeerLeader: everyone,
  recordTraining: ['coordinator'],
  deleteTraining: ['coordinator'],
  getMyPeerLeader: signedIn,
  giveConsent: [],
  withdrawConsent: signedIn,
  saveProfile: [],
  proposePeerLeader: ['repA'],
  listPeerProposals: ['coordinator'],
  acceptPeerProposal: ['coordinator'],
  declinePeerProposal: ['coordinator'],
  // Translations of what is published are read by anyone, as the text they translate.
  readTranslations: everyone,
  // Translators: the coordinator grants, lists, changes and revokes (a person who is not one: 404); a
  // person sets their own languages only as a translator or a consented peer leader (none of these
  // callers: 403, translators.test.ts shows both); giving the role up is anyone's (none: 204).
  listTranslators: ['coordinator'],
  translatorLanguages: ['coordinator'],
  grantTranslator: ['coordinator'],
  changeTranslator: ['coordinator'],
  revokeTranslator: ['coordinator'],
  takeTranslatorRole: [],
  giveUpTranslatorRole: signedIn,
  // Translation requests: translators of the language (none of these callers) and the coordinator;
  // a statement's translations are asked for by its lead (R, no longer a member, 409 not_a_member)
  // or the coordinator. translation-workflow.test.ts shows the translators' side.
  listTranslationRequests: ['coordinator'],
  getTranslationRequest: ['coordinator'],
  claimTranslationRequest: ['coordinator'],
  releaseTranslationRequest: ['coordinator'],
  saveTranslationDraft: ['coordinator'],
  submitTranslation: ['coordinator'],
  reviewTranslation: ['coordinator'],
  requestStatementTranslations: ['repA', 'coordinator'],
};

const { baseUrl } = inject('runtime');
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

interface World {
  a: string;
  r: string;
  x: string;
  /** Pending applications: one to read and approve, one to reject. */
  application: string;
  rejectedApplication: string;
  /** Second representatives, and a second officer of X, for the routes that remove one. */
  spareRepA: string;
  spareRepR: string;
  spareOfficerX: string;
  subscriptionA: string;
  subscriptionR: string;
  /** X's published consultation, and two more to cancel and to decide. */
  consultation: string;
  toCancel: string;
  toDecide: string;
  consultationContact: { name: string; email: string };
  /** Open statements on the consultation: A's, and R's drafted and opened before it resigned. */
  statementA: string;
  statementR: string;
  /** Throwaway open statements for the routes that end one. */
  toWithdrawA: string;
  toWithdrawR: string;
  toSubmitA: string;
  /** A's statement submitted to X. */
  submission: string;
  /** A meeting series, and a published meeting of it that A hosts (the registrations and feedback routes' too). */
  series: string;
  meeting: string;
  /** A's activity and unit in the tray. */
  activityA: string;
  unitA: string;
  /** A consented peer leader members may see, and A's request to them. */
  peerLeader: string;
  peerRequest: string;
}

let world: World;
/** Each caller's session, and a spare one to end (so signing out leaves the session the others use). */
let sessions: Record<SignedIn, Client>;
let spareSessions: Record<SignedIn, Client>;

/** The organisation a caller acts for: A, except R's representative, who acts for R. */
const orgOf = (who: Who) => (who === 'repR' ? world.r : world.a);
const statementOf = (who: Who) => (who === 'repR' ? world.statementR : world.statementA);
/** The Arabic request of X's consultation (its members speak Arabic: publishing requested it). */
const translationRequestParams = () => ({
  kind: 'consultation',
  subjectId: world.consultation,
  language: 'ar',
});

interface Call {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  session?: 'spare';
}

/**
 * What each caller sends. Bodies are valid wherever the rule is checked in the handler, so the
 * request reaches the check; where only the route's rule matters, an invalid body is enough.
 */
const requests: Record<string, (who: Who) => Call> = {
  health: () => ({}),
  openapi: () => ({}),
  // Public routes: an empty body answers 400 without sending mail or counting against the limits.
  requestSignInCode: () => ({ body: {} }),
  startSession: () => ({ body: {} }),
  endSession: () => ({ session: 'spare' }),
  getSession: () => ({}),
  getMe: () => ({}),
  updateMe: () => ({ body: { name: 'Authz Tester' } }),
  exportMe: () => ({}),
  // Runs last (see `order`): it ends every session of the caller.
  deleteMe: () => ({}),

  submitApplication: () => ({ body: {} }),
  listApplications: () => ({}),
  getApplication: () => ({ params: { id: world.application } }),
  approveApplication: () => ({ params: { id: world.application } }),
  rejectApplication: () => ({ params: { id: world.rejectedApplication }, body: { reason: 'Ei yhdistys.' } }),

  listOrganisations: () => ({}),
  getOrganisation: (who) => ({ params: { id: orgOf(who) } }),
  updateOrganisation: (who) => ({ params: { id: orgOf(who) }, body: { description: 'Päivitetty kuvaus.' } }),
  listRepresentatives: (who) => ({ params: { id: orgOf(who) } }),
  addRepresentative: (who) => ({ params: { id: orgOf(who) }, body: { email: uniqueEmail('authz-added') } }),
  removeRepresentative: (who) => ({
    params: { id: orgOf(who), personId: who === 'repR' ? world.spareRepR : world.spareRepA },
  }),
  // A may resign: its reason is too long, so validation stops it after authorization and A stays.
  resign: (who) => ({
    params: { id: orgOf(who) },
    body: { reason: who === 'repA' ? 'x'.repeat(2001) : 'Toiminta päättyy.' },
  }),
  getRemoval: (who) => ({ params: { id: orgOf(who) } }),
  // Coordinator-only at the route: an empty explanation fails validation, so no hearing opens on A.
  openRemoval: (who) => ({ params: { id: orgOf(who) }, body: { ground: 'criteria', explanation: '' } }),
  respondToRemoval: (who) => ({ params: { id: orgOf(who) }, body: { text: 'Selvityksemme.' } }),
  decideRemoval: (who) => ({ params: { id: orgOf(who) }, body: { outcome: 'kept', reason: 'Jatkaa.' } }),
  organisationAudit: (who) => ({ params: { id: orgOf(who) } }),
  networkAudit: () => ({}),

  listBodies: () => ({}),
  getBody: () => ({ params: { id: world.x } }),
  createBody: () => ({ body: bodyInput('Authz-lautakunta') }),
  updateBody: () => ({ params: { id: world.x }, body: { municipality: 'Hankasalmi' } }),
  listOfficers: () => ({ params: { id: world.x } }),
  addOfficer: () => ({ params: { id: world.x }, body: { email: uniqueEmail('authz-new-officer') } }),
  removeOfficer: () => ({ params: { id: world.x, personId: world.spareOfficerX } }),

  listConsultations: () => ({}),
  getConsultation: () => ({ params: { id: world.consultation } }),
  listConsultationVersions: () => ({ params: { id: world.consultation } }),
  createConsultation: () => ({ body: consultationInput(world.x, 'Uusi luonnos') }),
  // Not a material change: a new version, but no alerts and nothing else moves.
  updateConsultation: () => ({
    params: { id: world.consultation },
    body: { contact: world.consultationContact },
  }),
  publishConsultation: () => ({ params: { id: world.consultation } }),
  cancelConsultation: () => ({ params: { id: world.toCancel } }),
  recordDecision: () => ({
    params: { id: world.toDecide },
    body: { url: 'https://hankasalmi.example/paatos/1', summary: 'Päätettiin.' },
  }),
  consultationAlerts: () => ({ params: { id: world.consultation } }),
  listBodyConsultations: () => ({ params: { id: world.x } }),

  listSubscriptions: (who) => ({ params: { id: orgOf(who) } }),
  createSubscription: (who) => ({
    params: { id: orgOf(who) },
    body: { bodies: [world.x], language: 'fi', frequency: 'weekly' },
  }),
  deleteSubscription: (who) => ({
    params: { id: orgOf(who), subscriptionId: who === 'repR' ? world.subscriptionR : world.subscriptionA },
  }),
  unsubscribe: () => ({ query: { s: 'no-such-subscription', t: 'x'.repeat(20) } }),
  subscribe: () => ({ body: {} }),
  confirmSubscription: () => ({ params: { id: 'no-such-subscription' }, body: { token: 'x'.repeat(20) } }),

  listConsultationStatements: () => ({ params: { id: world.consultation } }),
  createStatement: (who) => ({
    params: { id: world.consultation },
    body: { organisationId: orgOf(who), language: 'fi', title: 'Uusi lausunto', body: 'Esitämme.' },
  }),
  getStatement: (who) => ({ params: { id: statementOf(who) } }),
  // The same language as before: the text does not change, so no new version.
  updateStatement: (who) => ({ params: { id: statementOf(who) }, body: { language: 'fi' } }),
  // Already open: the lead gets 409 not_draft, the world stays.
  openStatement: (who) => ({ params: { id: statementOf(who) }, body: { cosignDeadline: inDays(5) } }),
  signStatement: (who) => ({
    params: { id: statementOf(who) },
    body: { organisationId: orgOf(who), mandate: { kind: 'standing' }, version: 1 },
  }),
  withdrawSignature: (who) => ({ params: { id: statementOf(who), organisationId: orgOf(who) } }),
  withdrawStatement: (who) => ({
    params: { id: who === 'repR' ? world.toWithdrawR : world.toWithdrawA },
  }),
  listStatementVersions: (who) => ({ params: { id: statementOf(who) } }),
  inviteToStatement: (who) => ({
    params: { id: statementOf(who) },
    body: { emails: [uniqueEmail('authz-invited')], language: 'en' },
  }),
  listOrganisationStatements: (who) => ({ params: { id: orgOf(who) } }),
  listOrganisationSignedStatements: (who) => ({ params: { id: orgOf(who) } }),
  submitStatement: (who) => ({
    params: { id: who === 'repR' ? world.statementR : world.toSubmitA },
    body: { mandate: { kind: 'standing' } },
  }),

  getSubmission: () => ({ params: { id: world.submission } }),
  listConsultationSubmissions: () => ({ params: { id: world.consultation } }),
  listBodySubmissions: () => ({ params: { id: world.x } }),
  acknowledgeSubmission: () => ({ params: { id: world.submission }, body: { diaryNumber: 'AUTHZ/1' } }),
  respondToSubmission: () => ({
    params: { id: world.submission },
    body: { outcome: 'decision-pending', explanation: 'Käsittelyssä.' },
  }),
  bodyResponsiveness: () => ({ params: { id: world.x } }),

  consultationFeed: () => ({}),
  deadlineFeed: () => ({}),
  // Coordinator-only: the role is checked before the input, so a source that does not exist, or an
  // empty body, shows the coordinator got through (404 or 400) and everyone else did not.
  listSources: () => ({}),
  createSource: () => ({ body: {} }),
  getSource: () => ({ params: { id: 'no-such-source' } }),
  updateSource: () => ({ params: { id: 'no-such-source' }, body: {} }),
  deleteSource: () => ({ params: { id: 'no-such-source' } }),
  previewSource: () => ({ body: {} }),
  enableSourceHook: () => ({ params: { id: 'no-such-source' } }),
  disableSourceHook: () => ({ params: { id: 'no-such-source' } }),
  sourceHook: () => ({ params: { id: 'no-such-source' } }),
  pollSource: () => ({ params: { id: 'no-such-source' } }),
  listTriage: () => ({}),
  dismissDraft: () => ({ params: { id: 'no-such-draft' } }),
  listUndeliveredMail: () => ({}),
  retryMail: () => ({ params: { id: 'no-such-message' } }),

  getNewsRound: () => ({ params: { id: minutesWorld.held } }),
  addNewsRoundTurn: () => ({ params: { id: minutesWorld.held }, body: { organisation: 'Authz ry' } }),
  // The first allowed caller finds no such turn (404 from the handler), the next one the turn added meanwhile.
  recordNewsRoundSpoken: () => ({
    params: { id: minutesWorld.held },
    body: { organisation: 'Authz ry', spoken: true },
  }),
  getMinutes: () => ({ params: { id: minutesWorld.closed } }),
  saveMinutes: () => ({ params: { id: minutesWorld.held }, body: { text: 'Authz-pöytäkirja.' } }),
  // The first allowed caller closes it; the next one is told it is closed (409).
  closeMinutes: () => ({
    params: { id: minutesWorld.toClose },
    body: { next: { startsAt: inDays(60), endsAt: inDays(60.1) } },
  }),
  getDatePoll: () => ({ params: { id: minutesWorld.polled } }),
  // A forged link: 400 for everyone, from the handler.
  answerDatePoll: () => ({
    params: { id: minutesWorld.polled },
    body: { meetingId: minutesWorld.closed, registrationId: 'r', token: 'forged', suits: [0] },
  }),
  decideDatePoll: () => ({ params: { id: minutesWorld.polled }, body: { option: 0 } }),
  listMeetingDecisions: () => ({}),
  meetingFeedbackForm: () => ({
    params: { id: world.meeting },
    query: { r: 'no-such-registration', t: 'x'.repeat(43) },
  }),
  answerMeetingFeedback: () => ({ params: { id: world.meeting }, body: {} }),
  meetingFeedbackResults: () => ({ params: { id: world.meeting } }),
  // Coordinator-only: an empty body, or a year without a survey, shows the coordinator got through.
  listNetworkSurveys: () => ({}),
  createNetworkSurvey: () => ({ body: {} }),
  sendNetworkSurvey: () => ({ params: { year: '1999' } }),
  networkSurveyResults: () => ({ params: { year: '1999' } }),
  networkSurveyForm: () => ({ params: { year: '1999' }, query: { p: 'no-such-person', t: 'x'.repeat(43) } }),
  answerNetworkSurvey: () => ({ params: { year: '1999' }, body: {} }),
  getDesk: () => ({}),
  listSeries: () => ({}),
  createSeries: () => ({ body: { name: 'Authz-sarja', rotation: [world.a] } }),
  updateSeries: () => ({ params: { id: world.series }, body: { description: 'Päivitetty.' } }),
  listMeetings: () => ({}),
  createMeeting: () => ({
    body: { seriesId: world.series, hostOrganisationId: world.a, title: 'Authz-luonnos', capacity: 20 },
  }),
  getMeeting: () => ({ params: { id: world.meeting } }),
  // A's published meeting: a draft is hidden (404) from those who do not plan it, which would not
  // show a refusal. The planners' publish answers 409 not_draft, past the check.
  updateMeeting: () => ({ params: { id: world.meeting }, body: { checklist: { roomCoffee: true } } }),
  publishMeeting: () => ({ params: { id: world.meeting } }),
  meetingCalendarFeed: () => ({}),
  meetingFeed: () => ({}),
  // An empty body and made-up links answer 400 and mail no one; a caller without a registration 404.
  register: () => ({ params: { id: world.meeting }, body: {} }),
  confirmRegistration: () => ({
    params: { id: world.meeting, registrationId: 'nobody' },
    body: { token: 'x'.repeat(20) },
  }),
  cancelRegistration: () => ({
    params: { id: world.meeting, registrationId: 'nobody' },
    body: { token: 'x'.repeat(20) },
  }),
  getRegistration: () => ({
    params: { id: world.meeting, registrationId: 'nobody' },
    query: { act: 'confirm', t: 'x'.repeat(20) },
  }),
  getMyRegistration: () => ({ params: { id: world.meeting } }),
  cancelMyRegistration: () => ({ params: { id: world.meeting } }),
  listParticipants: () => ({ params: { id: world.meeting } }),
  createActivity: (who) => ({ body: trayActivity(orgOf(who)) }),
  getActivity: () => ({ params: { id: world.activityA } }),
  // The second allowed caller edits a version the first changed: 409 `changed_meanwhile`, past the check.
  updateActivity: () => ({ params: { id: world.activityA }, body: { version: 1, level: 'regional' } }),
  listOrganisationActivities: () => ({ params: { id: world.a } }),
  listUnits: () => ({ params: { id: world.a } }),
  createUnit: (who) => ({
    params: { id: orgOf(who) },
    body: { name: 'Authz-piiri', level: 'regional', areas: [{ kind: 'region', name: 'Keski-Suomi' }] },
  }),
  updateUnit: () => ({ params: { id: world.a, unitId: world.unitA }, body: { name: 'Authz-piiri 2' } }),
  deleteUnit: () => ({ params: { id: world.a, unitId: world.unitA } }),
  // An empty body answers 400 after the check, inviting (and mailing) no one.
  inviteTrayPartner: () => ({ body: {} }),
  listTrayPartners: () => ({}),
  searchTray: () => ({ query: { language: 'so' } }),
  trayCoverage: () => ({}),
  hsdsServices: () => ({}),
  // No such activity: the handler's 404, past the (public) check.
  hsdsService: () => ({ params: { id: 'no-such-activity' } }),
  hsdsOrganizations: () => ({}),
  hsdsOrganization: () => ({ params: { id: world.a } }),
  listMaterials: () => ({}),
  listOrganisationMaterials: (who) => ({ params: { id: orgOf(who) } }),
  shareMaterial: (who) => ({ body: materialInput(orgOf(who)) }),
  updateMaterial: () => ({ params: { id: materialsWorld.material }, body: { title: 'Authz-materiaali' } }),
  // The first allowed caller removes it; the next one finds it gone (404).
  removeMaterial: () => ({ params: { id: materialsWorld.toRemove } }),
  searchPeerLeaders: () => ({ query: { language: 'so' } }),
  peerFigures: () => ({}),
  sendPeerRequest: (who) => ({
    params: { personId: world.peerLeader },
    body: { organisationId: orgOf(who), purpose: 'Vertaisryhmä', when: 'Syksyllä' },
  }),
  answerPeerRequest: () => ({ params: { id: world.peerRequest }, body: { answer: 'yes' } }),
  getPeerRequest: () => ({ params: { id: world.peerRequest } }),
  listOrganisationPeerRequests: (who) => ({ params: { id: orgOf(who) } }),
  listMyPeerRequests: () => ({}),
  invitePeerLeader: () => ({ body: { email: uniqueEmail('authz-peer'), language: 'fi' } }),
  listInvitedPeerLeaders: () => ({}),
  getPeerLeader: () => ({ params: { personId: 'no-such-person' } }),
  // Coordinator-only at the route: a person who is not invited shows the coordinator got through (404).
  recordTraining: () => ({
    params: { personId: 'no-such-person' },
    body: { course: 'Authz-kurssi', completedOn: '2026-05-14' },
  }),
  deleteTraining: () => ({ params: { personId: 'no-such-person', trainingId: 'no-such-training' } }),
  getMyPeerLeader: () => ({}),
  giveConsent: () => ({ body: { version: CONSENT_VERSION, visibility: 'members' } }),
  // Nothing to withdraw: 204 for every signed-in caller, no change.
  withdrawConsent: () => ({}),
  saveProfile: () => ({
    body: { name: 'Authz', languages: ['so'], municipalities: ['Hankasalmi'], availability: 'available' },
  }),
  proposePeerLeader: (who) => ({
    params: { id: orgOf(who) },
    body: { email: uniqueEmail('authz-proposed') },
  }),
  listPeerProposals: () => ({}),
  acceptPeerProposal: () => ({ params: { id: 'no-such-proposal' } }),
  declinePeerProposal: () => ({ params: { id: 'no-such-proposal' } }),
  readTranslations: () => ({ params: { kind: 'consultation', subjectId: world.consultation } }),
  listTranslators: () => ({}),
  translatorLanguages: () => ({}),
  grantTranslator: () => ({
    body: { email: uniqueEmail('authz-translator'), languages: ['ti'], language: 'fi' },
  }),
  changeTranslator: () => ({ params: { personId: 'no-such-person' }, body: { languages: ['ti'] } }),
  revokeTranslator: () => ({ params: { personId: 'no-such-person' } }),
  takeTranslatorRole: () => ({ body: { languages: ['ti'] } }),
  giveUpTranslatorRole: () => ({}),
  listTranslationRequests: () => ({}),
  getTranslationRequest: () => ({ params: translationRequestParams() }),
  claimTranslationRequest: () => ({ params: translationRequestParams(), body: { version: 1 } }),
  releaseTranslationRequest: () => ({ params: translationRequestParams(), body: { version: 2 } }),
  saveTranslationDraft: () => ({
    params: translationRequestParams(),
    body: { fields: { title: 'عنوان' }, version: 1 },
  }),
  submitTranslation: () => ({ params: translationRequestParams(), body: { version: 1 } }),
  reviewTranslation: () => ({
    params: translationRequestParams(),
    body: { outcome: 'publish', version: 1 },
  }),
  requestStatementTranslations: (who) => ({ params: { id: statementOf(who) }, body: { languages: ['ar'] } }),
};

/** A's materials: one to change, one to remove. */
let materialsWorld: { material: string; toRemove: string };

const materialInput = (organisationId: string) => ({
  organisationId,
  title: 'Authz-opas',
  languages: ['fi'],
  url: 'https://example.org/authz-opas',
});

const trayActivity = (organisationId: string) => ({
  organisationId,
  texts: [{ language: 'fi', name: 'Authz-kerho', description: 'Kerho.' }],
  category: 'support',
  level: 'local',
  areas: [{ kind: 'municipality', name: 'Hankasalmi' }],
  languages: ['fi'],
  targetGroups: ['everyone'],
  schedule: { kind: 'weekly', days: ['MO'], startTime: '17:00', endTime: '18:00' },
  place: {},
  cost: { free: true },
});

async function materialsSetup(repA: Client, a: string) {
  const [material, toRemove] = await Promise.all(
    [1, 2].map(
      async () =>
        expectStatus(await repA.post('/api/materials', materialInput(a)), 201, 'material').id as string,
    ),
  );
  materialsWorld = { material: material as string, toRemove: toRemove as string };
}

/** Meetings hosted by A (written into the table: see support/meetings.ts): one held, one to close, one closed with a date poll for the next. */
let minutesWorld: { held: string; toClose: string; closed: string; polled: string };

async function minutesSetup(coordinator: Client, a: { id: string; name: string }) {
  const series = await seriesWith([{ organisationId: a.id, name: a.name }], 'Authz-kokoukset');
  const hostA = { organisationId: a.id, name: a.name };
  const [held, toClose, closed] = await Promise.all([1, 2, 3].map(() => heldMeeting(series, hostA)));
  const [toCloseId, closedId] = [toClose?.id as string, closed?.id as string];
  for (const id of [toCloseId, closedId])
    expectStatus(
      await coordinator.post(`/api/meetings/${id}/minutes`, { text: 'Pidettiin.' }),
      200,
      'minutes',
    );
  const options = [
    { startsAt: inDays(40), endsAt: inDays(40.1) },
    { startsAt: inDays(47), endsAt: inDays(47.1) },
  ];
  const polled = expectStatus(
    await coordinator.post(`/api/meetings/${closedId}/minutes/close`, { next: { options } }),
    200,
    'close',
  ).nextMeeting.id as string;
  minutesWorld = { held: held?.id as string, toClose: toCloseId, closed: closedId, polled };
}

const bodyInput = (name: string) => ({
  kind: 'board',
  municipality: 'Hankasalmi',
  name: { fi: name },
  submissionEmail: uniqueEmail('authz-kirjaamo'),
});

const consultationInput = (bodyId: string, title: string) => ({
  bodyId,
  kind: 'consultation',
  originalLanguage: 'fi',
  texts: { fi: { title, summary: 'Kuntalaisilta kysytään.' } },
  topics: ['education'],
  statementDeadline: inDays(20),
  contact: { name: 'Valmistelija', email: 'valmistelija@example.org' },
});

/** The answer's JSON, or a failure naming the setup step that went wrong. */
function expectStatus(answer: Answer, status: number, step: string) {
  if (answer.status !== status)
    throw new Error(`${step}: ${answer.status} ${JSON.stringify(answer.json)} (expected ${status})`);
  return answer.json;
}

async function publishedConsultation(officer: Client, bodyId: string, title: string) {
  const draft = expectStatus(
    await officer.post('/api/consultations', consultationInput(bodyId, title)),
    201,
    'consultation',
  );
  expectStatus(await officer.post(`/api/consultations/${draft.id}/publish`), 200, 'publish');
  return draft.id as string;
}

async function openStatement(rep: Client, organisationId: string, consultationId: string, title: string) {
  const created = expectStatus(
    await rep.post(`/api/consultations/${consultationId}/statements`, {
      organisationId,
      language: 'fi',
      title,
      body: 'Järjestöt esittävät.',
    }),
    201,
    'statement',
  );
  expectStatus(
    await rep.post(`/api/statements/${created.id}/open`, { cosignDeadline: inDays(10) }),
    200,
    'open statement',
  );
  return created.id as string;
}

async function apply() {
  const email = uniqueEmail('authz-applicant');
  const applied = await applicant().post('/api/applications', {
    organisationName: `Hakija ${randomUUID().slice(0, 8)} ry`,
    municipalities: ['Hankasalmi'],
    languages: ['fi'],
    topics: ['education'],
    description: 'Vertaistukea.',
    contact: { name: 'Hakija', email, language: 'fi' },
    representatives: [email],
    acceptedPrinciplesVersion: principles.version,
  });
  return expectStatus(applied, 201, 'application').id as string;
}

async function addRepresentative(rep: Client, organisationId: string) {
  const added = await rep.post(`/api/organisations/${organisationId}/representatives`, {
    email: uniqueEmail('authz-spare-rep'),
  });
  return expectStatus(added, 201, 'representative').personId as string;
}

async function subscribe(rep: Client, organisationId: string, bodyId: string) {
  const created = await rep.post(`/api/organisations/${organisationId}/subscriptions`, {
    bodies: [bodyId],
    language: 'fi',
    frequency: 'weekly',
  });
  return expectStatus(created, 201, 'subscription').id as string;
}

beforeAll(async () => {
  const coordinator = await signedInCoordinator();
  const createBody = async (name: string) =>
    expectStatus(await coordinator.post('/api/bodies', bodyInput(name)), 201, 'body').id as string;
  const [x, y, a, b, r, application, rejectedApplication] = await Promise.all([
    createBody('Authz X -lautakunta'),
    createBody('Authz Y -lautakunta'),
    memberOrganisation(coordinator, 'authz-a'),
    memberOrganisation(coordinator, 'authz-b'),
    memberOrganisation(coordinator, 'authz-r'),
    apply(),
    apply(),
  ]);
  const [repA, repB, repR] = [a.reps[0], b.reps[0], r.reps[0]] as [Client, Client, Client];

  const officerEmails = [uniqueEmail('authz-officer-x'), uniqueEmail('authz-officer-y')] as const;
  const addOfficer = async (bodyId: string, email: string) =>
    expectStatus(await coordinator.post(`/api/bodies/${bodyId}/officers`, { email }), 201, 'officer')
      .personId as string;
  const [, , spareOfficerX] = await Promise.all([
    addOfficer(x, officerEmails[0]),
    addOfficer(y, officerEmails[1]),
    addOfficer(x, uniqueEmail('authz-spare-officer')),
  ]);
  const [officerX, officerY] = await Promise.all(officerEmails.map((email) => signIn(email)));
  if (!officerX || !officerY) throw new Error('officers did not sign in');

  const [consultation, toCancel, toDecide] = await Promise.all([
    publishedConsultation(officerX, x, 'Koulukuljetukset'),
    publishedConsultation(officerX, x, 'Peruttava kuuleminen'),
    publishedConsultation(officerX, x, 'Päätettävä asia'),
  ]);

  // R leads statements, subscribes and names a second representative while a member, then resigns.
  const [statementA, toWithdrawA, toSubmitA, submission, statementR, toWithdrawR] = await Promise.all([
    openStatement(repA, a.id, consultation, 'A:n lausunto'),
    openStatement(repA, a.id, consultation, 'A:n peruttava lausunto'),
    openStatement(repA, a.id, consultation, 'A:n jätettävä lausunto'),
    openStatement(repA, a.id, consultation, 'A:n jätetty lausunto'),
    openStatement(repR, r.id, consultation, 'R:n lausunto'),
    openStatement(repR, r.id, consultation, 'R:n peruttava lausunto'),
  ]);
  const [spareRepA, spareRepR, subscriptionA, subscriptionR] = await Promise.all([
    addRepresentative(repA, a.id),
    addRepresentative(repR, r.id),
    subscribe(repA, a.id, x),
    subscribe(repR, r.id, x),
    repA
      .post(`/api/statements/${submission}/submit`, { mandate: { kind: 'standing' } })
      .then((answer) => expectStatus(answer, 200, 'submit')),
  ]);
  expectStatus(
    await repR.post(`/api/organisations/${r.id}/resignation`, { reason: 'Toiminta päättyi.' }),
    200,
    'resignation',
  );

  await minutesSetup(coordinator, a);
  await materialsSetup(repA, a.id);
  const series = expectStatus(
    await coordinator.post('/api/meeting-series', { name: 'Authz-tapaamiset', rotation: [a.id, b.id] }),
    201,
    'series',
  ).id as string;
  const meeting = expectStatus(
    await repA.post('/api/meetings', {
      seriesId: series,
      hostOrganisationId: a.id,
      title: 'Authz-tapaaminen',
      capacity: 20,
      startsAt: inDays(60),
      endsAt: new Date(Date.parse(inDays(60)) + 7_200_000).toISOString(),
      onlineUrl: 'https://meet.example.org/authz',
    }),
    201,
    'meeting',
  ).id as string;
  expectStatus(await repA.post(`/api/meetings/${meeting}/publish`), 200, 'publish meeting');
  const [activityA, unitA] = await Promise.all([
    repA
      .post('/api/activities', trayActivity(a.id))
      .then((answer) => expectStatus(answer, 201, 'activity').id as string),
    repA
      .post(`/api/organisations/${a.id}/units`, {
        name: 'Authz-yksikkö',
        level: 'local',
        areas: [{ kind: 'municipality', name: 'Hankasalmi' }],
      })
      .then((answer) => expectStatus(answer, 201, 'unit').id as string),
  ]);
  const peerLeader = (await consentedPeerLeader({ languages: ['so'], municipalities: ['Jyväskylä'] }))
    .personId;
  const peerRequest = expectStatus(
    await repA.post(`/api/peer-leaders/${peerLeader}/requests`, {
      organisationId: a.id,
      purpose: 'Authz-pyyntö',
      when: 'Keväällä',
    }),
    201,
    'peer request',
  ).id as string;

  sessions = { repA, repB, officerX, officerY, coordinator, repR };
  const spares = await Promise.all(signedIn.map((who) => signIn(sessions[who].email)));
  spareSessions = Object.fromEntries(signedIn.map((who, i) => [who, spares[i]])) as typeof sessions;
  world = {
    a: a.id,
    r: r.id,
    x,
    application,
    rejectedApplication,
    spareRepA,
    spareRepR,
    spareOfficerX,
    subscriptionA,
    subscriptionR,
    consultation,
    toCancel,
    toDecide,
    consultationContact: { name: 'Toinen valmistelija', email: 'toinen@example.org' },
    statementA,
    statementR,
    toWithdrawA,
    toWithdrawR,
    toSubmitA,
    submission,
    series,
    meeting,
    activityA,
    unitA,
    peerLeader,
    peerRequest,
  };
});

interface Outcome {
  status: number;
  code: string | undefined;
  message: string | undefined;
}

/** Sends the caller's request for the route. Not `Client.request`: feeds and documents are not JSON. */
async function send(name: RouteName, who: Who): Promise<Outcome> {
  const route = routes[name];
  const { params = {}, query, body, session } = (requests[name] as (who: Who) => Call)(who);
  const path = route.path.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`${name}: no value for {${key}}`);
    return encodeURIComponent(value);
  });
  const cookie = who === 'anonymous' ? undefined : (session ? spareSessions : sessions)[who].cookie;
  const response = await fetch(`${baseUrl}${path}${query ? `?${new URLSearchParams(query)}` : ''}`, {
    method: route.method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(cookie ? { cookie } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = response.headers.get('content-type')?.includes('json') && text ? JSON.parse(text) : undefined;
  return { status: response.status, code: json?.error?.code, message: json?.error?.message };
}

/**
 * Refused: 401 without a session, 403 without the role, or 409 `not_a_member` when the
 * organisation acted for is no longer a member (the API's answer to a former member's acts).
 * Allowed: anything else that shows the handler ran: not a 5xx, nor the gateway's 404 for an
 * unknown path (a handler's 404 names its error), nor the 404 of a function whose handler module
 * does not implement the route the catalog sends it.
 */
function verdict(who: Who, { status, code, message }: Outcome): 'allowed' | 'refused' | 'unexpected' {
  if (status >= 500 || (status === 404 && (code === undefined || message?.startsWith('No route '))))
    return 'unexpected';
  // A push hook's refusal of its signature is its handler's answer, not a missing session.
  if (status === 401 && code !== 'bad_signature') return who === 'anonymous' ? 'refused' : 'unexpected';
  if (status === 403 || (status === 409 && code === 'not_a_member'))
    return who === 'anonymous' ? 'unexpected' : 'refused';
  return 'allowed';
}

const routeNames = Object.keys(routes) as RouteName[];
// deleteMe ends every session of the caller, so it goes last.
const isLast = (name: RouteName) => name === 'deleteMe';
const order = [...routeNames.filter((name) => !isLast(name)), ...routeNames.filter(isLast)];

/**
 * A peer leader's profile is invisible to those it did not choose: three profiles (the coordinator
 * only; member organisations too; public) read by each caller. A and B are members; R's
 * representative stands for an organisation that is not one (resigned, refused as a tray partner's
 * would be), officers represent none. Runs before the matrix, whose `deleteMe` ends the sessions.
 */
describe("a peer leader's profile", () => {
  const profiles: Record<string, string> = {};
  beforeAll(async () => {
    const coordinator = sessions.coordinator;
    for (const [label, visibility, open] of [
      ['coordinatorOnly', 'coordinator', false],
      ['members', 'members', false],
      ['public', 'coordinator', true],
    ] as const) {
      const email = uniqueEmail(`authz-peer-${label}`);
      const invited = expectStatus(
        await coordinator.post('/api/peer-leaders/invitations', { email, language: 'fi' }),
        200,
        'invite',
      );
      const leader = await signIn(email);
      expectStatus(
        await leader.request('PUT', '/api/me/peer-leader/consent', {
          version: CONSENT_VERSION,
          visibility,
          public: open,
        }),
        200,
        'consent',
      );
      expectStatus(
        await leader.request('PUT', '/api/me/peer-leader/profile', {
          name: `Authz ${label}`,
          languages: ['ti'],
          municipalities: ['Hankasalmi'],
          availability: 'available',
        }),
        200,
        'profile',
      );
      profiles[label] = invited.personId;
    }
  });

  const sees: Record<string, readonly Who[]> = {
    coordinatorOnly: ['coordinator'],
    members: ['coordinator', 'repA', 'repB'],
    public: everyone,
  };
  it.each(Object.keys(sees))('%s: only those it chose get it, everyone else 404', async (label) => {
    const answers = await Promise.all(
      callers.map(async (who) => {
        const cookie = who === 'anonymous' ? undefined : sessions[who].cookie;
        const response = await fetch(`${baseUrl}/api/peer-leaders/${profiles[label]}`, {
          headers: cookie ? { cookie } : {},
        });
        return [who, response.status] as const;
      }),
    );
    const want = new Set(sees[label]);
    expect(Object.fromEntries(answers)).toEqual(
      Object.fromEntries(callers.map((who) => [who, want.has(who) ? 200 : 404])),
    );
  });
});

describe('the authorization matrix', () => {
  it('decides every route of the contract, and names no route the contract lacks', () => {
    expect(Object.keys(allowed).sort()).toEqual([...routeNames].sort());
    expect(Object.keys(requests).sort()).toEqual([...routeNames].sort());
  });

  it('has every route of the contract served by exactly one catalog function', () => {
    const servedBy = new Map<string, string[]>();
    for (const { spec, route } of httpRoutes()) {
      servedBy.set(routeKey(route), [...(servedBy.get(routeKey(route)) ?? []), spec.name]);
    }
    const unserved = routeNames.filter((name) => servedBy.get(routeKey(routes[name]))?.length !== 1);
    expect(unserved).toEqual([]);
    expect(servedBy.size).toBe(routeNames.length);
  });

  it.each(order)('%s: each caller is allowed or refused as the matrix says', async (name) => {
    const expected = allowed[name];
    expect(expected, `${name} has no entry in the matrix`).toBeDefined();
    const mayCall = new Set(expected);
    const refusedCallers = callers.filter((who) => !mayCall.has(who));
    const allowedCallers = callers.filter((who) => mayCall.has(who));
    // The refused go first, so an allowed change (a withdrawal, a deletion) cannot alter their answer.
    const outcomes = new Map<Who, Outcome>();
    await Promise.all(refusedCallers.map(async (who) => outcomes.set(who, await send(name, who))));
    // Reads run together; changes one at a time, so they never race one another.
    if (routes[name].method === 'GET')
      await Promise.all(allowedCallers.map(async (who) => outcomes.set(who, await send(name, who))));
    else for (const who of allowedCallers) outcomes.set(who, await send(name, who));

    const mismatches = callers.flatMap((who) => {
      const outcome = outcomes.get(who) as Outcome;
      const want = mayCall.has(who) ? 'allowed' : 'refused';
      return verdict(who, outcome) === want
        ? []
        : [`${who}: expected ${want}, got ${outcome.status}${outcome.code ? ` ${outcome.code}` : ''}`];
    });
    expect(mismatches).toEqual([]);
    expect(outcomes.size).toBe(callers.length);
  });
});
