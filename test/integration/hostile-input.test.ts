import fc from 'fast-check';
import { beforeAll, describe, type ExpectStatic, expect, inject, it } from 'vitest';
import * as z from 'zod/mini';
import type { RouteDefinition } from '#shared/api/contract.ts';
import { routes } from '#shared/api/routes.ts';
import { principles } from '#shared/membership/principles.ts';
import {
  anonymous,
  applicant,
  type Client,
  memberOrganisation,
  signedInCoordinator,
  signIn,
  uniqueEmail,
} from '../support/people.ts';
import { waitForMatching } from '../support/ses.ts';

/**
 * Hostile and broken input against every route of the contract, through the real local gateway:
 * whatever arrives, the answer is never a 5xx, every refusal speaks the one error model, and
 * nothing leaks a stack trace. Input is generated from each route's own zod schemas (so new
 * routes and fields are covered without editing this file) and from outside them.
 */

const { baseUrl } = inject('runtime');
type RouteName = keyof typeof routes;
const everyRoute = Object.entries(routes) as [RouteName, RouteDefinition][];

/** Runs per route and property; each run calls as a signed-in caller and as anonymous. */
const SHAPED_RUNS = 20;
const BROKEN_RUNS = 12;
/** The handlers' limit (functions/lib/http.ts); the gateway's own is 10 MiB. */
const MAX_BODY_BYTES = 64 * 1024;

/** These end the caller's session, so a throwaway person calls them instead of the coordinator. */
const endsTheSession = new Set<RouteName>(['endSession', 'deleteMe']);

// --- sending -------------------------------------------------------------------------------------

interface Probe {
  /** What kind of breakage, for the failure message. */
  what?: string;
  method: string;
  path: string;
  query?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

interface Reply {
  status: number;
  contentType: string;
  text: string;
}

let requestCount = 0;

async function send(probe: Probe, cookie: string | undefined): Promise<Reply> {
  requestCount += 1;
  const response = await fetch(`${baseUrl}${probe.path}${probe.query ? `?${probe.query}` : ''}`, {
    method: probe.method,
    headers: {
      // The per-client rate limits of public routes would otherwise count these against 127.0.0.1,
      // whose budget the other integration tests spend.
      'cloudfront-viewer-address': '198.51.100.7:4711',
      ...(cookie ? { cookie } : {}),
      ...probe.headers,
    },
    // fetch refuses a body on GET; the other methods carry whatever was generated.
    body: probe.method === 'GET' ? undefined : probe.body,
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

const describeProbe = (probe: Probe) => {
  const body =
    probe.body === undefined
      ? ''
      : typeof probe.body === 'string'
        ? ` body(${probe.body.length} chars): ${JSON.stringify(probe.body.slice(0, 300))}`
        : ` body(${probe.body.length} bytes)`;
  return `${probe.what ? `[${probe.what}] ` : ''}${probe.method} ${probe.path.slice(0, 300)}${probe.query ? `?${probe.query.slice(0, 300)}` : ''} ${JSON.stringify(probe.headers ?? {})}${body}`;
};

/** What a stack trace looks like in text: V8 frames, Node internals, source paths. */
const stackTrace =
  /\n\s+at |\bat (?:async )?[\w$.<>]+ \([^)]*:\d+:\d+\)|node:internal|node_modules\/|\.ts:\d+:\d+/;

/** The properties every answer must have, whoever asked and whatever was sent. */
function expectSafeAnswer(expect: ExpectStatic, reply: Reply, probe: Probe, who: string) {
  const context = `${who}: ${describeProbe(probe)}\n→ ${reply.status} ${reply.text.slice(0, 500)}`;
  expect(reply.status, context).toBeLessThan(500);
  expect(stackTrace.test(reply.text), context).toBe(false);
  if (reply.status < 400) return;
  expect(reply.contentType, context).toMatch(/^application\/json/);
  const body = JSON.parse(reply.text) as { error?: Record<string, unknown> };
  expect(body, context).toEqual({ error: expect.any(Object) });
  const { code, message, fields, ...rest } = body.error as Record<string, unknown>;
  expect(rest, context).toEqual({});
  expect(code, context).toMatch(/^[a-z_]+$/);
  expect(typeof message === 'string' && message.trim().length > 0, context).toBe(true);
  if (code === 'validation_failed') {
    expect(Array.isArray(fields) && fields.length > 0, context).toBe(true);
    for (const field of fields as Record<string, unknown>[]) {
      expect(field.field, context).toEqual(expect.any(String));
      expect((field.field as string).length, context).toBeGreaterThan(0);
      expect(typeof field.message === 'string' && field.message.trim().length > 0, context).toBe(true);
    }
  } else {
    expect(fields, context).toBeUndefined();
  }
}

// --- the world the requests reach into ------------------------------------------------------------

let coordinator: Client;
let sessionEnders: Partial<Record<RouteName, Client>>;
/** Real ids of every kind, mixed into generated strings so some requests reach deep into handlers. */
let worldIds: string[] = [];
let world: { rep: Client; statementId: string; applicationId: string; applicantEmail: string };

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

function expectCreated<T = any>(answer: { status: number; json: T }, status: number, step: string): T {
  if (answer.status !== status)
    throw new Error(`${step}: ${answer.status} ${JSON.stringify(answer.json)} (expected ${status})`);
  return answer.json;
}

// Accepted by the text rules (a lone `<` is no tag): it comes back verbatim, and never reaches the applicant's inbox.
const applicantName = `'Ääni' & "Kaiku" <3 ry \u202E👩🏽‍🚀`;
// text() refuses tags, but not a lone `<`: what a statement title can carry into an email.
const markupTitle = `Tulkkaus <3 & "saavutettavuus" > 'kaikille' \u200F2 < 5\u200B`;
const markupTitleEscaped = `Tulkkaus &lt;3 &amp; &quot;saavutettavuus&quot; &gt; &#39;kaikille&#39; \u200F2 &lt; 5\u200B`;
const leadName = `Monikulttuuriset <3 & "Naiset" > ry`;
const leadNameEscaped = `Monikulttuuriset &lt;3 &amp; &quot;Naiset&quot; &gt; ry`;

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  const bodyId = expectCreated(
    await coordinator.post('/api/bodies', {
      kind: 'board',
      municipality: 'Uurainen',
      name: { fi: 'Hyvinvointilautakunta' },
      submissionEmail: uniqueEmail('hostile-kirjaamo'),
    }),
    201,
    'body',
  ).id as string;
  const consultationId = expectCreated(
    await coordinator.post('/api/consultations', {
      bodyId,
      kind: 'consultation',
      originalLanguage: 'fi',
      texts: { fi: { title: 'Kirjastopalvelut', summary: 'Aukioloajat muuttuvat.' } },
      topics: ['education'],
      statementDeadline: inDays(30),
      contact: { name: 'Valmistelija', email: 'valmistelija@example.org' },
    }),
    201,
    'consultation',
  ).id as string;
  expectCreated(await coordinator.post(`/api/consultations/${consultationId}/publish`), 200, 'publish');

  const applicantEmail = uniqueEmail('hostile-applicant');
  const [organisation, application, ...leavers] = await Promise.all([
    memberOrganisation(coordinator, 'hostile'),
    applicant().post('/api/applications', {
      organisationName: applicantName,
      municipalities: ['Uurainen'],
      languages: ['fi'],
      description: 'Kerhoja.',
      contact: { name: 'Hakija', email: applicantEmail, language: 'en' },
      representatives: [applicantEmail],
      acceptedPrinciplesVersion: principles.version,
    }),
    ...[...endsTheSession].map(() => signIn(uniqueEmail('hostile-leaver'))),
  ]);
  sessionEnders = Object.fromEntries([...endsTheSession].map((name, i) => [name, leavers[i]]));
  const rep = organisation.reps[0] as Client;
  expectCreated(
    await rep.patch(`/api/organisations/${organisation.id}`, { name: leadName }),
    200,
    'organisation name',
  );
  const statementId = expectCreated(
    await rep.post(`/api/consultations/${consultationId}/statements`, {
      organisationId: organisation.id,
      language: 'fi',
      title: markupTitle,
      body: 'Esitämme, että **aukioloajat** säilyvät.',
    }),
    201,
    'statement',
  ).id as string;
  expectCreated(
    await rep.post(`/api/statements/${statementId}/open`, { cosignDeadline: inDays(10) }),
    200,
    'open statement',
  );
  const applicationId = expectCreated(application, 201, 'application').id as string;
  const people = await Promise.all(
    [coordinator, rep].map(async (client) => (await client.get('/api/me')).json),
  );
  world = { rep, statementId, applicationId, applicantEmail };
  worldIds = [
    bodyId,
    consultationId,
    organisation.id,
    statementId,
    applicationId,
    ...people.map((person) => person.personId as string),
  ];
});

// --- generated strings ----------------------------------------------------------------------------

/** Text that has broken programs before: bidi overrides, zero-width and combining marks, lone surrogates, markup. */
const nasty = [
  '\u200F',
  '\u202E',
  '\u202Dabc\u202C',
  '\u200B',
  '\uFEFF',
  '\u2060',
  '\u00AD',
  'e\u0301\u0301\u0301\u0301',
  'Z̷̢̛̤͍a̸̧͎̓l̶̢̈́g̵̱̈o̶͙͝',
  '👩🏽‍🚀',
  '🏳️‍⚧️',
  '🇫🇮',
  '\uD800',
  '\uDFFF',
  '\uDBFF\uDBFF',
  '\u0000',
  '\u0007',
  '\r\n',
  '\u2028\u2029',
  'ﷺ',
  'Ⅻ',
  'İı',
  'ß',
  'ǅ',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE kaiutin; --",
  '{{7*7}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, meant literally
  '${7*7}',
  '%s%n%x',
  '{organisation}',
  '../../etc/passwd',
  'javascript:alert(1)',
  '=HYPERLINK("http://example.org")',
  'a < b & c "quoted"',
  '<3',
  '**bold** _em_ [link](javascript:alert(1))',
  ' ',
  '\t',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e999',
];

const base64url = (text: string) => Buffer.from(text).toString('base64url');

/** Strings that look like what this API hands out: cursors over a made-up key, and real ids. */
const lookalike = () =>
  fc.oneof(
    fc
      .dictionary(
        fc.constantFrom('pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'x'),
        fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.constant(null)),
        { minKeys: 1 },
      )
      .map((key) => base64url(JSON.stringify(key))),
    fc.jsonValue({ maxDepth: 2 }).map((value) => base64url(JSON.stringify(value))),
    fc.constantFrom(...worldIds),
  );

const fragment = () =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...nasty) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 6 }) },
    // Any code point, lone surrogates included (JSON.stringify escapes them as \udXXX).
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  );

/** What text() refuses (shared/text.ts): kept out of the input meant to be accepted. */
const tag = /<\s*[a-z!/]/i;

/** Hostile text, mostly within the field's limits, sometimes just over them. */
function hostileString(minLength = 0, maxLength = 200): fc.Arbitrary<string> {
  const over = fc
    .tuple(fc.constantFrom('x', 'ä', '👩🏽‍🚀', '\u200B'), fc.integer({ min: 1, max: 20 }))
    .map(([unit, extra]) => unit.repeat(Math.ceil((maxLength + extra) / [...unit].length)));
  return fc.oneof(
    { weight: 6, arbitrary: textWithin(minLength, maxLength) },
    { weight: 1, arbitrary: over },
    { weight: 2, arbitrary: lookalike() },
  );
}

/** Hostile text inside the limits: unicode edge cases and markup, without tags when it should pass. */
const textWithin = (minLength: number, maxLength: number, clean = false) =>
  fc
    .array(fragment(), { minLength: 1, maxLength: 6 })
    .map((parts) => parts.join(''))
    .filter((text) => !clean || !tag.test(text))
    // The schemas count code points, after trimming: cut and pad by code point, with a letter.
    .map((text) => {
      const points = [...text].slice(0, maxLength);
      return points.join('') + 'k'.repeat(Math.max(0, minLength - points.length));
    });

const hugeNumber = fc.constantFrom(
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 64,
  Number.MIN_VALUE,
  -1,
  0,
  0.5,
);

/** Any JSON value of the wrong kind. */
const misfit = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  hugeNumber,
  fc.string({ maxLength: 5 }),
  fc.constant([]),
  fc.constant({}),
  fc.jsonValue({ maxDepth: 3 }),
);

// --- input shaped by the route's schema ---------------------------------------------------------

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

/** Dates a person could mean (these years ahead, so deadlines are in the future), and any date at all. */
const nearDates = fc.date({ noInvalidDate: true, min: new Date('2030-01-01'), max: new Date('2099-12-31') });
const anyDates = fc.date({ noInvalidDate: true });
const oddDateTimes = fc.constantFrom(
  '9999-12-31T23:59:59-23:59',
  '0000-01-01T00:00:00Z',
  '2027-02-29T12:00:00Z',
  '2027-01-01T24:00:00Z',
  '2027-01-01T12:00:00+14:00',
  '2027-01-01T12:00:00.123456789Z',
  '2027-01-01',
);

/**
 * A string for the schema. `clean` keeps to what the schema accepts as far as JSON Schema can
 * say (formats, patterns, lengths), so the hostile content reaches the handlers and the table;
 * otherwise anything goes, usually something the schema refuses.
 */
function stringFor(schema: JsonSchema, clean: boolean): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 300;
  if (clean) {
    if (schema.format === 'uri') return fc.webUrl({ withQueryParameters: true, withFragments: true });
    if (schema.format === 'date-time') return nearDates.map((date) => date.toISOString());
    if (schema.format === 'date') return nearDates.map((date) => date.toISOString().slice(0, 10));
    if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern), { maxLength: max });
    // No limits at all in JSON Schema means a refinement it cannot express: a language code or a
    // business ID (check digit included).
    if (schema.minLength === undefined && schema.maxLength === undefined)
      return fc.constantFrom('fi', 'so', 'ar', '1234567-1', '0000000-0');
    return fc.oneof(
      { weight: 4, arbitrary: textWithin(Math.max(min, 1), max, true) },
      { weight: 1, arbitrary: fc.constantFrom(...worldIds) },
    );
  }
  const hostile = hostileString(min, max);
  switch (schema.format) {
    case 'email':
      return fc.oneof(
        fc.emailAddress(),
        fc.constantFrom('ääkkönen@esimerkki.fi', 'a@b', 'a@b.c\u200B', 'A@EXAMPLE.ORG', '"a b"@example.org'),
        hostile,
      );
    case 'uri':
      return fc.oneof(
        fc.constantFrom(
          'javascript:alert(1)',
          'data:text/html,<script>alert(1)</script>',
          'https://example.org/<script>',
          'http://[::1]:80/',
          'https://xn--kaiutin-9za.example/ä',
        ),
        hostile,
      );
    case 'date-time':
      return fc.oneof(
        anyDates.map((date) => date.toISOString()),
        oddDateTimes,
        hostile,
      );
    case 'date':
      return fc.oneof(
        anyDates.map((date) => date.toISOString().slice(0, 10)),
        fc.constantFrom('2027-02-30', '0000-01-01'),
        hostile,
      );
  }
  return hostile;
}

/** Values for a JSON Schema; when not `clean`, now and then of the wrong kind altogether. */
function shaped(schema: JsonSchema, clean: boolean): fc.Arbitrary<unknown> {
  if (clean) return fitting(schema, true);
  return fc.oneof({ weight: 4, arbitrary: fitting(schema, false) }, { weight: 1, arbitrary: misfit });
}

function fitting(schema: JsonSchema, clean: boolean): fc.Arbitrary<unknown> {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((alternative) => shaped(alternative, clean)));
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'object':
      return objectFor(schema, clean);
    case 'array': {
      const min = schema.minItems ?? 0;
      const max = Math.max(min, Math.min(schema.maxItems ?? 4, 4));
      const items = schema.items ? shaped(schema.items, clean) : misfit;
      const within = fc.array(items, { minLength: min, maxLength: max });
      if (clean) return within;
      const beyond = schema.maxItems === undefined ? 40 : schema.maxItems + 1;
      return fc.oneof(
        { weight: 5, arbitrary: within },
        { weight: 1, arbitrary: fc.array(items, { minLength: beyond, maxLength: beyond }) },
      );
    }
    case 'string':
      return stringFor(schema, clean);
    case 'integer':
    case 'number': {
      const inRange = fc.integer({ min: schema.minimum ?? -10, max: schema.maximum ?? 100 });
      if (clean) return inRange;
      return fc.oneof(
        fc.integer({ min: (schema.minimum ?? -10) - 2, max: (schema.maximum ?? 100) + 2 }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        hugeNumber,
      );
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectFor(schema: JsonSchema, clean: boolean): fc.Arbitrary<unknown> {
  const names = schema.propertyNames?.enum as string[] | undefined;
  if (names && typeof schema.additionalProperties === 'object') {
    const key = clean
      ? fc.constantFrom(...names)
      : fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...names) }, fc.string({ maxLength: 4 }));
    return fc.dictionary(key, shaped(schema.additionalProperties, clean), {
      minKeys: clean ? 1 : 0,
      maxKeys: 3,
    });
  }
  const properties = Object.entries(schema.properties ?? {});
  const record = fc.record(
    Object.fromEntries(properties.map(([key, value]) => [key, shaped(value, clean)])),
    { requiredKeys: schema.required ?? [] },
  ) as fc.Arbitrary<Record<string, unknown>>;
  // A key the schema does not know, sometimes one that is special to JavaScript objects.
  const extra = fc.option(
    fc.tuple(fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'extra'), misfit),
    { freq: 4 },
  );
  return fc.tuple(record, extra).map(([value, more]) => (more ? { ...value, [more[0]]: more[1] } : value));
}

const jsonSchemaOf = (schema: z.ZodMiniType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

/** Percent-encodes every byte but the unreserved ones, so a path segment stays one segment. */
const encodeSegment = (value: string) => {
  const encoded = [...Buffer.from(value, 'utf8')]
    .map((byte) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
  // Empty, `.` and `..` segments are not the route's (the URL resolves them away); a leading
  // space keeps the value, which the schema then trims.
  return /^\.{0,2}$/.test(encoded) ? `%20${encoded}` : encoded;
};

const paramNames = (route: RouteDefinition) =>
  [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);

const fillPath = (route: RouteDefinition, segments: Record<string, string>) =>
  route.path.replace(/\{(\w+)\}/g, (_, name: string) => segments[name] ?? 'x');

function paramsFor(route: RouteDefinition): fc.Arbitrary<Record<string, string>> {
  const names = paramNames(route);
  const value = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...worldIds) },
    { weight: 4, arbitrary: hostileString(0, 64) },
    // Very long: far over the schema's 64, still inside a URL the server reads.
    { weight: 1, arbitrary: fc.constantFrom('a'.repeat(3000), 'ä'.repeat(700), '👩🏽‍🚀'.repeat(90)) },
  );
  return fc.record(Object.fromEntries(names.map((name) => [name, value.map(encodeSegment)])));
}

function queryFor(route: RouteDefinition): fc.Arbitrary<string | undefined> {
  if (!route.query) return fc.constant(undefined);
  const properties = Object.entries(jsonSchemaOf(route.query).properties ?? {});
  const value = (schema: JsonSchema) =>
    fc.oneof(
      schema.enum ? fc.constantFrom(...(schema.enum as string[])) : stringFor(schema, false),
      stringFor(schema, true),
      lookalike(),
    );
  return fc
    .record(Object.fromEntries(properties.map(([key, schema]) => [key, value(schema)])), { requiredKeys: [] })
    .map((query) => new URLSearchParams(query as Record<string, string>).toString());
}

function shapedProbe(route: RouteDefinition): fc.Arbitrary<Probe> {
  const schema = route.body && jsonSchemaOf(route.body);
  // Half the bodies keep to the schema, so that hostile text is stored and read back.
  const body = schema ? fc.oneof(shaped(schema, true), shaped(schema, false)) : fc.constant(undefined);
  return fc
    .record({ params: paramsFor(route), query: queryFor(route), body })
    .map(({ params, query, body }) => ({
      method: route.method,
      path: fillPath(route, params),
      query,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }));
}

// --- requests outside any schema ----------------------------------------------------------------

const json = 'application/json';

/** Nested `depth` deep, within the body limit or over it. */
const deep = (depth: number, kind: 'array' | 'object') =>
  kind === 'array'
    ? `${'['.repeat(depth)}${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

interface Broken {
  what: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
  /** Replaces the first path parameter, as sent (not encoded again). */
  rawSegment?: string;
  query?: string;
}

const brokenRequests = fc.oneof<fc.Arbitrary<Broken>[]>(
  fc
    .constantFrom(
      '{',
      '{"a":',
      '{"a":1,}',
      "{'a':1}",
      '{a:1}',
      'undefined',
      'NaN',
      '{"a":NaN}',
      '{"a":Infinity}',
      '[1,2',
      '\u0000',
      '{"a":"\\x41"}',
      '{"a":"\\u12"}',
      '\uFEFF{}',
      '{}{}',
      '{"a":1}garbage',
      '/* comment */ {}',
      '',
      ' ',
    )
    .map((body) => ({ what: 'malformed JSON', headers: { 'content-type': json }, body })),
  fc
    .string({ unit: 'binary', maxLength: 200 })
    .map((body) => ({ what: 'random text as JSON', headers: { 'content-type': json }, body })),
  fc.uint8Array({ minLength: 1, maxLength: 300 }).map((bytes) => ({
    what: 'bytes that are not UTF-8',
    headers: { 'content-type': json },
    body: new Uint8Array(bytes),
  })),
  fc
    .constantFrom(
      'null',
      'true',
      '0',
      '"text"',
      '[]',
      '[{}]',
      '1e999',
      '-1e999',
      '123456789012345678901234567890123456789',
      `0.${'0'.repeat(400)}1`,
      '9'.repeat(5000),
      '{"version":1e999,"hearingDays":1e400,"cosignDeadline":1e308}',
      '{"version":123456789012345678901234567890}',
      '{"name":"\\ud800","reason":"\\udfff\\ud800","text":"\\u0000"}',
      '{"\\u0000":1,"":2,"\\ud800":3}',
      '{"__proto__":{"coordinator":true},"constructor":{"prototype":{"admin":true}}}',
      '{"email":"a@example.org","email":{"$ne":null}}',
      '{"email":["a@example.org"],"code":["123456"]}',
    )
    .map((body) => ({ what: 'JSON of the wrong shape', headers: { 'content-type': json }, body })),
  fc
    .tuple(
      fc.constantFrom(
        'text/plain',
        'text/html',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/xml',
        'application/octet-stream',
        'image/png',
        'application/json; charset=utf-16',
        'application/vnd.api+json',
        'APPLICATION/JSON',
        'application/jsonp',
        'json',
        '',
        ';;;',
      ),
      fc.oneof(fc.json(), fc.constant('a=1&b=2'), fc.constant('<x/>')),
    )
    .map(([contentType, body]) => ({
      what: 'another content type',
      headers: { 'content-type': contentType },
      body,
    })),
  fc
    .tuple(
      fc.integer({ min: 1, max: 3 * MAX_BODY_BYTES }),
      fc.constantFrom('x', '€', '👩🏽‍🚀'),
      // A type the gateway does not count as text reaches the function base64-encoded.
      fc.constantFrom(json, 'application/octet-stream'),
    )
    .map(([extra, unit, contentType]) => {
      // Over the limit in bytes, whatever the characters: `€` is three bytes, the astronaut fifteen.
      const units = Math.ceil((MAX_BODY_BYTES + extra) / Buffer.byteLength(unit));
      return {
        what: 'oversized body',
        headers: { 'content-type': contentType },
        body: `{"text":"${unit.repeat(units)}"}`,
      };
    }),
  fc
    .tuple(fc.integer({ min: 100, max: 40_000 }), fc.constantFrom('array' as const, 'object' as const))
    .map(([depth, kind]) => ({
      what: 'deep nesting',
      headers: { 'content-type': json },
      body: deep(depth, kind),
    })),
  fc
    .constantFrom(
      '%',
      '%zz',
      '%E0%A4',
      '%ED%A0%80',
      '%C0%AF',
      '%FF%FE',
      '%00',
      '%2F',
      '..%2F..%2Fetc%2Fpasswd',
      '%2e%2e%5c',
      '%25',
      '%F0%9F%91%A9%E2%80%8D%F0%9F%9A%80',
      '%E2%80%AEevil',
      '%EF%BB%BF',
      'a'.repeat(8000),
    )
    .map((rawSegment) => ({ what: 'odd path segment', rawSegment })),
  fc
    .constantFrom(
      'cursor=%',
      'cursor=%zz&status=%E0%A4',
      `cursor=${base64url('{"pk":"ORG#x","sk":"x"}')}`,
      `cursor=${base64url('{"pk":{"S":"x"}}')}`,
      `cursor=${base64url('[1]')}`,
      `cursor=${'A'.repeat(1024)}`,
      'status=a&status=b&status=c',
      'lang=xx&topic=%00&body=%20',
      '__proto__=1&constructor=2&toString=3',
      'q=%F0%9F%91%A9&municipality=%E2%80%AE',
      `${'a=1&'.repeat(1500)}b=2`,
    )
    .map((query) => ({ what: 'odd query', query })),
  fc
    .constantFrom<Record<string, string>[]>(
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { cookie: 'kaiutin_session=not-a-token' },
      {
        cookie:
          'kaiutin_session=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwic2lkIjoieSJ9.; kaiutin_session=eyJhbGciOiJIUzI1NiJ9.e30.x',
      },
      { cookie: `kaiutin_session=${'x'.repeat(4000)}` },
      { 'content-length': '0', 'content-type': json },
      { 'accept-language': 'ar;q=2, *;q=-1, \u00e4', accept: 'text/html' },
      { 'cloudfront-viewer-address': '' },
      { 'cloudfront-viewer-address': '[::1]:1' },
      { 'cloudfront-viewer-address': 'no-port' },
    )
    .map((headers) => ({ what: 'odd headers', headers })),
);

function brokenProbe(route: RouteDefinition): fc.Arbitrary<Probe> {
  return fc.record({ params: paramsFor(route), broken: brokenRequests }).map(({ params, broken }) => {
    const names = paramNames(route);
    const segments = { ...params };
    if (broken.rawSegment !== undefined && names[0]) segments[names[0]] = broken.rawSegment;
    return {
      what: broken.what,
      method: route.method,
      path: fillPath(route, segments),
      query: broken.query,
      headers: broken.headers,
      body: broken.body,
    };
  });
}

// --- the properties ---------------------------------------------------------------------------------

type SignedIn = 'the coordinator' | 'a representative';
/** Mostly the coordinator, whom access lets furthest; a representative reaches what only members may do. */
const signedInCaller = fc.constantFrom<SignedIn[]>('the coordinator', 'the coordinator', 'a representative');

/** Sends one request as a signed-in caller and as anonymous, and checks both answers. */
async function probeAsBoth(expect: ExpectStatic, name: RouteName, probe: Probe, who: SignedIn) {
  const leaver = sessionEnders[name];
  const client = leaver ?? (who === 'the coordinator' ? coordinator : world.rep);
  const [asSignedIn, asAnonymous] = await Promise.all([send(probe, client.cookie), send(probe, undefined)]);
  expectSafeAnswer(expect, asSignedIn, probe, leaver ? 'a signed-in person' : who);
  expectSafeAnswer(expect, asAnonymous, probe, 'anonymous');
}

/** Hostile input must not cost the coordinator or the representative the session this file uses. */
async function expectStillSignedIn(expect: ExpectStatic, name: RouteName) {
  if (sessionEnders[name]) return;
  for (const client of [coordinator, world.rep]) expect((await client.get('/api/me')).status).toBe(200);
}

describe('hostile and broken input', () => {
  it('stored text comes back verbatim as JSON, escaped in the HTML of an email and verbatim in its text', async () => {
    // JSON: exactly what was sent, not escaped twice.
    const application = await coordinator.get(`/api/applications/${world.applicationId}`);
    expect(application.status).toBe(200);
    expect(application.json.organisationName).toBe(applicantName);
    const statement = await anonymous().get(`/api/statements/${world.statementId}`);
    expect(statement.status).toBe(200);
    expect(statement.json).toMatchObject({ title: markupTitle, leadOrganisationName: leadName });

    const receipt = (
      await waitForMatching(world.applicantEmail, (mail) => mail.subject.includes('application received'))
    )[0];
    // The address is not known to be the applicant's: the receipt is fixed text.
    expect(receipt?.subject).toBe('Membership application received');
    expect(receipt?.body.text).not.toContain('Kaiku');
    expect(receipt?.body.html).not.toContain('Kaiku');

    // A coordinator's reason is free text too (no HTML check): escaped for the applicant the same way.
    const reason = `Use <i>plain</i> text & "quotes" 1 < 2`;
    const rejected = await coordinator.post(`/api/applications/${world.applicationId}/reject`, { reason });
    expect(rejected.status).toBe(200);
    expect(rejected.json.reason).toBe(reason);
    const rejection = (
      await waitForMatching(world.applicantEmail, (mail) =>
        mail.subject.startsWith('Membership application not approved'),
      )
    )[0];
    expect(rejection?.body.text).toContain(`Reason: ${reason}`);
    expect(rejection?.body.html).toContain(
      'Reason: Use &lt;i&gt;plain&lt;/i&gt; text &amp; &quot;quotes&quot; 1 &lt; 2',
    );
    expect(rejection?.body.html).not.toContain('<i>plain');

    const invitee = uniqueEmail('hostile-invitee');
    const message = `Allekirjoita <3 & "jaa" > 'eteenpäin' \u202Eok`;
    const invited = await world.rep.post(`/api/statements/${world.statementId}/invitations`, {
      emails: [invitee],
      language: 'en',
      message,
    });
    expect(invited.status).toBe(202);
    const invitation = (await waitForMatching(invitee, (mail) => mail.subject.startsWith('Invitation')))[0];
    expect(invitation?.subject).toBe(`Invitation to co-sign: ${markupTitle}`);
    expect(invitation?.body.text).toContain(`${leadName} invites you to co-sign`);
    expect(invitation?.body.text).toContain(`A message from ${leadName}: ${message}`);
    expect(invitation?.body.html).toContain(`<h1 style="font-size:1.3em">${leadNameEscaped} invites you`);
    expect(invitation?.body.html).toContain(
      `A message from ${leadNameEscaped}: Allekirjoita &lt;3 &amp; &quot;jaa&quot; &gt; &#39;eteenpäin&#39; \u202Eok`,
    );
    expect(invitation?.body.html).toContain(`<title>Invitation to co-sign: ${markupTitleEscaped}</title>`);
    expect(invitation?.body.html).not.toContain(leadName);
  });

  // After the test above (it reads the world these change); routes run side by side to keep the file quick.
  describe.concurrent('every route', () => {
    for (const [name, route] of everyRoute) {
      const label = `${name} (${route.method} ${route.path})`;

      it(`${label}: input shaped by its schema never gets a 5xx, and every refusal is the error model`, async ({
        expect,
      }) => {
        await fc.assert(
          fc.asyncProperty(shapedProbe(route), signedInCaller, (probe, who) =>
            probeAsBoth(expect, name, probe, who),
          ),
          { numRuns: SHAPED_RUNS },
        );
        await expectStillSignedIn(expect, name);
      });

      it(`${label}: broken requests (bad JSON, wrong types, oversized, deep, odd paths) never get a 5xx`, async ({
        expect,
      }) => {
        await fc.assert(
          fc.asyncProperty(brokenProbe(route), signedInCaller, (probe, who) =>
            probeAsBoth(expect, name, probe, who),
          ),
          { numRuns: BROKEN_RUNS },
        );
        await expectStillSignedIn(expect, name);
      });
    }
  });

  it('probed every route', () => {
    const expected = everyRoute.length * (SHAPED_RUNS + BROKEN_RUNS) * 2;
    console.log(`hostile input: ${requestCount} requests over ${everyRoute.length} routes`);
    expect(requestCount).toBeGreaterThanOrEqual(expected);
  });
});
