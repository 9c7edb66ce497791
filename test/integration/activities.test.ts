import { randomUUID } from 'node:crypto';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { listOrganisations } from '#shared/membership/organisation-store.ts';
import { store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import { memberRepresentatives } from '#shared/surveys/network-survey-store.ts';
import { areaKey, trayLimits } from '#shared/tray/activity.ts';
import {
  activityKey,
  countAttribute,
  TRAY_COUNTS,
  trayIndexPartition,
  trayTallyKey,
} from '#shared/tray/tray-keys.ts';
import {
  anonymous,
  type Client,
  memberOrganisation,
  signedInCoordinator,
  signIn,
  uniqueEmail,
} from '../support/people.ts';
import { emailsTo, waitForMatching, waitForSubject } from '../support/ses.ts';

let coordinator: Client;
let org: { id: string; name: string; reps: Client[] };
let other: { id: string; reps: Client[] };
/** Municipalities of this file alone, so its counts and index partitions hold only its activities. */
const town = (label: string) => `${label}-${randomUUID().slice(0, 8)}`;

const input = (organisationId: string, overrides: Record<string, unknown> = {}) => ({
  organisationId,
  texts: [{ language: 'fi', name: 'Kielikahvila', description: 'Suomea puhutaan kahvin äärellä.' }],
  category: 'support',
  level: 'local',
  areas: [{ kind: 'municipality', name: town('Kunta') }],
  languages: ['fi', 'so'],
  targetGroups: ['everyone'],
  schedule: { kind: 'weekly', days: ['TU'], startTime: '17:00', endTime: '19:00' },
  place: { address: 'Kirjastokatu 1', city: 'Jyväskylä' },
  cost: { free: true },
  ...overrides,
});

const areaKeyOf = (name: string) => areaKey({ kind: 'municipality', name });

async function counts(area: string) {
  const { Item } = await store().db.send(
    new GetCommand({ TableName: store().tableName, Key: { pk: TRAY_COUNTS, sk: areaKeyOf(area) } }),
  );
  return Item ?? {};
}

const indexed = async (partition: string, id: string) =>
  (await queryAll(store(), { partition, sortKeyPrefix: '' })).filter((item) => item.id === id);

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  [org, other] = await Promise.all([
    memberOrganisation(coordinator, 'tray'),
    memberOrganisation(coordinator, 'tray-other'),
  ]);
});

describe('activities', () => {
  it('are added by a representative, read publicly with the organisation, and counted', async () => {
    const rep = org.reps[0] as Client;
    const body = input(org.id);
    const created = await rep.post('/api/activities', body);
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ status: 'active', version: 1, topics: [] });

    const read = await anonymous().get(`/api/activities/${created.json.id}`);
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({ organisationName: org.name, canManage: false });
    expect((await rep.get(`/api/activities/${created.json.id}`)).json.canManage).toBe(true);
    expect((await coordinator.get(`/api/activities/${created.json.id}`)).json.canManage).toBe(true);

    const area = body.areas[0]?.name as string;
    expect(await counts(area)).toMatchObject({
      area: { kind: 'municipality', name: area },
      [countAttribute('support')]: 1,
      [countAttribute('support', 'so')]: 1,
    });
    expect(
      await indexed(trayIndexPartition({ area: areaKeyOf(area), language: 'so' }), created.json.id),
    ).toHaveLength(1);
  });

  it('refuses an edit made on a stale read (409), and keeps the newer one', async () => {
    const rep = org.reps[0] as Client;
    const { json } = await rep.post('/api/activities', input(org.id));
    const first = await rep.patch(`/api/activities/${json.id}`, { version: 1, level: 'regional' });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ version: 2, level: 'regional', status: 'active' });
    const stale = await rep.patch(`/api/activities/${json.id}`, { version: 1, level: 'national' });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe('changed_meanwhile');
    expect((await anonymous().get(`/api/activities/${json.id}`)).json.level).toBe('regional');
    expect((await rep.patch(`/api/activities/${json.id}`, { version: 2 })).status).toBe(400);
  });

  it('moves the counts with its status: paused and ended count nothing, ended leaves the index', async () => {
    const rep = org.reps[0] as Client;
    const body = input(org.id, { category: 'participation' });
    const area = body.areas[0]?.name as string;
    const { json } = await rep.post('/api/activities', body);
    const attribute = countAttribute('participation', 'fi');
    expect((await counts(area))[attribute]).toBe(1);

    const paused = await rep.patch(`/api/activities/${json.id}`, { version: 1, status: 'paused' });
    expect(paused.status).toBe(200);
    expect((await counts(area))[attribute]).toBe(0);
    expect(await indexed(trayIndexPartition({}), json.id)).toHaveLength(1);

    await rep.patch(`/api/activities/${json.id}`, { version: 2, status: 'active' });
    expect((await counts(area))[attribute]).toBe(1);

    await rep.patch(`/api/activities/${json.id}`, { version: 3, status: 'ended' });
    expect((await counts(area))[attribute]).toBe(0);
    expect(await indexed(trayIndexPartition({}), json.id)).toHaveLength(0);
    expect(await indexed(trayIndexPartition({ area: areaKeyOf(area) }), json.id)).toHaveLength(0);

    // The public no longer sees it in the organisation's list; its representatives and the coordinator do.
    const listed = async (client: Client) =>
      (await client.get(`/api/organisations/${org.id}/activities`)).json.items.map(
        (a: { id: string }) => a.id,
      );
    expect(await listed(anonymous())).not.toContain(json.id);
    expect(await listed(rep)).toContain(json.id);
    expect(await listed(coordinator)).toContain(json.id);
  });

  it('moves its index items and counts when its areas, languages and category change', async () => {
    const rep = org.reps[0] as Client;
    const body = input(org.id);
    const [from, to] = [body.areas[0]?.name as string, town('Toinen')];
    const { json } = await rep.post('/api/activities', body);
    const changed = await rep.patch(`/api/activities/${json.id}`, {
      version: 1,
      areas: [{ kind: 'municipality', name: to }],
      languages: ['ar'],
      category: 'recruitment',
    });
    expect(changed.status).toBe(200);
    expect(await indexed(trayIndexPartition({ area: areaKeyOf(from) }), json.id)).toHaveLength(0);
    expect(
      await indexed(trayIndexPartition({ area: areaKeyOf(from), language: 'so' }), json.id),
    ).toHaveLength(0);
    const moved = await indexed(trayIndexPartition({ area: areaKeyOf(to), language: 'ar' }), json.id);
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({
      sk: `recruitment#${json.id}`,
      category: 'recruitment',
      languages: ['ar'],
    });
    const all = await indexed(trayIndexPartition({}), json.id);
    expect(all.map((item) => item.sk)).toEqual([`recruitment#${json.id}`]);
    expect((await counts(from))[countAttribute('support')]).toBe(0);
    expect(await counts(to)).toMatchObject({
      [countAttribute('recruitment')]: 1,
      [countAttribute('recruitment', 'ar')]: 1,
    });
  });

  it('changes all of five areas and five languages in one transaction', async () => {
    const rep = org.reps[0] as Client;
    const areas = (label: string) =>
      Array.from({ length: 5 }, (_, i) => ({ kind: 'municipality', name: town(`${label}${i}`) }));
    const { json } = await rep.post(
      '/api/activities',
      input(org.id, { areas: areas('A'), languages: ['fi', 'sv', 'en', 'ru', 'uk'] }),
    );
    expect(json.version).toBe(1);
    const next = areas('B');
    const changed = await rep.patch(`/api/activities/${json.id}`, {
      version: 1,
      areas: next,
      languages: ['ar', 'so', 'fa', 'ku', 'ti'],
      category: 'participation',
    });
    expect(changed.status).toBe(200);
    const pair = trayIndexPartition({ area: areaKeyOf(next[4]?.name as string), language: 'ti' });
    expect(await indexed(pair, json.id)).toHaveLength(1);
  });
});

describe('who may write activities', () => {
  it('refuses the public, other organisations, and an organisation that resigned', async () => {
    const created = await (org.reps[0] as Client).post('/api/activities', input(org.id));
    expect((await anonymous().post('/api/activities', input(org.id))).status).toBe(401);
    const outsider = other.reps[0] as Client;
    expect((await outsider.post('/api/activities', input(org.id))).status).toBe(403);
    expect(
      (await outsider.patch(`/api/activities/${created.json.id}`, { version: 1, level: 'national' })).status,
    ).toBe(403);
    expect((await coordinator.post('/api/activities', input(org.id))).status).toBe(201);
    // The organisation is named in the body: one that does not exist is that field's problem.
    const nowhere = await coordinator.post('/api/activities', input(`no-such-${randomUUID()}`));
    expect([nowhere.status, nowhere.json.error.code, nowhere.json.error.fields?.[0]?.field]).toEqual([
      400,
      'validation_failed',
      'organisationId',
    ]);

    const leaving = await memberOrganisation(coordinator, 'tray-leaving');
    const rep = leaving.reps[0] as Client;
    const before = await rep.post('/api/activities', input(leaving.id));
    expect(
      (await rep.post(`/api/organisations/${leaving.id}/resignation`, { reason: 'Loppui.' })).status,
    ).toBe(200);
    const refused = await rep.post('/api/activities', input(leaving.id));
    expect([refused.status, refused.json.error.code]).toEqual([409, 'not_a_member']);
    // Any change but ending it is refused: it is the organisation's no longer.
    const change = await rep.patch(`/api/activities/${before.json.id}`, { version: 1, level: 'national' });
    expect([change.status, change.json.error.code]).toEqual([409, 'not_a_member']);
    const reopened = await rep.patch(`/api/activities/${before.json.id}`, { version: 1, status: 'paused' });
    expect([reopened.status, reopened.json.error.code]).toEqual([409, 'not_a_member']);
  });

  it('leave the public tray and the HSDS export with their organisation, and its end takes them out of the counts', async () => {
    const leaving = await memberOrganisation(coordinator, 'tray-resigning');
    const rep = leaving.reps[0] as Client;
    const body = input(leaving.id);
    const area = body.areas[0]?.name as string;
    const made = await rep.post('/api/activities', body);
    expect(made.status).toBe(201);
    const id = made.json.id as string;
    const inTray = async () =>
      (
        (await anonymous().get(`/api/tray?${new URLSearchParams({ municipality: area, language: 'so' })}`))
          .json.items as { id: string }[]
      ).map((entry) => entry.id);
    expect(await inTray()).toEqual([id]);
    expect((await anonymous().get(`/api/hsds/services/${id}`)).status).toBe(200);

    expect(
      (await rep.post(`/api/organisations/${leaving.id}/resignation`, { reason: 'Toiminta loppui.' })).status,
    ).toBe(200);
    expect(await inTray()).toEqual([]);
    expect((await anonymous().get(`/api/hsds/services/${id}`)).status).toBe(404);
    const page = await anonymous().get('/api/hsds/services?per_page=100&page=1');
    expect(page.status).toBe(200);
    for (let n = 1; n <= page.json.total_pages; n += 1) {
      const { json } = await anonymous().get(`/api/hsds/services?per_page=100&page=${n}`);
      expect((json.contents as { id: string }[]).some((service) => service.id === id)).toBe(false);
    }
    const view = await anonymous().get(`/api/activities/${id}`);
    expect([view.status, view.json.organisationListed]).toEqual([200, false]);
    // Until it is ended, the counts keep it (README: the counts know activities, not memberships).
    expect(await counts(area)).toMatchObject({ [countAttribute('support', 'so')]: 1 });

    const ended = await coordinator.patch(`/api/activities/${id}`, { version: 1, status: 'ended' });
    expect([ended.status, ended.json.status]).toEqual([200, 'ended']);
    expect(await counts(area)).toMatchObject({
      [countAttribute('support')]: 0,
      [countAttribute('support', 'so')]: 0,
    });
    expect(await indexed(trayIndexPartition({}), id)).toEqual([]);
    const coverage = await anonymous().get('/api/tray/coverage');
    expect((coverage.json.rows as { area: { name: string } }[]).some((row) => row.area.name === area)).toBe(
      false,
    );
  });

  it('are at most 300 not ended per organisation, by a tally moved in the same write', async () => {
    const crowded = await memberOrganisation(coordinator, 'tray-crowded');
    const rep = crowded.reps[0] as Client;
    const first = await rep.post('/api/activities', input(crowded.id));
    expect(first.status).toBe(201);
    const tally = async () =>
      (await store().db.send(new GetCommand({ TableName: store().tableName, Key: trayTallyKey(crowded.id) })))
        .Item;
    expect(await tally()).toMatchObject({ activities: 1 });
    // As if the organisation had its limit of activities: the next one is refused, and nothing is written.
    const setTally = (activities: number) =>
      store().db.send(
        new UpdateCommand({
          TableName: store().tableName,
          Key: trayTallyKey(crowded.id),
          UpdateExpression: 'SET activities = :n',
          ExpressionAttributeValues: { ':n': activities },
        }),
      );
    await setTally(trayLimits.activitiesPerOrganisation);
    const refused = await rep.post('/api/activities', input(crowded.id));
    expect([refused.status, refused.json.error.code]).toEqual([409, 'too_many_activities']);
    const listed = await rep.get(`/api/organisations/${crowded.id}/activities`);
    expect((listed.json.items as unknown[]).length).toBe(1);
    await setTally(1);
    // Ending one frees its place; reopening takes it again.
    expect(
      (await rep.patch(`/api/activities/${first.json.id}`, { version: 1, status: 'ended' })).status,
    ).toBe(200);
    expect(await tally()).toMatchObject({ activities: 0 });
    expect(
      (await rep.patch(`/api/activities/${first.json.id}`, { version: 2, status: 'active' })).status,
    ).toBe(200);
    expect(await tally()).toMatchObject({ activities: 1 });
  });
});

describe('units', () => {
  it('are the organisation’s own, and one with activities is not removed', async () => {
    const rep = org.reps[0] as Client;
    const created = await rep.post(`/api/organisations/${org.id}/units`, {
      name: 'Keski-Suomen piiri',
      level: 'regional',
      areas: [{ kind: 'region', name: 'Keski-Suomi' }],
    });
    expect(created.status).toBe(201);
    const unitId = created.json.id as string;
    expect((await anonymous().get(`/api/organisations/${org.id}/units`)).json.items).toContainEqual(
      expect.objectContaining({ id: unitId, name: 'Keski-Suomen piiri' }),
    );
    expect(
      (await (other.reps[0] as Client).post(`/api/organisations/${org.id}/units`, created.json)).status,
    ).toBe(403);

    // Another organisation cannot put its activity under this unit.
    const foreign = await (other.reps[0] as Client).post('/api/activities', input(other.id, { unitId }));
    expect([foreign.status, foreign.json.error.code]).toEqual([400, 'unknown_unit']);

    const activity = await rep.post('/api/activities', input(org.id, { unitId }));
    expect(activity.status).toBe(201);
    const view = await anonymous().get(`/api/activities/${activity.json.id}`);
    expect(view.json.unitName).toBe('Keski-Suomen piiri');

    const renamed = await rep.patch(`/api/organisations/${org.id}/units/${unitId}`, { name: 'Piiri' });
    expect(renamed.json.name).toBe('Piiri');

    const inUse = await rep.delete(`/api/organisations/${org.id}/units/${unitId}`);
    expect([inUse.status, inUse.json.error.code]).toEqual([409, 'unit_in_use']);
    // An ended activity still belongs to the unit; moved to the organisation itself, it frees it.
    await rep.patch(`/api/activities/${activity.json.id}`, { version: 1, status: 'ended' });
    expect((await rep.delete(`/api/organisations/${org.id}/units/${unitId}`)).status).toBe(409);
    const moved = await rep.patch(`/api/activities/${activity.json.id}`, { version: 2, unitId: null });
    expect(moved.json.unitId).toBeUndefined();
    expect((await rep.delete(`/api/organisations/${org.id}/units/${unitId}`)).status).toBe(204);
    expect((await rep.delete(`/api/organisations/${org.id}/units/${unitId}`)).status).toBe(404);
  });

  it('are at most 200 per organisation, by a tally moved in the same write', async () => {
    const many = await memberOrganisation(coordinator, 'tray-units');
    const rep = many.reps[0] as Client;
    const unit = { name: 'Piiri', level: 'local', areas: [{ kind: 'municipality', name: town('Kunta') }] };
    const made = await rep.post(`/api/organisations/${many.id}/units`, unit);
    expect(made.status).toBe(201);
    const setUnits = (units: number) =>
      store().db.send(
        new UpdateCommand({
          TableName: store().tableName,
          Key: trayTallyKey(many.id),
          UpdateExpression: 'SET #units = :n',
          ExpressionAttributeNames: { '#units': 'units' },
          ExpressionAttributeValues: { ':n': units },
        }),
      );
    await setUnits(trayLimits.unitsPerOrganisation);
    const refused = await rep.post(`/api/organisations/${many.id}/units`, unit);
    expect([refused.status, refused.json.error.code]).toEqual([409, 'too_many_units']);
    expect((await anonymous().get(`/api/organisations/${many.id}/units`)).json.items).toHaveLength(1);
    await setUnits(1);
    expect((await rep.delete(`/api/organisations/${many.id}/units/${made.json.id}`)).status).toBe(204);
    expect((await rep.post(`/api/organisations/${many.id}/units`, unit)).status).toBe(201);
  });
});

describe('tray partners', () => {
  let partner: { id: string; name: string; email: string; rep: Client };

  beforeAll(async () => {
    const email = uniqueEmail('tray-partner');
    const name = `Kumppani ${randomUUID().slice(0, 6)}`;
    const invited = await coordinator.post('/api/tray-partners', {
      name,
      municipalities: ['Vantaa'],
      languages: ['fi', 'so'],
      description: 'Urheiluseura, joka kutsuu kaikki mukaan.',
      representative: { email, language: 'en' },
    });
    expect(invited.status).toBe(201);
    expect(invited.json).toMatchObject({ status: 'partner', representativeCount: 1 });
    const mail = await waitForSubject(email, `Invitation to the integration tray: ${name}`);
    expect(mail?.body.text).toContain('/sign-in');
    partner = { id: invited.json.id, name, email, rep: await signIn(email) };
  });

  it('are invited by the coordinator only', async () => {
    const body = {
      name: 'X',
      municipalities: ['Vantaa'],
      languages: ['fi'],
      description: 'X',
      representative: { email: uniqueEmail('x') },
    };
    expect((await (org.reps[0] as Client).post('/api/tray-partners', body)).status).toBe(403);
    expect((await anonymous().post('/api/tray-partners', body)).status).toBe(401);
  });

  it('are listed as partners, not in the member directory nor among members’ recipients', async () => {
    const partners: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await anonymous().get(`/api/tray-partners${cursor ? `?cursor=${cursor}` : ''}`);
      partners.push(...page.json.items.map((o: { id: string }) => o.id));
      cursor = page.json.cursor;
    } while (cursor);
    expect(partners).toContain(partner.id);
    const members: string[] = [];
    cursor = undefined;
    do {
      const page = await listOrganisations(store(), 'member', cursor);
      members.push(...page.items.map((o) => o.id));
      cursor = page.cursor;
    } while (cursor);
    expect(members).not.toContain(partner.id);
    expect(members).toContain(org.id);
    // The yearly survey's recipients are members' representatives only.
    const surveyed = (await memberRepresentatives(store())).map((rep) => rep.email);
    expect(surveyed).not.toContain(partner.email);
  });

  it('keep their profile, representatives and activities, but cannot act as members', async () => {
    const { rep, id } = partner;
    expect((await rep.patch(`/api/organisations/${id}`, { description: 'Liikuntaa kaikille.' })).status).toBe(
      200,
    );
    expect(
      (await rep.post(`/api/organisations/${id}/representatives`, { email: uniqueEmail('tray-partner-2') }))
        .status,
    ).toBe(201);
    const activity = await rep.post('/api/activities', input(id, { category: 'recruitment' }));
    expect(activity.status).toBe(201);

    const subscription = await rep.post(`/api/organisations/${id}/subscriptions`, {
      bodies: ['any-body'],
      language: 'fi',
      frequency: 'weekly',
    });
    expect([subscription.status, subscription.json.error?.code]).toEqual([409, 'not_a_member']);
    expect((await rep.post(`/api/organisations/${id}/resignation`, {})).json.error.code).toBe('not_a_member');
  });

  it('cannot sign statements nor host meetings, and are not invited to the network’s meetings', async () => {
    const { rep, id, email } = partner;
    const body = (
      await coordinator.post('/api/bodies', {
        kind: 'board',
        municipality: 'Vantaa',
        name: { fi: `Kumppanilautakunta ${randomUUID().slice(0, 6)}` },
        submissionEmail: uniqueEmail('kirjaamo'),
      })
    ).json.id as string;
    const consultation = await coordinator.post('/api/consultations', {
      bodyId: body,
      kind: 'consultation',
      originalLanguage: 'fi',
      texts: { fi: { title: 'Liikuntapaikat', summary: 'Kunta kysyy.' } },
      topics: ['education'],
      statementDeadline: new Date(Date.now() + 20 * 86_400_000).toISOString(),
      contact: { name: 'Valmistelija', email: 'valmistelija@example.org' },
    });
    await coordinator.post(`/api/consultations/${consultation.json.id}/publish`);
    const drafted = await rep.post(`/api/consultations/${consultation.json.id}/statements`, {
      organisationId: id,
      language: 'fi',
      title: 'Kumppanin lausunto',
      body: 'Esitämme.',
    });
    expect([drafted.status, drafted.json.error.code]).toEqual([409, 'not_a_member']);
    const lead = org.reps[0] as Client;
    const statement = await lead.post(`/api/consultations/${consultation.json.id}/statements`, {
      organisationId: org.id,
      language: 'fi',
      title: 'Jäsenen lausunto',
      body: 'Esitämme.',
    });
    await lead.post(`/api/statements/${statement.json.id}/open`, {
      cosignDeadline: new Date(Date.now() + 10 * 86_400_000).toISOString(),
    });
    const signed = await rep.post(`/api/statements/${statement.json.id}/signatures`, {
      organisationId: id,
      mandate: { kind: 'standing' },
      version: 1,
    });
    expect([signed.status, signed.json.error?.code]).toEqual([409, 'not_a_member']);

    const series = await coordinator.post('/api/meeting-series', {
      name: `Kumppanitapaamiset ${randomUUID().slice(0, 6)}`,
      rotation: [org.id],
    });
    const startsAt = new Date(Date.now() + 30 * 86_400_000);
    const meeting = {
      seriesId: series.json.id,
      title: `Verkostotapaaminen ${randomUUID().slice(0, 6)}`,
      capacity: 20,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
      onlineUrl: 'https://meet.example.org/tray',
    };
    const hosted = await rep.post('/api/meetings', { ...meeting, hostOrganisationId: id });
    expect(hosted.status).toBe(409);
    const planned = await lead.post('/api/meetings', { ...meeting, hostOrganisationId: org.id });
    expect((await lead.post(`/api/meetings/${planned.json.id}/publish`)).status).toBe(200);
    const invitation = await waitForMatching(lead.email, (m) => m.subject.includes(meeting.title));
    expect(invitation).toHaveLength(1);
    expect((await emailsTo(email)).map((m) => m.subject).join('\n')).not.toContain(meeting.title);
  });
});

describe('the stored activity', () => {
  it('is the one the API answers', async () => {
    const { json } = await (org.reps[0] as Client).post('/api/activities', input(org.id));
    const { Item } = await store().db.send(
      new GetCommand({ TableName: store().tableName, Key: activityKey(json.id) }),
    );
    expect(Item).toMatchObject({ entity: 'activity', id: json.id, gsi2pk: `ORG#${org.id}#ACTIVITIES` });
  });
});
