import type { RouteDefinition } from '#shared/api/contract.ts';
import { activitiesRoutes } from '#shared/api/routes/activities.ts';
import { applicationsRoutes } from '#shared/api/routes/applications.ts';
import { authRoutes } from '#shared/api/routes/auth.ts';
import { bodiesRoutes } from '#shared/api/routes/bodies.ts';
import { consultationsRoutes } from '#shared/api/routes/consultations.ts';
import { deskRoutes } from '#shared/api/routes/desk.ts';
import { feedbackRoutes } from '#shared/api/routes/feedback.ts';
import { feedsRoutes } from '#shared/api/routes/feeds.ts';
import { hsdsRoutes } from '#shared/api/routes/hsds.ts';
import { mailRoutes } from '#shared/api/routes/mail.ts';
import { materialsRoutes } from '#shared/api/routes/materials.ts';
import { meetingsRoutes } from '#shared/api/routes/meetings.ts';
import { minutesRoutes } from '#shared/api/routes/minutes.ts';
import { organisationsRoutes } from '#shared/api/routes/organisations.ts';
import { peerLeadersRoutes } from '#shared/api/routes/peer-leaders.ts';
import { peerRequestsRoutes } from '#shared/api/routes/peer-requests.ts';
import { registrationsRoutes } from '#shared/api/routes/registrations.ts';
import { healthRoutes, openapiRoutes } from '#shared/api/routes/service.ts';
import { sourcesRoutes } from '#shared/api/routes/sources.ts';
import { statementsRoutes } from '#shared/api/routes/statements.ts';
import { submissionsRoutes } from '#shared/api/routes/submissions.ts';
import { subscriptionsRoutes } from '#shared/api/routes/subscriptions.ts';
import { translationRequestsRoutes } from '#shared/api/routes/translation-requests.ts';
import { translationsRoutes } from '#shared/api/routes/translations.ts';
import { translatorsRoutes } from '#shared/api/routes/translators.ts';
import { trayRoutes } from '#shared/api/routes/tray.ts';
import { ENV } from '#shared/config.ts';

/** A Lambda event-source filter pattern (the JSON syntax of Lambda event filtering). */
export type FilterPattern = { [field: string]: FilterPattern | unknown[] };

export type Trigger =
  | { kind: 'http'; routes: RouteDefinition[] }
  | {
      kind: 'stream';
      /** A record is delivered when it matches any of the patterns. */
      filters: FilterPattern[];
      batchSize: number;
      /** Attempts per record before it goes to the on-failure destination. */
      maxAttempts: number;
    }
  | { kind: 'schedule'; everyMinutes: number }
  /** SES sending events (bounces, complaints) of the configuration set, through SNS. */
  | { kind: 'mailEvents' };

export interface FunctionSpec {
  /** kebab-case; names the Lambda, its log group and its bundle. */
  name: string;
  /** Path from the repository root; the module exports `handler`. */
  entry: string;
  description: string;
  table: 'none' | 'read' | 'readWrite';
  sendsMail: boolean;
  /** Signs links with the session key (an HTTP function serving signed-in routes always does). */
  signsLinks?: boolean;
  /** DEFAULT_TIMEOUT_SECONDS when none. */
  timeoutSeconds?: number;
  /**
   * Catalog functions this one invokes synchronously: it may call them (lambda:InvokeFunction) and
   * is told each one's name in the given environment variable (deployed, `kaiutin-<stage>-<name>`;
   * locally, the catalog name the local Lambda endpoint knows).
   */
  invokes?: { function: string; variable: string }[];
  /**
   * Makes machine drafts with Amazon Translate: granted translate:TranslateText and told to use it
   * (unless the stage's `machineTranslation` context key is `off`). One function only.
   */
  translates?: true;
  trigger: Trigger;
}

export const DEFAULT_TIMEOUT_SECONDS = 10;

/**
 * An HTTP function serves one area of the contract whole, so the area file is the only list of its
 * routes; its handler module implements the same area (`httpFunction(area, { ...})`).
 */
const serves = (area: Record<string, RouteDefinition>): Trigger => ({
  kind: 'http',
  routes: Object.values(area),
});

const insertOf = (entity: string): FilterPattern => ({
  eventName: ['INSERT'],
  dynamodb: { NewImage: { entity: { S: [entity] } } },
});

/** Every function of Kaiutin, declared once. The CDK stack and the local runtime both build from this. */
export const catalog: FunctionSpec[] = [
  {
    name: 'health',
    entry: 'functions/http/health.ts',
    description: 'Answers that the API is up and the table reachable',
    table: 'read',
    sendsMail: false,
    trigger: serves(healthRoutes),
  },
  {
    name: 'openapi',
    entry: 'functions/http/openapi.ts',
    description: 'Serves the OpenAPI document generated from the route contract',
    table: 'none',
    sendsMail: false,
    trigger: serves(openapiRoutes),
  },
  {
    name: 'auth',
    entry: 'functions/http/auth.ts',
    description: 'Sign-in codes, sessions and the signed-in person',
    table: 'readWrite',
    sendsMail: true,
    trigger: serves(authRoutes),
  },
  {
    name: 'applications',
    entry: 'functions/http/applications.ts',
    description: 'Membership applications and the coordinator decisions on them',
    table: 'readWrite',
    sendsMail: false,
    trigger: serves(applicationsRoutes),
  },
  {
    name: 'organisations',
    entry: 'functions/http/organisations.ts',
    description: 'Member organisations: directory, representatives, resignation, removal, audit',
    table: 'readWrite',
    sendsMail: false,
    trigger: serves(organisationsRoutes),
  },
  {
    name: 'subscriptions',
    entry: 'functions/http/subscriptions.ts',
    description:
      "Alert subscriptions: organisations', double opt-in ones from outside the network, unsubscribing",
    table: 'readWrite',
    sendsMail: false,
    signsLinks: true,
    trigger: serves(subscriptionsRoutes),
  },
  {
    name: 'bodies',
    entry: 'functions/http/bodies.ts',
    description: 'Municipal and regional bodies and their officers',
    table: 'readWrite',
    sendsMail: false,
    trigger: serves(bodiesRoutes),
  },
  {
    name: 'consultations',
    entry: 'functions/http/consultations.ts',
    description: 'Consultations and upcoming decisions: drafts, publication, amendments, decisions',
    table: 'readWrite',
    sendsMail: false,
    trigger: serves(consultationsRoutes),
  },
  {
    name: 'statements',
    entry: 'functions/http/statements.ts',
    description: 'Joint statements: drafts, versions, co-signing, invitations, submission',
    table: 'readWrite',
    sendsMail: false,
    trigger: serves(statementsRoutes),
  },
  {
    name: 'submissions',
    entry: 'functions/http/submissions.ts',
    description: "Submitted statements: the public record, a body's inbox, acknowledgements and answers",
    table: 'readWrite',
    sendsMail: false,
    trigger: serves(submissionsRoutes),
  },
  {
    name: 'feeds',
    entry: 'functions/http/feeds.ts',
    description: 'Atom and iCalendar feeds of published consultations and meetings',
    table: 'read',
    sendsMail: false,
    trigger: serves(feedsRoutes),
  },
  {
    name: 'sources',
    entry: 'functions/http/sources.ts',
    description: 'Agenda sources, polling one on demand, and the triage queue of imported drafts',
    table: 'readWrite',
    sendsMail: false,
    // "Read now" is read by poll-sources, which has the feed readers (functions/lib/read-source.ts).
    invokes: [{ function: 'poll-sources', variable: ENV.pollSourcesFunction }],
    // Waits for that read: the source (10 s at most), then the import, within API Gateway's 30 s.
    timeoutSeconds: 29,
    trigger: serves(sourcesRoutes),
  },
  {
    name: 'mail',
    entry: 'functions/http/mail.ts',
    description: 'Mail that was not delivered, for the coordinator, and sending one given up on again',
    table: 'readWrite',
    sendsMail: false,
    trigger: serves(mailRoutes),
  },
  {
    name: 'fan-out-alerts',
    entry: 'functions/streams/fan-out-alerts.ts',
    description:
      'Writes the alert deliveries of a published or changed consultation; requests the translations a published text needs, with machine drafts; releases the alerts waiting for a translation and writes follow-ups',
    table: 'readWrite',
    sendsMail: false,
    // A new translation request's machine draft (functions/streams/draft-translation.ts).
    translates: true,
    timeoutSeconds: 300,
    trigger: {
      kind: 'stream',
      filters: [
        {
          eventName: ['MODIFY'],
          dynamodb: {
            NewImage: { entity: { S: ['consultation'] }, status: { S: ['published', 'cancelled'] } },
          },
        },
        // Published texts are requested in the languages the network needs (shared/translations/).
        // A meeting's INSERT is a draft; minutes are published once (INSERT or MODIFY).
        {
          eventName: ['INSERT', 'MODIFY'],
          dynamodb: {
            NewImage: { entity: { S: ['meeting', 'minutes'] }, status: { S: ['published', 'closed'] } },
          },
        },
        {
          eventName: ['INSERT', 'MODIFY'],
          dynamodb: { NewImage: { entity: { S: ['activity'] }, status: { S: ['active', 'paused'] } } },
        },
        // A statement's new text (each edit is a version), followed where it has translations; a
        // new request's machine draft. One pattern: an event source takes five.
        {
          eventName: ['INSERT'],
          dynamodb: { NewImage: { entity: { S: ['statement-version', 'translation-request'] } } },
        },
        // A person's translation of a consultation published: alerts follow it (shared/alerts/).
        {
          eventName: ['INSERT', 'MODIFY'],
          dynamodb: {
            NewImage: {
              entity: { S: ['translation'] },
              kind: { S: ['consultation'] },
              mark: { S: ['reviewed'] },
            },
          },
        },
      ],
      batchSize: 1,
      maxAttempts: 5,
    },
  },
  {
    name: 'send-mail',
    entry: 'functions/streams/send-mail.ts',
    description:
      'Sends each alert delivery, notice and submission delivery once, and each message the retry schedule re-queues',
    table: 'readWrite',
    sendsMail: true,
    // Alerts carry signed unsubscribe links.
    signsLinks: true,
    // A batch of notices to many, within the send rate; the lease of a claimed send lasts this long and a margin.
    timeoutSeconds: 120,
    trigger: {
      kind: 'stream',
      filters: [
        ...['delivery', 'notice', 'submission-delivery'].map(insertOf),
        {
          eventName: ['MODIFY'],
          dynamodb: {
            NewImage: {
              entity: { S: ['delivery', 'submission-delivery', 'outbox'] },
              status: { S: ['queued'] },
            },
          },
        },
        // A meeting's places changed: move-waiting-list moves the list up when a place is free.
        { eventName: ['MODIFY'], dynamodb: { NewImage: { entity: { S: ['places'] } } } },
      ],
      batchSize: 10,
      maxAttempts: 8,
    },
  },
  {
    name: 'mail-events',
    entry: 'functions/events/mail-events.ts',
    description: 'Suppresses addresses that bounce or complain and records bounced alerts',
    table: 'readWrite',
    sendsMail: false,
    trigger: { kind: 'mailEvents' },
  },
  {
    name: 'retry-failed-mail',
    entry: 'functions/schedules/retry-failed-mail.ts',
    description:
      'Re-queues failed sends that are due and sends whose lease ran out, gives up on those out of attempts, and reports them',
    table: 'readWrite',
    // It only re-queues: send-mail sends.
    sendsMail: false,
    timeoutSeconds: 60,
    trigger: { kind: 'schedule', everyMinutes: 5 },
  },
  {
    name: 'finish-erasures',
    entry: 'functions/schedules/finish-erasures.ts',
    description: 'Finishes account erasures that stopped half-way',
    table: 'readWrite',
    sendsMail: false,
    timeoutSeconds: 300,
    trigger: { kind: 'schedule', everyMinutes: 60 },
  },
  {
    name: 'send-digests',
    entry: 'functions/schedules/send-digests.ts',
    description: 'Sends weekly digest subscribers what was published or updated since their last digest',
    table: 'readWrite',
    sendsMail: true,
    timeoutSeconds: 900,
    trigger: { kind: 'schedule', everyMinutes: 7 * 24 * 60 },
  },
  {
    name: 'release-waiting-alerts',
    entry: 'functions/schedules/release-waiting-alerts.ts',
    description: 'Sends the original to subscribers whose wait for a translation into their language ran out',
    table: 'readWrite',
    // It writes deliveries: send-mail sends them.
    sendsMail: false,
    timeoutSeconds: 120,
    trigger: { kind: 'schedule', everyMinutes: 10 },
  },
  {
    name: 'send-reminders',
    entry: 'functions/schedules/send-reminders.ts',
    description:
      "Reminds leads of closing co-signing deadlines, officers of unacknowledged submissions, and a meeting's participants; finishes a closing's minutes mail",
    table: 'readWrite',
    sendsMail: false,
    // A meeting's reminder carries each participant's signed cancel link, a closing's mail their date poll link.
    signsLinks: true,
    timeoutSeconds: 60,
    trigger: { kind: 'schedule', everyMinutes: 60 },
  },
  {
    name: 'poll-sources',
    entry: 'functions/schedules/poll-sources.ts',
    description: 'Polls the agenda sources that are due and imports their new items as drafts',
    table: 'readWrite',
    sendsMail: false,
    timeoutSeconds: 300,
    trigger: { kind: 'schedule', everyMinutes: 5 },
  },
  {
    name: 'close-consultations',
    entry: 'functions/schedules/close-consultations.ts',
    description: 'Closes consultations whose statement deadline has passed',
    table: 'readWrite',
    sendsMail: false,
    timeoutSeconds: 60,
    trigger: { kind: 'schedule', everyMinutes: 15 },
  },
  {
    name: 'minutes',
    entry: 'functions/http/minutes.ts',
    description:
      "Meetings' news rounds, minutes and their decisions, closing with the next meeting agreed, and date polls",
    table: 'readWrite',
    sendsMail: false,
    // The closing mails each participant their own date poll link, and an answer carries its token.
    signsLinks: true,
    trigger: serves(minutesRoutes),
  },
  {
    name: 'feedback',
    entry: 'functions/http/feedback.ts',
    description:
      "Meetings' feedback surveys and the network's yearly survey: answers by signed link, results",
    table: 'readWrite',
    sendsMail: false,
    // The yearly survey's personal links.
    signsLinks: true,
    // Sending the yearly survey writes a notice for every representative of the network.
    timeoutSeconds: 29,
    trigger: serves(feedbackRoutes),
  },
  {
    name: 'send-meeting-feedback',
    entry: 'functions/schedules/send-meeting-feedback.ts',
    description:
      'Emails the participants of meetings that ended an hour ago or more their feedback link, once',
    table: 'readWrite',
    sendsMail: false,
    signsLinks: true,
    timeoutSeconds: 60,
    trigger: { kind: 'schedule', everyMinutes: 60 },
  },
  {
    name: 'desk',
    entry: 'functions/http/desk.ts',
    description: 'What needs the signed-in person now: their desk, for each of their roles',
    table: 'read',
    sendsMail: false,
    trigger: serves(deskRoutes),
  },
  {
    name: 'meetings',
    entry: 'functions/http/meetings.ts',
    description:
      'Meeting series and their meetings: drafts, agendas, checklists, publication with invitations',
    table: 'readWrite',
    sendsMail: false,
    trigger: serves(meetingsRoutes),
  },
  {
    name: 'peer-leaders',
    entry: 'functions/http/peer-leaders.ts',
    description: 'The peer-leader bank: invitations, proposals, consent, profiles, trainings and withdrawal',
    table: 'readWrite',
    sendsMail: false,
    trigger: serves(peerLeadersRoutes),
  },
  {
    name: 'registrations',
    entry: 'functions/http/registrations.ts',
    description:
      "Registering for meetings: confirming an address, cancelling, and the host's list of who comes",
    table: 'readWrite',
    sendsMail: false,
    // The registration emails carry signed confirm and cancel links.
    signsLinks: true,
    trigger: serves(registrationsRoutes),
  },
  {
    name: 'tray',
    entry: 'functions/http/tray.ts',
    description: "The public integration tray's search and its coverage picture with the gaps",
    table: 'read',
    sendsMail: false,
    trigger: serves(trayRoutes),
  },
  {
    name: 'hsds',
    entry: 'functions/http/hsds.ts',
    description: 'The integration tray in Open Referral HSDS 3.0: organizations and services, paged',
    table: 'read',
    sendsMail: false,
    trigger: serves(hsdsRoutes),
  },
  {
    name: 'materials',
    entry: 'functions/http/materials.ts',
    description:
      "The material bank: links the tray's organisations share, searched by language, topic and words",
    table: 'readWrite',
    sendsMail: false,
    trigger: serves(materialsRoutes),
  },
  {
    name: 'activities',
    entry: 'functions/http/activities.ts',
    description:
      "The integration tray's write side: activities, units and the tray partners the coordinator invites",
    table: 'readWrite',
    sendsMail: false,
    trigger: serves(activitiesRoutes),
  },
  {
    name: 'peer-requests',
    entry: 'functions/http/peer-requests.ts',
    description:
      "Finding a peer leader and asking them: search, requests answered yes or no by email, and the coordinator's figures",
    table: 'readWrite',
    sendsMail: false,
    // The request email carries signed links to answer it.
    signsLinks: true,
    trigger: serves(peerRequestsRoutes),
  },
  {
    name: 'translations',
    entry: 'functions/http/translations.ts',
    description:
      "What readers see in their language: a published text's translations, reviewed or machine, and whether outdated",
    table: 'read',
    sendsMail: false,
    trigger: serves(translationsRoutes),
  },
  {
    name: 'translators',
    entry: 'functions/http/translators.ts',
    description:
      "The translator role: the coordinator's grants (with an invitation), a peer leader's own, languages, revoking, the counts per language",
    table: 'readWrite',
    sendsMail: false,
    trigger: serves(translatorsRoutes),
  },
  {
    name: 'translation-requests',
    entry: 'functions/http/translation-requests.ts',
    description:
      'The translation workflow: requests on translators desks, claiming, drafts beside the original, submitting and review',
    table: 'readWrite',
    sendsMail: false,
    trigger: serves(translationRequestsRoutes),
  },
];

export const httpRoutes = (specs: FunctionSpec[] = catalog) =>
  specs.flatMap((spec) =>
    spec.trigger.kind === 'http' ? spec.trigger.routes.map((route) => ({ spec, route })) : [],
  );

/** A function that serves any route beyond the public ones reads sessions, and one that signs links: both need the key. */
export const usesSessions = (spec: FunctionSpec) =>
  spec.signsLinks === true ||
  (spec.trigger.kind === 'http' && spec.trigger.routes.some((route) => route.access !== 'public'));
