import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { httpRoutes } from '#functions/catalog.ts';
import type { RouteDefinition } from '#shared/api/contract.ts';
import { type ErrorStatus, errorCodes, errorStatuses, openApiDocument } from '#shared/api/openapi.ts';
import { routes } from '#shared/api/routes.ts';
import * as errors from '#shared/errors.ts';

interface Operation {
  operationId: string;
  security: Record<string, string[]>[];
  responses: Record<string, { $ref?: string }>;
}

interface ErrorResponse {
  description: string;
  headers?: Record<string, unknown>;
  content: {
    'application/json': {
      schema: {
        allOf: [{ $ref: string }, { properties: { error: { properties: { code: { enum: string[] } } } } }];
      };
    };
  };
}

const document = openApiDocument(routes, { serverUrl: 'https://kaiutin.example.org' });

const operations = () =>
  Object.entries(routes).map(([name, route]) => ({
    name,
    route: route as RouteDefinition,
    operation: (document.paths[route.path] as Record<string, Operation>)[
      route.method.toLowerCase()
    ] as Operation,
  }));

const errorResponse = (ref: string) =>
  (document.components.responses as Record<string, ErrorResponse>)[
    ref.replace('#/components/responses/', '')
  ];

const documentedStatuses = (operation: Operation) =>
  Object.keys(operation.responses)
    .filter((status) => Number(status) >= 400)
    .map(Number);

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1', () => {
    expect(document.openapi).toBe('3.1.0');
  });

  it('has every route of the catalog, once, with its method, named by its route', () => {
    const listed = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const expected = httpRoutes().map(({ route }) => `${route.method} ${route.path}`);
    expect(listed.sort()).toEqual(expected.sort());
    for (const { name, operation } of operations()) expect(operation.operationId).toBe(name);
  });

  it('describes request bodies from the zod schemas, with their limits', () => {
    const operation = document.paths[routes.submitApplication.path]?.post as {
      requestBody: {
        content: {
          'application/json': {
            schema: { properties: Record<string, { maxLength?: number }>; required: string[] };
          };
        };
      };
    };
    const schema = operation.requestBody.content['application/json'].schema;
    expect(schema.required).toContain('organisationName');
    expect(schema.properties.organisationName?.maxLength).toBe(200);
  });

  it('has a licence, and a description for every tag', () => {
    expect(document.info.license).toEqual({ name: 'EUPL-1.2', identifier: 'EUPL-1.2' });
    const used = new Set(Object.values(routes).flatMap((route) => route.tags));
    expect(document.tags.map((tag) => tag.name).sort()).toEqual([...used].sort());
    for (const tag of document.tags) expect(tag.description, tag.name).toMatch(/\w/);
  });

  it('describes the session cookie as a security scheme, named as the server reads it', () => {
    expect(document.components.securitySchemes.sessionCookie).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: '__Host-kaiutin_session',
    });
    const local = openApiDocument(routes, { serverUrl: 'http://localhost:3000' });
    expect(local.components.securitySchemes.sessionCookie.name).toBe('kaiutin_session');
  });

  it('says which routes need the session: none, optional or required', () => {
    for (const { name, route, operation } of operations()) {
      const expected =
        route.access === 'public'
          ? []
          : route.access === 'anyone'
            ? [{ sessionCookie: [] }, {}]
            : [{ sessionCookie: [] }];
      expect(operation.security, name).toEqual(expected);
    }
    expect(operations().find(({ route }) => route.access === 'anyone')).toBeDefined();
  });

  it('lists the error answers each route can give, by the rule, each with its codes', () => {
    for (const { name, route, operation } of operations()) {
      expect(documentedStatuses(operation), name).toEqual(errorStatuses(route));
      for (const status of errorStatuses(route)) {
        const response = errorResponse(operation.responses[status]?.$ref ?? '');
        const [error, codes] = response?.content['application/json'].schema.allOf ?? [];
        expect(error?.$ref, name).toBe('#/components/schemas/Error');
        expect(codes?.properties.error.properties.code.enum, `${name} ${status}`).toEqual(
          Object.keys(errorCodes[status]),
        );
        for (const code of Object.keys(errorCodes[status]))
          expect(response?.description).toContain(`\`${code}\``);
      }
    }
  });

  it('applies the rule as the plumbing answers', () => {
    const statuses = (route: RouteDefinition) => errorStatuses(route);
    expect(statuses(routes.health)).toEqual([400, 413, 500, 503]);
    expect(statuses(routes.getSession)).toEqual([400, 413, 500, 503]);
    expect(statuses(routes.getMe)).toEqual([400, 401, 403, 413, 500, 503]);
    expect(statuses(routes.getBody)).toEqual([400, 404, 413, 500, 503]);
    expect(statuses(routes.updateBody)).toEqual([400, 401, 403, 404, 409, 413, 415, 500, 503]);
    expect(statuses(routes.requestSignInCode)).toEqual([400, 403, 409, 413, 415, 429, 500, 503]);
    // Public, but signed: a wrong signature is a 401.
    expect(statuses(routes.sourceHook)).toEqual([400, 401, 403, 404, 409, 413, 429, 500, 503]);
    expect(statuses(routes.previewSource)).toEqual([400, 401, 403, 409, 413, 415, 422, 500, 503]);
    const everyStatus = new Set(Object.values(routes).flatMap((route) => statuses(route)));
    expect([...everyStatus].sort()).toEqual([400, 401, 403, 404, 409, 413, 415, 422, 429, 500, 503]);
    expect(document.components.responses.TooManyRequests).toHaveProperty(['headers', 'Retry-After']);
    expect(document.components.responses.ServiceUnavailable).toHaveProperty(['headers', 'Retry-After']);
  });

  it('describes the error body as the plumbing writes it', () => {
    const schema = document.components.schemas.Error as {
      required: string[];
      properties: { error: { required: string[]; properties: Record<string, unknown> } };
    };
    expect(schema.required).toEqual(['error']);
    expect(schema.properties.error.required.sort()).toEqual(['code', 'message']);
    expect(Object.keys(schema.properties.error.properties).sort()).toEqual([
      'code',
      'fields',
      'message',
      'params',
      'requestId',
    ]);
  });
});

/**
 * The status each error class answers with at the HTTP edge, and the code it has when none is named;
 * a class whose constructor names a code takes it second.
 */
const classes: Record<string, { status: ErrorStatus; defaultCode: string; namesCode?: false }> = {
  ValidationFailed: { status: 400, defaultCode: new errors.ValidationFailed([]).code, namesCode: false },
  BadRequest: { status: 400, defaultCode: new errors.BadRequest('').code },
  Unauthorized: { status: 401, defaultCode: new errors.Unauthorized().code },
  Forbidden: { status: 403, defaultCode: new errors.Forbidden().code },
  NotFound: { status: 404, defaultCode: new errors.NotFound().code },
  Conflict: { status: 409, defaultCode: new errors.Conflict('').code },
  PayloadTooLarge: { status: 413, defaultCode: new errors.PayloadTooLarge(1).code },
  UnsupportedMediaType: { status: 415, defaultCode: new errors.UnsupportedMediaType().code },
  TooManyRequests: { status: 429, defaultCode: new errors.TooManyRequests(1).code },
  ServiceUnavailable: { status: 503, defaultCode: new errors.ServiceUnavailable().code },
};

const raising = new RegExp(`new (DomainError|${Object.keys(classes).join('|')})\\(`);

/** `new <ErrorClass>(…)` in the source, with the code it names. */
function raisedErrors(file: string) {
  const text = readFileSync(file, 'utf8');
  if (!raising.test(text)) return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
  const found: { error: string; code: string | null | undefined; first: string | undefined }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression)) {
      const error = node.expression.text;
      if (error in classes || error === 'DomainError') {
        const [first, named] = node.arguments ?? [];
        const second = classes[error]?.namesCode === false ? undefined : named;
        found.push({
          error,
          // null: named, but not by a literal this test can read.
          code: second ? (ts.isStringLiteralLike(second) ? second.text : null) : undefined,
          first: first && ts.isNumericLiteral(first) ? first.text : undefined,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('error codes', () => {
  // A code named through a variable (the sign-in refusals) is not seen here; the integration tests
  // check every code they receive.
  it('lists every code the code raises under the status it answers with', () => {
    const files = ['shared', 'functions'].flatMap((folder) =>
      readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((path) => /\.tsx?$/.test(path))
        .map((path) => `${folder}/${path}`),
    );
    const listed = (status: ErrorStatus, code: string) => code in errorCodes[status];
    const everywhere = Object.keys(errorCodes).map(Number) as ErrorStatus[];
    const missing: string[] = [];
    let seen = 0;
    for (const file of files) {
      for (const { error, code, first } of raisedErrors(file)) {
        seen++;
        const known = classes[error];
        // A DomainError made directly names its status (or, once domain errors carry kinds, its kind).
        const statuses = known ? [known.status] : first ? [Number(first) as ErrorStatus] : everywhere;
        if (code === null) continue;
        const named = code ?? known?.defaultCode;
        if (named && !statuses.some((status) => errorCodes[status] && listed(status, named)))
          missing.push(`${file}: ${error} '${named}'`);
      }
    }
    for (const [error, { status, defaultCode }] of Object.entries(classes))
      if (!listed(status, defaultCode)) missing.push(`${error}'s default '${defaultCode}'`);
    expect(seen).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });
});
