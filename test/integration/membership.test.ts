import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { duplicateKeys } from '#shared/membership/application-store.ts';
import { getOrganisation } from '#shared/membership/organisation-store.ts';
import { principles } from '#shared/membership/principles.ts';
import { decideRemoval } from '#shared/membership/removal-store.ts';
import { store } from '#shared/store/client.ts';
import { queryAll } from '#shared/store/query.ts';
import {
  anonymous,
  applicant,
  type Client,
  latestCode,
  memberOrganisation,
  signedInCoordinator,
  signIn,
  uniqueEmail,
} from '../support/people.ts';
import { emailsTo, waitForEmails, waitForSubject } from '../support/ses.ts';

/** Every member in the public directory, page by page: other tests add members meanwhile. */
async function wholeDirectory(): Promise<{ id: string; name: string }[]> {
  const members = [];
  let cursor: string | undefined;
  do {
    const page = await anonymous().get(
      `/api/organisations${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    members.push(...page.json.items);
    cursor = page.json.cursor;
  } while (cursor);
  return members;
}

const applicationBody = (name: string, representatives: string[], extra: Record<string, unknown> = {}) => ({
  organisationName: name,
  municipalities: ['Jyväskylä'],
  languages: ['fi', 'ar'],
  topics: ['education'],
  description: 'Kerhoja ja vertaistukea.',
  contact: { name: 'Contact', email: representatives[0], language: 'en' },
  representatives,
  acceptedPrinciplesVersion: principles.version,
  ...extra,
});

let coordinator: Client;

beforeAll(async () => {
  coordinator = await signedInCoordinator();
});

describe('sign-in', () => {
  it('answers an unknown address exactly as a known one', async () => {
    const known = await anonymous().post('/api/auth/code', { email: coordinator.email });
    const unknown = await anonymous().post('/api/auth/code', { email: uniqueEmail('nobody') });
    expect(unknown.status).toBe(known.status);
    expect(unknown.json).toEqual(known.json);
    expect(known.json).toEqual({ sent: true, validMinutes: 15 });
  });

  it('emails a code that works once, with a link carrying it', async () => {
    const email = uniqueEmail('once');
    await anonymous().post('/api/auth/code', { email, language: 'fi' });
    const [mail] = await waitForEmails(email);
    expect(mail?.subject).toMatch(/^Kaiutin-kirjautumiskoodi: \d{6}$/);
    const code = await latestCode(email);
    expect(mail?.body.text).toContain(`/sign-in?email=${encodeURIComponent(email)}&code=${code}`);
    expect((await anonymous().post('/api/auth/session', { email, code })).status).toBe(200);
    const again = await anonymous().post('/api/auth/session', { email, code });
    expect(again.status).toBe(400);
    expect(again.json.error.code).toBe('code_used');
  });

  it('locks a code after five wrong tries: the sixth answer, and the right code, are refused', async () => {
    const email = uniqueEmail('locked');
    await anonymous().post('/api/auth/code', { email });
    const code = await latestCode(email);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i += 1) {
      expect((await anonymous().post('/api/auth/session', { email, code: wrong })).json.error.code).toBe(
        'wrong_code',
      );
    }
    expect((await anonymous().post('/api/auth/session', { email, code: wrong })).json.error.code).toBe(
      'code_locked',
    );
    const right = await anonymous().post('/api/auth/session', { email, code });
    expect(right.status).toBe(400);
    expect(right.json.error.code).toBe('code_locked');
  });

  it('limits the codes sent to one address', async () => {
    const email = uniqueEmail('limited');
    const answers = [];
    for (let i = 0; i < 6; i += 1) answers.push(await anonymous().post('/api/auth/code', { email }));
    expect(answers.slice(0, 5).map((a) => a.status)).toEqual([202, 202, 202, 202, 202]);
    expect(answers[5]?.status).toBe(429);
    expect(Number(answers[5]?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await emailsTo(email)).toHaveLength(5);
  });

  it('refuses requests without a session, with a tampered token, and after signing out', async () => {
    const client = await signIn(uniqueEmail('session'));
    expect((await client.get('/api/me')).status).toBe(200);
    expect((await anonymous().get('/api/me')).status).toBe(401);
    const [name, token = ''] = (client.cookie ?? '').split('=');
    const [header, payload, signature = ''] = token.split('.');
    const forged = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
    forged.sub = 'someone-else';
    const tampered = `${header}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${signature}`;
    const tamperedClient = Object.assign(anonymous(), { cookie: `${name}=${tampered}` });
    expect((await tamperedClient.get('/api/me')).status).toBe(401);
    const stolen = client.cookie;
    const signedOut = await client.delete('/api/auth/session');
    expect(signedOut.status).toBe(204);
    expect(signedOut.headers.get('set-cookie')).toContain('Max-Age=0');
    expect((await Object.assign(anonymous(), { cookie: stolen }).get('/api/me')).status).toBe(401);
  });

  it('refuses a session past its time that DynamoDB has not yet deleted (TTL deletes late)', async () => {
    const client = await signIn(uniqueEmail('expired'));
    expect((await client.get('/api/me')).status).toBe(200);
    const payload = (client.cookie ?? '').split('=')[1]?.split('.')[1] ?? '';
    const { sub, sid } = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const s = store();
    await s.db.send(
      new UpdateCommand({
        TableName: s.tableName,
        Key: { pk: `PERSON#${sub}`, sk: `SESSION#${sid}` },
        UpdateExpression: 'SET expiresAt = :past',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':past': Math.floor(Date.now() / 1000) - 1 },
      }),
    );
    const answer = await client.get('/api/me');
    expect(answer.status).toBe(401);
    expect(answer.json.error.code).toBe('unauthorized');
  });
});

describe('the first coordinator', () => {
  const run = (args: string[]) => {
    const { baseUrl, dynamodbEndpoint } = inject('runtime');
    const env = {
      ...process.env,
      PORT: new URL(baseUrl).port,
      DYNAMODB_PORT: new URL(dynamodbEndpoint).port,
      TABLE_NAME: '',
    };
    return promisify(execFile)(process.execPath, ['--import', 'tsx', 'infra/coordinator.ts', ...args], {
      env,
    });
  };

  it('is made with `npm run coordinator -- <email>`, and can then act as one', async () => {
    const email = uniqueEmail('first');
    const { stdout } = await run([email]);
    expect(stdout).toContain(`${email} is now a coordinator (local runtime).`);
    expect((await run([email])).stdout).toContain(`${email} was already a coordinator`);
    const client = await signIn(email);
    expect((await client.get('/api/me')).json.coordinator).toBe(true);
    const audit = await client.get('/api/audit');
    const grants = audit.json.items.filter(
      (e: { action: string; after: { email: string } }) =>
        e.action === 'coordinator.granted' && e.after.email === email,
    );
    expect(grants).toHaveLength(1);
  });

  it('explains its usage when the address is missing or wrong', async () => {
    await expect(run(['not-an-address'])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Usage: npm run coordinator'),
    });
  });
});

describe('membership applications', () => {
  it('are decided by the coordinator only', async () => {
    const outsider = await signIn(uniqueEmail('outsider'));
    expect((await outsider.get('/api/applications')).status).toBe(403);
    expect((await anonymous().get('/api/applications')).status).toBe(401);
    const applied = await applicant().post(
      '/api/applications',
      applicationBody('Outsider ry', [outsider.email]),
    );
    expect((await outsider.post(`/api/applications/${applied.json.id}/approve`)).status).toBe(403);
  });

  it('approved twice at once make one organisation, and its representatives are invited', async () => {
    const rep = uniqueEmail('twice');
    const name = `Twice ${randomUUID().slice(0, 6)} ry`;
    const applied = await applicant().post('/api/applications', applicationBody(name, [rep]));
    const pending = await coordinator.get('/api/applications?status=pending');
    expect(pending.json.items.map((a: { id: string }) => a.id)).toContain(applied.json.id);
    const [first, second] = await Promise.all([
      coordinator.post(`/api/applications/${applied.json.id}/approve`),
      coordinator.post(`/api/applications/${applied.json.id}/approve`),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    expect((await coordinator.post(`/api/applications/${applied.json.id}/approve`)).json.error.code).toBe(
      'already_decided',
    );
    expect((await wholeDirectory()).filter((o) => o.name === name)).toHaveLength(1);
    const subjects = (await waitForEmails(rep, 2)).map((mail) => mail.subject);
    // Two notices of one stream batch are sent side by side: their order is not the point here.
    expect(subjects.sort()).toEqual(['Membership application received', `Welcome to the network: ${name}`]);
    const representative = await signIn(rep);
    expect((await representative.get('/api/me')).json.organisations).toEqual([
      { id: applied.json.id, name, status: 'member' },
    ]);
  });

  it('flag a likely duplicate by business ID, and tell the coordinator which', async () => {
    const businessId = '0112038-9';
    const first = await applicant().post(
      '/api/applications',
      applicationBody('Ensimmäinen ry', [uniqueEmail('dup')], { businessId }),
    );
    expect(first.json.likelyDuplicate).toBe(false);
    const second = await applicant().post(
      '/api/applications',
      applicationBody('Toinen nimi ry', [uniqueEmail('dup')], { businessId }),
    );
    expect(second.json.likelyDuplicate).toBe(true);
    const seen = await coordinator.get(`/api/applications/${second.json.id}`);
    expect(seen.json.possibleDuplicates).toContainEqual({
      kind: 'application',
      id: first.json.id,
      name: 'Ensimmäinen ry',
    });
  });

  it('rejected, tell the applicant why, and cannot be decided again', async () => {
    const contact = uniqueEmail('rejected');
    const applied = await applicant().post('/api/applications', applicationBody('Hylätty ry', [contact]));
    const rejected = await coordinator.post(`/api/applications/${applied.json.id}/reject`, {
      reason: 'Not an association.',
    });
    expect(rejected.json.status).toBe('rejected');
    expect((await coordinator.post(`/api/applications/${applied.json.id}/approve`)).status).toBe(409);
    const mail = await waitForSubject(contact, 'Membership application not approved');
    expect(mail?.body.text).toContain('Not an association.');
    expect(mail?.body.text).not.toContain('Hylätty');
  });

  it('rejected, leave no duplicate markers behind', async () => {
    const body = applicationBody(`Roskaposti ${randomUUID().slice(0, 6)} ry`, [uniqueEmail('spam')], {
      municipalities: ['Jyväskylä', 'Muurame'],
    });
    const markers = async () =>
      (await Promise.all(duplicateKeys(body).map((partition) => queryAll(store(), { partition })))).flat();
    const applied = await applicant().post('/api/applications', body);
    expect(applied.status).toBe(201);
    expect(await markers()).toHaveLength(2);
    const rejected = await coordinator.post(`/api/applications/${applied.json.id}/reject`, {
      reason: 'Spam.',
    });
    expect(rejected.status).toBe(200);
    expect(await markers()).toEqual([]);
    const again = await applicant().post('/api/applications', body);
    expect(again.json.likelyDuplicate).toBe(false);
  });

  it('naming a municipality twice, or one with no letters, are taken with one marker per place', async () => {
    const body = applicationBody(`Kaksoiskunta ${randomUUID().slice(0, 6)} ry`, [uniqueEmail('twice')], {
      municipalities: ['Vantaa', 'VANTAA ', '\u{F0000}\u0007', '\u{F4F20}\t'],
    });
    const keys = duplicateKeys(body);
    expect(keys).toHaveLength(1);
    const applied = await applicant().post('/api/applications', body);
    expect(applied.status).toBe(201);
    const markers = await queryAll(store(), { partition: keys[0] ?? '' });
    expect(markers.map((marker) => marker.id)).toEqual([applied.json.id]);
  });

  it('from one client are limited: of 25 in a row, the first 10 are taken and the rest refused', async () => {
    const client = applicant();
    const answers = [];
    for (let i = 0; i < 25; i += 1) {
      const email = uniqueEmail('relay');
      answers.push(await client.post('/api/applications', applicationBody(`Relay ${i} ry`, [email])));
    }
    expect(answers.map((a) => a.status)).toEqual([...Array(10).fill(201), ...Array(15).fill(429)]);
    expect(answers[24]?.json.error.code).toBe('too_many_requests');
    expect(Number(answers[24]?.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('naming one contact address are limited, from whichever client they come', async () => {
    const contact = uniqueEmail('victim');
    const answers = [];
    for (let i = 0; i < 5; i += 1)
      answers.push(await applicant().post('/api/applications', applicationBody(`Flood ${i} ry`, [contact])));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 429, 429]);
    expect(answers[3]?.json.error.code).toBe('too_many_requests');
    expect(await waitForEmails(contact, 3)).toHaveLength(3);
  });

  it('send the contact address a receipt with nothing the applicant wrote in it', async () => {
    const contact = uniqueEmail('receipt');
    const written = ['Phishing', 'Verify your bank account', 'https://evil.example/login', 'Mallory'];
    const applied = await applicant().post(
      '/api/applications',
      applicationBody(`${written[0]} ${written[1]} ${written[2]}`, [contact], {
        description: `${written[1]} at ${written[2]}`,
        municipalities: [written[2]],
        contact: { name: written[3], email: contact, language: 'en' },
      }),
    );
    expect(applied.status).toBe(201);
    const [receipt] = await waitForEmails(contact);
    expect(receipt?.subject).toBe('Membership application received');
    const mail = `${receipt?.subject}\n${receipt?.body.text}\n${receipt?.body.html}`;
    for (const text of written) expect(mail).not.toContain(text);
  });

  it('refuse HTML and text that is not valid Unicode, saying which field and why', async () => {
    const contact = uniqueEmail('html');
    const refused = await applicant().post(
      '/api/applications',
      applicationBody('<a href="https://evil.example">Pankki</a>', [contact], {
        description: 'Kerho \uD800',
        contact: { name: '<img src=x>', email: contact, language: 'en' },
      }),
    );
    expect(refused.status).toBe(400);
    expect(refused.json.error.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'organisationName', code: 'noHtml' }),
        expect.objectContaining({ field: 'description', code: 'format' }),
        expect.objectContaining({ field: 'contact.name', code: 'noHtml' }),
      ]),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await emailsTo(contact)).toEqual([]);
  });
});

describe('organisations', () => {
  it('are edited by their own representatives: A cannot edit B', async () => {
    const a = await memberOrganisation(coordinator, 'A');
    const b = await memberOrganisation(coordinator, 'B');
    const [repA] = a.reps as [Client];
    expect((await repA.patch(`/api/organisations/${b.id}`, { description: 'Hijacked' })).status).toBe(403);
    expect(
      (await repA.post(`/api/organisations/${b.id}/representatives`, { email: uniqueEmail('x') })).status,
    ).toBe(403);
    expect((await repA.get(`/api/organisations/${b.id}/audit`)).status).toBe(403);
    const edited = await repA.patch(`/api/organisations/${a.id}`, { description: 'Uusi kuvaus.' });
    expect(edited.status).toBe(200);
    expect((await anonymous().get(`/api/organisations/${a.id}`)).json.description).toBe('Uusi kuvaus.');
    const audit = await repA.get(`/api/organisations/${a.id}/audit`);
    expect(audit.json.items[0]).toMatchObject({
      action: 'organisation.updated',
      before: { description: 'Kerhoja ja vertaistukea.' },
      after: { description: 'Uusi kuvaus.' },
    });
    expect(
      (await coordinator.get('/api/audit')).json.items.some(
        (e: { action: string }) => e.action === 'organisation.updated',
      ),
    ).toBe(true);
    expect((await repA.get('/api/audit')).status).toBe(403);
  });

  it('keep at least one representative', async () => {
    const org = await memberOrganisation(coordinator, 'Reps');
    const [rep] = org.reps as [Client];
    const newcomer = uniqueEmail('newcomer');
    const added = await rep.post(`/api/organisations/${org.id}/representatives`, { email: newcomer });
    expect(added.status).toBe(201);
    // Fixed text: the address confirmed nothing, and the organisation's name is its own to change.
    const [invited] = await waitForEmails(newcomer);
    expect(invited?.subject).toBe('Teidät on nimetty edustajaksi Kaiuttimessa');
    expect(JSON.stringify(invited)).not.toContain(org.name);
    expect((await rep.post(`/api/organisations/${org.id}/representatives`, { email: newcomer })).status).toBe(
      409,
    );
    expect(
      (await rep.delete(`/api/organisations/${org.id}/representatives/${added.json.personId}`)).status,
    ).toBe(204);
    const me = (await rep.get('/api/me')).json.personId;
    const last = await rep.delete(`/api/organisations/${org.id}/representatives/${me}`);
    expect(last.status).toBe(409);
    expect(last.json.error.code).toBe('last_representative');
  });

  it('name at most 10 representatives a day, so adding and removing cannot mail anyone at will', async () => {
    const org = await memberOrganisation(coordinator, 'Manyreps');
    const [rep] = org.reps as [Client];
    const statuses = [];
    for (let i = 0; i < 12; i += 1)
      statuses.push(
        (await rep.post(`/api/organisations/${org.id}/representatives`, { email: uniqueEmail('rep') }))
          .status,
      );
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(201));
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('resign by simple notice: the coordinators are told, the directory drops them, their powers end', async () => {
    const org = await memberOrganisation(coordinator, 'Resigning');
    const [rep] = org.reps as [Client];
    expect((await coordinator.post(`/api/organisations/${org.id}/resignation`, {})).status).toBe(403);
    const resigned = await rep.post(`/api/organisations/${org.id}/resignation`, {
      reason: 'Toiminta päättyy.',
    });
    expect(resigned.json).toMatchObject({ status: 'resigned' });
    const notice = await waitForSubject(coordinator.email, `Resignation: ${org.name}`);
    expect(notice?.body.text).toContain('Toiminta päättyy.');
    expect((await wholeDirectory()).map((o) => o.id)).not.toContain(org.id);
    const edit = await rep.patch(`/api/organisations/${org.id}`, { description: 'x' });
    expect(edit.status).toBe(409);
    expect((await rep.post(`/api/organisations/${org.id}/resignation`, {})).status).toBe(409);
  });
});

describe('removal with a hearing', () => {
  it('cannot be decided before the deadline without a response; after the response it can', async () => {
    const org = await memberOrganisation(coordinator, 'Hearing');
    const [rep] = org.reps as [Client];
    expect(
      (await rep.post(`/api/organisations/${org.id}/removal`, { ground: 'criteria', explanation: 'x' }))
        .status,
    ).toBe(403);
    const opened = await coordinator.post(`/api/organisations/${org.id}/removal`, {
      ground: 'unreachable',
      explanation: 'Three letters came back.',
    });
    expect(opened.status).toBe(201);
    expect(new Date(opened.json.deadline).getTime() - new Date(opened.json.openedAt).getTime()).toBe(
      14 * 86_400_000,
    );
    const notice = await waitForSubject(rep.email, `Request for an explanation: ${org.name}`);
    expect(notice?.body.text).toContain('cannot be reached despite repeated attempts');
    expect(
      (
        await coordinator.post(`/api/organisations/${org.id}/removal`, {
          ground: 'criteria',
          explanation: 'again',
        })
      ).status,
    ).toBe(409);

    const early = await coordinator.post(`/api/organisations/${org.id}/removal/decision`, {
      outcome: 'removed',
      reason: 'No answer.',
    });
    expect(early.status).toBe(409);
    expect(early.json.error.code).toBe('hearing_open');

    expect(
      (await rep.post(`/api/organisations/${org.id}/removal/response`, { text: 'We moved; new address.' }))
        .status,
    ).toBe(200);
    expect((await rep.post(`/api/organisations/${org.id}/removal/response`, { text: 'Again.' })).status).toBe(
      409,
    );
    const decided = await coordinator.post(`/api/organisations/${org.id}/removal/decision`, {
      outcome: 'kept',
      reason: 'Reachable again.',
    });
    expect(decided.json.decision).toMatchObject({ outcome: 'kept', reason: 'Reachable again.' });
    expect((await anonymous().get(`/api/organisations/${org.id}`)).json.status).toBe('member');
    const actions = (await coordinator.get(`/api/organisations/${org.id}/audit`)).json.items.map(
      (e: { action: string }) => e.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining(['removal.opened', 'removal.responded', 'removal.decided.kept']),
    );
  });

  it('can be decided once the deadline has passed without a response, and removes the member', async () => {
    const org = await memberOrganisation(coordinator, 'Silent');
    await coordinator.post(`/api/organisations/${org.id}/removal`, {
      ground: 'hinders',
      explanation: 'Reported twice.',
      hearingDays: 7,
    });
    const member = await getOrganisation(store(), org.id);
    if (!member) throw new Error('organisation missing');
    const beforeDeadline = new Date(Date.now() + 6 * 86_400_000);
    await expect(
      decideRemoval(
        store(),
        member,
        { outcome: 'removed', reason: 'No answer.' },
        'system',
        [],
        beforeDeadline,
      ),
    ).rejects.toThrow(/still open/);
    const afterDeadline = new Date(Date.now() + 8 * 86_400_000);
    await decideRemoval(
      store(),
      member,
      { outcome: 'removed', reason: 'No answer.' },
      'system',
      [],
      afterDeadline,
    );
    expect((await anonymous().get(`/api/organisations/${org.id}`)).json.status).toBe('removed');
  });
});

describe('bodies and officers', () => {
  it('are managed by the coordinator; officers see their own body only', async () => {
    const body = (name: string) => ({
      kind: 'board',
      municipality: 'Jyväskylä',
      name: { fi: name },
      submissionEmail: 'kirjaamo@example.org',
    });
    const x = await coordinator.post('/api/bodies', body('Kasvatus- ja opetuslautakunta'));
    const y = await coordinator.post('/api/bodies', body('Sosiaali- ja terveyslautakunta'));
    expect(x.status).toBe(201);
    const officerEmail = uniqueEmail('officer');
    expect(
      (await coordinator.post(`/api/bodies/${x.json.id}/officers`, { email: officerEmail, language: 'sv' }))
        .status,
    ).toBe(201);
    expect((await waitForEmails(officerEmail))[0]?.subject).toBe('Kaiutin: Kasvatus- ja opetuslautakunta');
    const officer = await signIn(officerEmail);
    expect((await officer.get(`/api/bodies/${x.json.id}/officers`)).status).toBe(200);
    expect((await officer.get(`/api/bodies/${y.json.id}/officers`)).status).toBe(403);
    expect((await officer.post('/api/bodies', body('Oma lautakunta'))).status).toBe(403);
    expect((await officer.get('/api/me')).json.bodies).toEqual([
      { id: x.json.id, name: 'Kasvatus- ja opetuslautakunta' },
    ]);
    const renamed = await coordinator.patch(`/api/bodies/${x.json.id}`, {
      name: { fi: 'Kasvatuslautakunta', sv: 'Fostringsnämnden' },
    });
    expect(renamed.json.name).toEqual({ fi: 'Kasvatuslautakunta', sv: 'Fostringsnämnden' });
    expect((await anonymous().get('/api/bodies')).json.items.map((b: { id: string }) => b.id)).toEqual(
      expect.arrayContaining([x.json.id, y.json.id]),
    );
  });
});

describe('personal data', () => {
  it('can be exported, and an account deleted; what was done stays, without the address', async () => {
    const org = await memberOrganisation(coordinator, 'Data', 2);
    const [first, second] = org.reps as [Client, Client];
    await first.patch(`/api/organisations/${org.id}`, { description: 'Muokattu.' });
    const exported = await first.get('/api/me/export');
    expect(exported.json.person.email).toBe(first.email);
    expect(exported.json.actions.map((a: { action: string }) => a.action)).toContain('organisation.updated');

    expect((await first.delete('/api/me')).status).toBe(204);
    expect((await first.get('/api/me')).status).toBe(401);
    const audit = await second.get(`/api/organisations/${org.id}/audit`);
    const edit = audit.json.items.find((e: { action: string }) => e.action === 'organisation.updated');
    expect(edit.actor).toEqual({ personId: exported.json.person.personId });
    expect(JSON.stringify(audit.json)).not.toContain(first.email);
    const reps = await second.get(`/api/organisations/${org.id}/representatives`);
    expect(reps.json.items.map((r: { email: string }) => r.email)).toEqual([second.email]);

    const sole = await second.delete('/api/me');
    expect(sole.status).toBe(409);
    expect(sole.json.error.code).toBe('last_representative');
  });
});
