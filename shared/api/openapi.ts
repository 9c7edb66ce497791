import * as z from 'zod/mini';
import { SESSION_COOKIE, sessionCookieName } from '#shared/auth/session-token.ts';
import { fieldProblemCodes } from '#shared/errors.ts';
import type { Access, ErrorBody, RouteDefinition } from './contract.ts';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, unknown>; required?: string[] };

const schemaOf = (schema: z.ZodMiniType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;

function parameters(schema: z.ZodMiniType | undefined, location: 'path' | 'query') {
  if (!schema) return [];
  const json = schemaOf(schema, 'input');
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || required.has(name),
    schema: property,
  }));
}

/**
 * Every error code the API answers with, by HTTP status, and what it means. The statuses are the
 * HTTP edge's (functions/lib maps each domain error to one); a unit test reads the code raised
 * anywhere in shared/ and functions/ and fails on one missing here, and the integration tests fail
 * on an answer whose code its status does not list.
 */
export const errorCodes = {
  400: {
    validation_failed: 'Some fields need attention: `fields` names each, with a code and its numbers.',
    malformed_json: 'The request body is not valid JSON.',
    bad_request: 'The request cannot be read as sent.',
    invalid_cursor: 'The page cursor is not one this API gave out.',
    invalid_link:
      'The signed link (to confirm or to unsubscribe) is not valid: use the one in the latest email.',
    unknown_body: 'The request names a body that does not exist.',
    original_missing: 'A change would leave the title or summary without its original language.',
    wrong_code: 'The sign-in code is not right.',
    code_expired: 'The sign-in code has expired: ask for a new one.',
    code_used: 'The sign-in code was already used: ask for a new one.',
    code_locked: 'Too many wrong tries with the sign-in code: ask for a new one.',
    unknown_series: 'The request names a meeting series that does not exist.',
    unknown_unit: 'The organisation has no unit with that id.',
  },
  401: {
    unauthorized: 'No valid session: sign in (the session cookie is missing, expired or ended).',
    bad_signature:
      "The push hook's signature is missing or wrong, or the source has no such hook: nothing was read.",
  },
  403: {
    forbidden: 'The signed-in person may not do this, or a state-changing request came from another site.',
  },
  404: {
    not_found: 'There is no such thing, or it is not visible to the caller.',
    subscription_expired: 'The subscription was not confirmed in time and is gone: subscribe again.',
    registration_expired: 'The registration was not confirmed in time, or no longer exists: register again.',
  },
  409: {
    conflict: 'The current state does not allow this.',
    changed_meanwhile: 'Someone else changed it meanwhile: read it again and retry.',
    already_decided: 'The application or removal has already been decided.',
    already_acknowledged: 'The submission has already been acknowledged.',
    already_officer: 'The person is already an officer of this body.',
    already_representative: 'The person already represents this organisation.',
    not_officer: 'The person is not an officer of this body.',
    not_representative: 'The person is not a representative of this organisation.',
    last_representative: 'An organisation keeps at least one representative.',
    not_a_member: 'The organisation is no longer a member.',
    hearing_open: 'A removal hearing is open, or the removal is still to be decided.',
    no_hearing: 'There is no open removal hearing.',
    not_draft: 'Only a draft can be published or opened.',
    not_editable: 'It can no longer be changed in its present status.',
    not_published: 'The consultation is not published.',
    not_decidable: 'The consultation cannot be marked decided in its present status.',
    not_open: 'The statement is not open for co-signing.',
    no_body: 'The body the statement is addressed to no longer exists.',
    deadline_missing: 'Set the statement deadline first.',
    deadline_passed: 'The deadline has passed.',
    consultation_closed: 'The consultation takes no more statements: its deadline passed, or it closed.',
    after_statement_deadline: 'The co-signing deadline would fall after the statement deadline.',
    too_many_subscriptions: 'The organisation has as many subscriptions as it may have.',
    replayed:
      "The push hook's timestamp is more than 5 minutes from now, or the same signature was sent before.",
    not_started: 'The meeting has not started yet: its minutes can be written once it has.',
    already_closed: "The meeting's minutes are published and the meeting closed already.",
    no_minutes: 'Write and save the minutes before closing them.',
    no_series: 'The series of the meeting no longer exists.',
    poll_closed: 'The date poll has been decided: it takes no more answers.',
    already_answered: 'The survey has been answered with this link already: each person answers once.',
    survey_exists: 'The network has a survey for that year already.',
    not_ended: 'The meeting has not ended yet: its feedback opens after it.',
    capacity_below_registered:
      'The capacity would be below the places already taken: `params.registered` says how many.',
    registration_closed: 'The meeting takes no registrations: it is not published, or it has started.',
    registration_cancelled: 'The registration was cancelled: register again.',
    too_many_turns: 'The news round has as many added turns as it may have; `params.limit` is the limit.',
    host_not_member: 'The next host in the rotation is no longer a member organisation.',
    unit_in_use: 'The unit has activities (ended ones too): move them first.',
    too_many_units: 'The organisation has as many units as it may have.',
    too_many_activities: 'The organisation has as many activities not ended as it may have: end one first.',
    request_open: 'The organisation has a request to this peer leader waiting for an answer.',
    request_answered: 'The peer-leader request has been answered already.',
    request_expired: 'The peer-leader request expired unanswered: the organisation may send a new one.',
    consent_required: 'Give consent to the current text of the peer-leader bank first.',
    too_many_trainings: 'The person has as many recorded trainings as they may have.',
    request_status:
      'The translation request is not in the status this needs (claimed by someone else, submitted, or back on the desk).',
    original_changed:
      'The original was amended after the translation was last saved: save it against the current text (or return it to its translator) first.',
    draft_statement: 'The statement is still a draft: open it before asking for its translations.',
  },
  413: { payload_too_large: 'The request body is larger than the API accepts.' },
  415: { unsupported_media_type: 'The body is not sent as JSON (`Content-Type: application/json`).' },
  422: {
    entities_refused: 'The document declares XML entities, which are refused.',
    not_xml: 'The document is not well-formed XML.',
    not_a_feed: 'The document is XML but neither an RSS nor an Atom feed.',
    not_json: 'The document is not valid JSON.',
    no_items: 'The document has no list of items where the kind or mapping says.',
    unexpected_document:
      'The document is not what that decision system publishes; the message names what is missing.',
    address_refused: 'The address is private, loopback or link-local, which sources may not be.',
    unreachable: 'The address could not be reached, or did not answer in time.',
    too_many_redirects: 'The address redirects too many times.',
    http_status: 'The address answered with an HTTP error; `params.status` is its status.',
    too_large: 'The document is larger than a source may be.',
    not_http: 'The address is not an http or https one.',
    unknown_charset: 'The document declares a charset that cannot be read; `params.charset` names it.',
    too_many_documents: 'Reading it would take more documents than allowed; `params.limit` is the limit.',
  },
  429: {
    too_many_requests: 'A limit on calls was reached: try again after `Retry-After` seconds.',
    sign_in_paused: 'Too many wrong codes for this address: sign-in is paused for `Retry-After` seconds.',
    peer_request_limit:
      'The organisation has sent as many peer-leader requests in the last seven days as it may: try again after `Retry-After` seconds.',
  },
  500: { internal_error: 'Something failed on our side; `requestId` identifies the request.' },
  503: {
    service_unavailable:
      'The table or another service is briefly unavailable: try again after `Retry-After` seconds.',
  },
} as const satisfies Record<number, Record<string, string>>;

export type ErrorStatus = keyof typeof errorCodes;

const errorResponses: Record<ErrorStatus, { name: string; description: string; retryAfter?: true }> = {
  400: { name: 'BadRequest', description: 'The request is not valid.' },
  401: { name: 'Unauthorized', description: 'The route needs a session.' },
  403: { name: 'Forbidden', description: 'The caller may not do this.' },
  404: { name: 'NotFound', description: 'What the path names does not exist.' },
  409: { name: 'Conflict', description: 'The current state does not allow this.' },
  413: { name: 'PayloadTooLarge', description: 'The body is too large.' },
  415: { name: 'UnsupportedMediaType', description: 'The body is not JSON.' },
  422: { name: 'UnreadableDocument', description: 'The document at the address cannot be read.' },
  429: { name: 'TooManyRequests', description: 'A limit was reached.', retryAfter: true },
  500: { name: 'InternalError', description: 'An unexpected failure.' },
  503: { name: 'ServiceUnavailable', description: 'Briefly unavailable.', retryAfter: true },
};

const codesOf = (status: ErrorStatus) => Object.keys(errorCodes[status]) as [string, ...string[]];

const errorBodyWith = (code: z.ZodMiniType<string>) =>
  z.object({
    error: z.object({
      code,
      message: z.string().check(z.describe('For the person using the API, in English; safe to show.')),
      fields: z.optional(
        z.array(
          z.object({
            field: z.string(),
            message: z.string(),
            code: z.optional(z.enum(fieldProblemCodes)),
            params: z.optional(z.record(z.string(), z.number())),
          }),
        ),
      ),
      params: z.optional(
        z
          .record(z.string(), z.union([z.string(), z.number()]))
          .check(z.describe("The figures in the message, to say it in the reader's language.")),
      ),
      requestId: z.optional(z.string()),
    }),
  }) satisfies z.ZodMiniType<ErrorBody>;

/** The body of an error answer with the status: its code is one `errorCodes` lists for it. */
export const errorBody = (status: ErrorStatus) => errorBodyWith(z.enum(codesOf(status)));

/**
 * The errors an operation documents, by one rule read from its route alone:
 * - 400 for every route: a body sent as JSON is parsed before routing, even to a route that takes
 *   none (`malformed_json`), and path parameters, query and body are validated before the handler;
 * - 401 when its access needs a session (anything but `public` and `anyone`), or its body is `signed`;
 * - 403 when its access needs a session (handlers check roles the route cannot name), and for every
 *   write (a state-changing request from another site's origin is refused);
 * - 404 when it has path parameters: what they name may not exist, or not be visible to the caller;
 * - 409 for every write (POST, PUT, PATCH, DELETE): the state may not allow it;
 * - 413 for every route, as the size of any body is checked first; 415 when it takes a body (not JSON);
 * - 422 when it `fetches` a document: one it cannot read;
 * - 429 when the route is `rateLimited`;
 * - 500 and 503 for every route (an unexpected failure; the table or another service unavailable).
 * API Gateway's own answers (an unknown path; a request sent around CloudFront, which the API
 * refuses with 403) are no operation's. The integration tests fail on an answer whose status its
 * operation does not list, so the rule cannot quietly stop holding.
 */
export function errorStatuses(route: RouteDefinition): ErrorStatus[] {
  const write = route.method !== 'GET';
  const session = needsSession(route.access);
  const applies: [ErrorStatus, boolean][] = [
    [400, true],
    [401, session || route.signed === true],
    [403, session || write],
    [404, Boolean(route.params)],
    [409, write],
    [413, true],
    [415, Boolean(route.body)],
    [422, route.fetches === true],
    [429, route.rateLimited === true],
    [500, true],
    [503, true],
  ];
  return applies.filter(([, holds]) => holds).map(([status]) => status);
}

const needsSession = (access: Access) => access !== 'public' && access !== 'anyone';

/** The document's `info.version`: the contract's, raised when it changes in a way clients notice. */
export const API_VERSION = '0.1.0';

const SECURITY_SCHEME = 'sessionCookie';

/** `[]`: no session read; `{}` besides the cookie: optional, a signed-in caller is recognised. */
const security = (access: Access) =>
  access === 'public'
    ? []
    : access === 'anyone'
      ? [{ [SECURITY_SCHEME]: [] }, {}]
      : [{ [SECURITY_SCHEME]: [] }];

function accessDescription(access: Access): string {
  if (access === 'public') return 'anyone; no session is read.';
  if (access === 'anyone') return 'anyone; a signed-in caller is recognised and may be shown more.';
  if (access === 'signedIn') return 'any signed-in person.';
  if (access === 'coordinator') return 'the network coordinator.';
  const coordinator = access.orCoordinator ? ', or the network coordinator' : '';
  return 'representativeOf' in access
    ? `a representative of the organisation \`{${access.representativeOf}}\`${coordinator}.`
    : `an officer of the body \`{${access.officerOf}}\`${coordinator}.`;
}

const tagDescriptions: Record<string, string> = {
  service: 'Whether the API answers, and this document.',
  'sign-in': 'Sign-in codes by email, and the session cookie.',
  people: 'The signed-in person: their details, an export of their data, deleting the account.',
  membership: 'Applications for membership of the network, and their decision.',
  organisations: 'Member organisations, their representatives, resignation and removal hearings.',
  subscriptions: "Alerts of a body's consultations, for organisations and for anyone by email.",
  bodies: 'Municipal and regional bodies, and their officers.',
  consultations: 'Consultations bodies hold: drafts, publishing, deadlines, decisions.',
  statements: 'Joint statements organisations write and co-sign on a consultation.',
  submissions: 'Statements delivered to a body, its acknowledgement and response.',
  feeds: 'Atom and iCalendar feeds of consultations, deadlines and meetings.',
  sources: 'Agenda sources polled for new items, and the drafts imported from them.',
  mail: 'Messages the outbox gave up on, and sending them again.',
  feedback: "Meetings' anonymous feedback surveys and the network's yearly survey, with their results.",
  meetings:
    'Network meetings: series with their host rotations, drafts, agendas, publication, registration, news rounds, minutes, date polls and decisions.',
  tray: "The integration tray: organisations' activities (support, participation, recruitment), their units, the tray partners outside the network, the public tray's search and the coverage picture with its gaps.",
  hsds: "The integration tray in Open Referral's Human Services Data Specification 3.0 (organizations, services), paged as HSDS lists.",
  materials:
    "The material bank: links the tray's organisations share, searchable by language, topic and words.",
  'peer-leaders':
    'The peer-leader bank: invitations and proposals, consent first, profiles visible only to whom their person chose, trainings, withdrawal; finding a leader by language, requests they answer yes or no, and the figures.',
  translations:
    "What readers see in their language: a published text's translations by the network, each marked reviewed by a person or a machine draft, and outdated once the original is amended.",
  translators:
    'Translators and their languages: granted by the coordinator with an invitation, or taken by a peer leader of the bank; changed, given up or revoked; how many work in each language.',
  'translation-requests':
    "The translation workflow: requests per missing language on translators' desks, claiming, writing beside the original, submitting, and a second translator's or the coordinator's review that publishes or returns it.",
};

const ref = (kind: 'schemas' | 'responses', name: string) => ({ $ref: `#/components/${kind}/${name}` });

function errorComponents(statuses: Set<ErrorStatus>) {
  const responses: Record<string, unknown> = {};
  for (const status of [...statuses].sort((a, b) => a - b)) {
    const { name, description, retryAfter } = errorResponses[status];
    const codes = Object.entries(errorCodes[status] as Record<string, string>)
      .map(([code, meaning]) => `- \`${code}\`: ${meaning}`)
      .join('\n');
    responses[name] = {
      description: `${description} Codes:\n${codes}`,
      ...(retryAfter
        ? {
            headers: {
              'Retry-After': {
                description: 'Seconds to wait before trying again.',
                schema: { type: 'integer', minimum: 0 },
              },
            },
          }
        : {}),
      content: {
        'application/json': {
          schema: {
            allOf: [
              ref('schemas', 'Error'),
              {
                type: 'object',
                properties: { error: { type: 'object', properties: { code: { enum: codesOf(status) } } } },
              },
            ],
          },
        },
      },
    };
  }
  return responses;
}

/**
 * An OpenAPI 3.1 document of the given routes (their names are the operation ids), derived from
 * their zod schemas. The session cookie is named as this server reads it: `__Host-` prefixed when
 * `serverUrl` is https.
 */
export function openApiDocument(
  routes: Record<string, RouteDefinition>,
  info: { serverUrl: string; version?: string },
) {
  const paths: Record<string, Record<string, unknown>> = {};
  const usedStatuses = new Set<ErrorStatus>();
  const usedTags = new Set<string>();
  for (const [name, route] of Object.entries(routes)) {
    const status = String(route.successStatus ?? 200);
    const success = route.response
      ? {
          description: 'Success',
          content: { 'application/json': { schema: schemaOf(route.response, 'output') } },
        }
      : {
          description: 'Success',
          content: { [route.responseContentType ?? 'application/json']: { schema: { type: 'string' } } },
        };
    const errors = errorStatuses(route);
    for (const error of errors) usedStatuses.add(error);
    for (const tag of route.tags) usedTags.add(tag);
    const operation = {
      operationId: name,
      summary: route.summary,
      description: `Who may call: ${accessDescription(route.access)}`,
      tags: route.tags,
      'x-access': route.access,
      security: security(route.access),
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: schemaOf(route.body, 'input') } },
            },
          }
        : {}),
      responses: {
        [status]: status === '204' ? { description: 'Success' } : success,
        ...Object.fromEntries(
          errors.map((error) => [String(error), ref('responses', errorResponses[error].name)]),
        ),
      },
    };
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation };
  }
  const cookie = sessionCookieName(info.serverUrl);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kaiutin API',
      version: info.version ?? API_VERSION,
      description:
        'The API of Kaiutin, an advocacy and consultation hub for a network of multicultural associations. ' +
        'Sign in with `POST /api/auth/code` and `POST /api/auth/session`, which sets the session cookie. ' +
        'Every error answer has the body `Error`, whose `code` a client can act on.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: info.serverUrl }],
    tags: [...usedTags].sort().map((tag) => ({ name: tag, description: tagDescriptions[tag] })),
    paths,
    components: {
      securitySchemes: {
        [SECURITY_SCHEME]: {
          type: 'apiKey',
          in: 'cookie',
          name: cookie,
          description:
            `The session that \`POST /api/auth/session\` sets (HttpOnly, SameSite=Lax). This server names it \`${cookie}\`: ` +
            `on https the name is \`__Host-${SESSION_COOKIE}\` (Secure, host-only), on a plain-http local runtime \`${SESSION_COOKIE}\`. ` +
            'A state-changing request must come from this site (its Origin, when sent, is checked).',
        },
      },
      schemas: {
        Error: schemaOf(
          errorBodyWith(
            z
              .string()
              .check(
                z.describe(
                  "What went wrong, for a client to act on; each error response lists its status's codes.",
                ),
              ),
          ),
          'output',
        ),
      },
      responses: errorComponents(usedStatuses),
    },
  };
}
