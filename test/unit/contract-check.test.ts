import { describe, expect, it } from 'vitest';
import { contractBreach, routeOf } from '../support/contract-check.ts';

const json = (status: number, body: unknown) => ({
  status,
  contentType: 'application/json; charset=utf-8',
  body: JSON.stringify(body),
});

const health = { status: 'ok', table: 'reachable', stage: 'test', time: '2026-01-01T00:00:00.000Z' };
const error = (code: string) => ({ error: { code, message: 'Explained.' } });

describe('the contract check of the integration tests', () => {
  it('matches a request to its route as the gateway does', () => {
    expect(routeOf('GET', '/api/bodies/b-1')?.path).toBe('/api/bodies/{id}');
    expect(routeOf('DELETE', '/api/bodies/b-1')).toBeUndefined();
  });

  it('lets an answer the document describes pass', () => {
    expect(contractBreach('GET', '/api/health', json(200, health))).toBeUndefined();
    expect(contractBreach('GET', '/api/bodies/b-1', json(404, error('not_found')))).toBeUndefined();
    expect(contractBreach('DELETE', '/api/me', { status: 204, contentType: null, body: '' })).toBeUndefined();
    const atom = { status: 200, contentType: 'application/atom+xml; charset=utf-8', body: '<feed/>' };
    expect(contractBreach('GET', '/api/feeds/consultations.atom', atom)).toBeUndefined();
  });

  it('refuses a success body with a key the schema does not name, or without one it requires', () => {
    expect(contractBreach('GET', '/api/health', json(200, { ...health, extra: 1 }))).toMatch(
      /\.extra \(not in the schema\)/,
    );
    expect(contractBreach('GET', '/api/health', json(200, { ...health, table: undefined }))).toMatch(/table/);
  });

  it('refuses a success with another status or content type than the route says', () => {
    expect(contractBreach('GET', '/api/health', json(201, health))).toMatch(/not its 200/);
    const html = { status: 200, contentType: 'text/html', body: '<p>' };
    expect(contractBreach('GET', '/api/feeds/consultations.atom', html)).toMatch(
      /not application\/atom\+xml/,
    );
    expect(contractBreach('GET', '/api/health', html)).toMatch(/content type/);
  });

  it('refuses an error status the operation does not list, and a code its status does not list', () => {
    expect(contractBreach('GET', '/api/health', json(401, error('unauthorized')))).toMatch(/does not list/);
    expect(contractBreach('GET', '/api/bodies/b-1', json(404, error('deadline_passed')))).toMatch(/code/);
    expect(contractBreach('GET', '/api/bodies/b-1', json(404, { message: 'Not Found' }))).toMatch(/error/);
  });

  it('leaves an answer to no route of the contract alone', () => {
    expect(contractBreach('GET', '/api/no-such-thing', json(404, { message: 'Not Found' }))).toBeUndefined();
  });
});
