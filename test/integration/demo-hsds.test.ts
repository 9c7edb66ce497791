import { randomUUID } from 'node:crypto';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedDemoData } from '#infra/local/seed.ts';
import { ensureTable } from '#infra/local/table.ts';
import { config } from '#shared/config.ts';
import { documentClient, type Store } from '#shared/store/client.ts';
import { trayCoverage } from '#shared/tray/coverage.ts';
import { hsdsOrganizationPage, hsdsServiceById, hsdsServicePage } from '#shared/tray/hsds-store.ts';
import { exportProblems, type HsdsExport } from '../support/hsds.ts';
import { allItems, invariantViolations } from '../support/invariants.ts';

/**
 * The demo data in a table of its own, created as the local runtime creates its table and seeded
 * as `npm start` seeds it: the export then holds the demo's tray and nothing the other tests add,
 * and the shared table is not touched.
 */
const s: Store = { db: documentClient(), tableName: `demo-hsds-${randomUUID()}` };
const { dynamodbEndpoint, baseUrl } = inject('runtime');
const client = new DynamoDBClient({ region: config().region, endpoint: dynamodbEndpoint });
/** As the runtime's HSDS function answers: its public address, texts in Finnish where there are. */
const context = { publicBaseUrl: baseUrl, language: 'fi' };
const now = new Date();

/** What the API sends: the use case's answer as JSON, without its absent fields. */
const asSent = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

interface Listed {
  id: string;
  name: string;
}
const listed = {
  organization: [] as Listed[],
  service: [] as (Listed & { organization_id: string })[],
};

/** The export read through its use cases over the demo table, keeping every listed item. */
const demoExport: HsdsExport = {
  page: async (kind, page, perPage) => {
    const list = asSent(
      kind === 'service'
        ? await hsdsServicePage(s, { page, perPage }, context, now)
        : await hsdsOrganizationPage(s, { page, perPage }, context),
    );
    listed[kind].push(...(list.contents as typeof listed.service));
    return list;
  },
  service: async (id) => asSent(await hsdsServiceById(s, id, context, now)),
};

beforeAll(async () => {
  await ensureTable(client, s.tableName);
  await seedDemoData(baseUrl, s);
}, 120_000);

afterAll(async () => {
  await client.send(new DeleteTableCommand({ TableName: s.tableName }));
  client.destroy();
});

describe('the HSDS export of the demo data', () => {
  it("validates, page by page and service by service, and holds the demo's tray", async () => {
    // Pages of two, so the demo's lists take several pages each.
    const { problems, seen } = await exportProblems(demoExport, 2);
    console.log(
      `Demo HSDS export: ${seen.service.length} services, ${seen.organization.length} organizations, ${problems.length} problems.`,
    );
    expect(problems).toEqual([]);
    expect(new Set(seen.service).size).toBe(seen.service.length);
    expect(new Set(seen.organization).size).toBe(seen.organization.length);

    const serviceNames = listed.service.map((service) => service.name);
    expect(serviceNames).toEqual(
      expect.arrayContaining([
        'Läksykerho',
        'Perheiden kävelyretket',
        'Äiti–lapsi-ryhmä',
        'Kielikahvila Muurame',
        'Kansainvälinen kerho',
        'Futis kaikille',
      ]),
    );
    const organizationNames = listed.organization.map((org) => org.name);
    expect(organizationNames).toEqual(
      expect.arrayContaining([
        'Keski-Suomen somalialaisten yhdistys',
        'Jyväskylän monikulttuurinen naisyhdistys',
        'Jyväskylän Pallo ry',
      ]),
    );
    // The pending application is no organisation yet.
    expect(organizationNames).not.toContain('Jyväskylän ukrainalaiset');
    // Every service's organization is in the export: the tray partner's too.
    const organizationIds = new Set(listed.organization.map((org) => org.id));
    for (const service of listed.service) expect(organizationIds).toContain(service.organization_id);
    const partner = listed.organization.find((org) => org.name === 'Jyväskylän Pallo ry');
    expect(listed.service.find((service) => service.name === 'Futis kaikille')?.organization_id).toBe(
      partner?.id,
    );
  });

  it('shows the gap the demo advertises: no support activity in Somali in Muurame', async () => {
    const { gaps } = await trayCoverage(s, undefined, {});
    // Somali is needed in Muurame because the families' walks there are run in it.
    expect(gaps).toContainEqual({ municipality: 'Muurame', language: 'so', category: 'support' });
    expect(gaps).not.toContainEqual({ municipality: 'Muurame', language: 'ar', category: 'support' });
  });

  it('keeps the invariants the tests of the shared table keep', async () => {
    expect(invariantViolations(await allItems(dynamodbEndpoint, s.tableName))).toEqual([]);
  });
});
