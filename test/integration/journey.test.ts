import { randomUUID } from 'node:crypto';
import { DescribeTableCommand, DescribeTimeToLiveCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { principles } from '#shared/membership/principles.ts';
import { tableDefinition } from '#shared/store/table.ts';
import { newClientAddress } from '../support/people.ts';
import { emailsTo, waitForEmails } from '../support/ses.ts';

const { baseUrl, dynamodbEndpoint, tableName } = inject('runtime');

const application = (email: string, language = 'en') => ({
  organisationName: `Yhdistys ${randomUUID().slice(0, 8)} ry`,
  municipalities: ['Jyväskylä'],
  languages: ['fi', 'so'],
  topics: ['education'],
  description: 'Läksykerho ja vertaistuki.',
  contact: { name: 'Hodan', email, language },
  representatives: [email],
  acceptedPrinciplesVersion: principles.version,
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl}${path}`, {
    method: 'POST',
    // An address of its own: the per-client limit of applications counts 127.0.0.1 otherwise.
    headers: {
      'content-type': 'application/json',
      'cloudfront-viewer-address': newClientAddress(),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('through the local gateway', () => {
  it('GET /api/health reports the table reachable', async () => {
    const response = await fetch(`${baseUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', table: 'reachable', stage: 'local' });
  });

  it('goes the whole way: gateway → handler → DynamoDB Local → stream → function → SES', async () => {
    const email = `applicant-${randomUUID()}@example.org`;
    const body = application(email, 'en');
    const response = await post('/api/applications', body);
    expect(response.status).toBe(201);
    const created = (await response.json()) as { id: string; status: string };
    expect(created.status).toBe('pending');

    const [receipt, ...others] = await waitForEmails(email);
    expect(others).toHaveLength(0);
    expect(receipt?.subject).toBe('Membership application received');
    expect(receipt?.body.text).toContain(`version ${principles.version}`);
    // The address is not yet known to be the applicant's: nothing they wrote reaches it.
    expect(receipt?.body.text).not.toContain(body.organisationName);
  });

  it('writes the receipt in the language the applicant chose', async () => {
    const email = `applicant-${randomUUID()}@example.org`;
    expect((await post('/api/applications', application(email, 'fi'))).status).toBe(201);
    const [receipt] = await waitForEmails(email);
    expect(receipt?.subject).toMatch(/^Jäsenhakemus vastaanotettu/);
  });

  it('answers bad input with 400 listing the fields, and stores and sends nothing', async () => {
    const email = `invalid-${randomUUID()}@example.org`;
    const response = await post('/api/applications', {
      ...application(email),
      businessId: '1234567-2',
      municipalities: [],
    });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { fields: { field: string }[] } };
    expect(error.fields.map((f) => f.field).sort()).toEqual(['businessId', 'municipalities']);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await emailsTo(email)).toHaveLength(0);
  });

  it('refuses oversized bodies, malformed JSON, other origins and unknown routes clearly', async () => {
    expect((await post('/api/applications', { padding: 'x'.repeat(70_000) })).status).toBe(413);
    expect((await post('/api/applications', '{"organisationName":')).status).toBe(400);
    expect(
      (await post('/api/applications', application('x@example.org'), { origin: 'https://evil.example' }))
        .status,
    ).toBe(403);
    const unknown = await fetch(`${baseUrl}/api/no-such-route`);
    expect(unknown.status).toBe(404);
  });

  it('serves the web app with its security headers, and client routes fall back to index.html', async () => {
    const response = await fetch(`${baseUrl}/status`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(await response.text()).toContain('/assets/app.js');
  });

  it('publishes an OpenAPI document listing the routes', async () => {
    const document = (await (await fetch(`${baseUrl}/api/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/applications']));
  });

  it('runs a scheduled function by hand, and says so for an unknown one', async () => {
    expect((await fetch(`${baseUrl}/_local/schedules/retry-failed-mail`, { method: 'POST' })).status).toBe(
      200,
    );
    expect((await fetch(`${baseUrl}/_local/schedules/no-such-job`, { method: 'POST' })).status).toBe(404);
  });
});

describe('the table created from the shared definition', () => {
  it('has the keys, indexes, stream and TTL of the definition', async () => {
    const client = new DynamoDBClient({ endpoint: dynamodbEndpoint, region: 'eu-north-1' });
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    expect(Table?.KeySchema?.map((k) => k.AttributeName)).toEqual([
      tableDefinition.partitionKey,
      tableDefinition.sortKey,
    ]);
    expect(Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName).sort()).toEqual(
      tableDefinition.globalSecondaryIndexes.map((i) => i.name),
    );
    expect(Table?.StreamSpecification).toMatchObject({
      StreamEnabled: true,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    });
    const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
    expect(ttl.TimeToLiveDescription?.AttributeName).toBe(tableDefinition.timeToLiveAttribute);
    client.destroy();
  });
});
