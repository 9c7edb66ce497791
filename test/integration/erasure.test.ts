import { randomUUID } from 'node:crypto';
import { BatchWriteCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { digestEntriesOf } from '#shared/alerts/digest-store.ts';
import { deliveryKey } from '#shared/alerts/tally-store.ts';
import { releaseWaiting, waitingFor } from '#shared/alerts/waiting-store.ts';
import { auditItem, listScopeEntries } from '#shared/audit/audit-store.ts';
import { getOrganisation } from '#shared/membership/organisation-store.ts';
import { principles } from '#shared/membership/principles.ts';
import { CONSENT_VERSION } from '#shared/peers/facts.ts';
import { deleteAccount, finishPendingErasures } from '#shared/people/delete-account.ts';
import { callerFrom, findPersonId, putSession, readPersonPartition } from '#shared/people/person-store.ts';
import type { Store } from '#shared/store/client.ts';
import { store } from '#shared/store/client.ts';
import { KEY } from '#shared/store/table.ts';
import { createItem } from '#shared/store/transactions.ts';
import { createSubscription, listSubscriptions } from '#shared/subscriptions/subscription-store.ts';
import { allItems } from '../support/invariants.ts';
import {
  anonymous,
  type Client,
  memberOrganisation,
  signedInCoordinator,
  signIn,
  uniqueEmail,
} from '../support/people.ts';
import { waitForMatching } from '../support/ses.ts';

const { dynamodbEndpoint, tableName } = inject('runtime');

const partitionOf = async (pk: string) =>
  (
    await store().db.send(
      new QueryCommand({
        TableName: store().tableName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': KEY.pk },
        ExpressionAttributeValues: { ':pk': pk },
        ConsistentRead: true,
      }),
    )
  ).Items ?? [];

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 200; i += 1) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Gave up waiting');
}

describe('deleting an account', () => {
  it('works whatever its size: 150 sessions, 40 subscriptions and 60 audit entries go or lose the address', async () => {
    const coordinator = await signedInCoordinator();
    const org = await memberOrganisation(coordinator, 'Big', 2);
    const person = org.reps[0] as Client;
    const personId = (await findPersonId(store(), person.email)) as string;
    const now = new Date();
    for (let i = 0; i < 150; i += 1)
      await putSession(store(), personId, randomUUID(), Math.floor(now.getTime() / 1000) + 86_400);
    for (let i = 0; i < 40; i += 1)
      await createSubscription(store(), {
        id: randomUUID(),
        organisationId: org.id,
        bodies: [`body-${randomUUID()}`],
        municipalities: [],
        topics: [],
        language: 'fi',
        frequency: 'weekly',
        email: person.email,
        createdAt: now.toISOString(),
      });
    for (let i = 0; i < 60; i += 1)
      await createItem(
        store(),
        auditItem(
          {
            actor: { personId, email: person.email },
            action: 'organisation.updated',
            organisationId: org.id,
            after: { description: `Edit ${i}` },
          },
          now,
        ),
      );

    expect((await person.delete('/api/me')).status).toBe(204);

    expect((await person.get('/api/me')).status).toBe(401);
    const left = await partitionOf(`PERSON#${personId}`);
    expect(left.map((item) => item[KEY.sk])).toEqual(['PROFILE']);
    expect(left[0]).toMatchObject({ deleted: true });
    expect(left[0]).not.toHaveProperty('email');
    expect(left[0]).not.toHaveProperty(KEY.gsi1pk);
    expect(await listSubscriptions(store(), org.id)).toEqual([]);
    expect((await getOrganisation(store(), org.id))?.representativeCount).toBe(1);
    const audit = await listScopeEntries(store(), { organisationId: org.id });
    expect(audit.filter((entry) => JSON.stringify(entry).includes(person.email))).toEqual([]);
    expect(
      audit.filter((entry) => entry.actor !== 'system' && entry.actor.personId === personId),
    ).toHaveLength(60);
  });

  it('stopped half-way, leaves no way in, and is finished by the schedule', async () => {
    const coordinator = await signedInCoordinator();
    const org = await memberOrganisation(coordinator, 'Halfway', 2);
    const person = org.reps[0] as Client;
    const personId = (await findPersonId(store(), person.email)) as string;
    const caller = callerFrom(await readPersonPartition(store(), personId));
    if (!caller) throw new Error('no caller');
    // DynamoDB fails every batch write: the first step has been taken, the sessions are still there.
    const real = store();
    const failing = {
      ...real,
      db: {
        send: (command: unknown) =>
          command instanceof BatchWriteCommand
            ? Promise.reject(new Error('ProvisionedThroughputExceededException'))
            : real.db.send(command as never),
      },
    } as unknown as Store;
    await expect(deleteAccount(failing, caller, new Date())).rejects.toThrow();
    expect(
      (await partitionOf(`PERSON#${personId}`)).some((item) => String(item[KEY.sk]).startsWith('SESSION#')),
    ).toBe(true);

    expect((await person.get('/api/me')).status).toBe(401);
    const again = await signIn(person.email);
    expect((await again.get('/api/me')).json.personId).not.toBe(personId);

    expect(await finishPendingErasures(store())).toBeGreaterThanOrEqual(1);
    const left = await partitionOf(`PERSON#${personId}`);
    expect(left.map((item) => item[KEY.sk])).toEqual(['PROFILE']);
    expect(left[0]).not.toHaveProperty('email');
    expect(
      (await partitionOf(`ORG#${org.id}`)).find((item) => item[KEY.sk] === 'PROFILE')?.representativeCount,
    ).toBe(1);
  });

  it("erases a consented peer leader's profile, index items, trainings, role, list entry and proposal", async () => {
    const coordinator = await signedInCoordinator();
    const org = await memberOrganisation(coordinator, 'PeerProposer');
    const email = uniqueEmail('erased-peer');
    const proposal = await (org.reps[0] as Client).post(
      `/api/organisations/${org.id}/peer-leader-proposals`,
      {
        email,
        name: 'Erased Peer',
        note: 'Ohjaa tigrinjankielistä ryhmää.',
        language: 'en',
      },
    );
    // Another organisation proposes the same person; its proposal stays pending.
    const other = await memberOrganisation(coordinator, 'PeerProposerToo');
    const pendingProposal = await (other.reps[0] as Client).post(
      `/api/organisations/${other.id}/peer-leader-proposals`,
      { email, name: 'Erased Peer', note: 'Tuntee perheet.', language: 'en' },
    );
    expect(pendingProposal.status).toBe(201);
    expect((await coordinator.post(`/api/peer-leader-proposals/${proposal.json.id}/accept`)).status).toBe(
      200,
    );
    const leader = await signIn(email);
    const personId = (await findPersonId(store(), email)) as string;
    await leader.request('PUT', '/api/me/peer-leader/consent', {
      version: CONSENT_VERSION,
      visibility: 'members',
    });
    const introduction = `Erased introduction ${randomUUID()}`;
    const saved = await leader.request('PUT', '/api/me/peer-leader/profile', {
      name: 'Erased Peer',
      languages: ['ti', 'am'],
      municipalities: ['Multia'],
      availability: 'limited',
      introduction,
    });
    expect(saved.status).toBe(200);
    await coordinator.post(`/api/peer-leaders/${personId}/trainings`, {
      course: 'Peruskurssi',
      completedOn: '2026-01-10',
    });
    const exported = (await leader.get('/api/me/export')).json.peerLeader;
    expect(exported).toMatchObject({
      invited: true,
      consent: { version: CONSENT_VERSION, visibility: 'members' },
      profile: { languages: ['ti', 'am'], introduction },
      trainings: [{ course: 'Peruskurssi' }],
      listEntry: { invitedAt: expect.any(String), name: 'Erased Peer', proposalId: proposal.json.id },
    });
    const proposals = exported.proposals as { id: string; status: string; note?: string }[];
    expect(proposals.map((p) => [p.id, p.status]).sort()).toEqual(
      [
        [proposal.json.id, 'accepted'],
        [pendingProposal.json.id, 'pending'],
      ].sort(),
    );
    // Accepted, a proposal keeps no note.
    expect(proposals.find((p) => p.id === proposal.json.id)).not.toHaveProperty('note');

    expect((await leader.delete('/api/me')).status).toBe(204);

    const items = await allItems(dynamodbEndpoint, tableName);
    expect(items.filter((item) => JSON.stringify(item).includes(introduction))).toEqual([]);
    expect(items.filter((item) => item.sk === personId && String(item.pk).startsWith('PEERS#L#'))).toEqual(
      [],
    );
    expect(items.filter((item) => item.pk === 'PEER-LEADERS' && item.sk === `PERSON#${personId}`)).toEqual(
      [],
    );
    expect(items.filter((item) => item.pk === `PEER-PROPOSAL#${proposal.json.id}`)).toEqual([]);
    expect(items.filter((item) => item.pk === `PEER-PROPOSAL#${pendingProposal.json.id}`)).toEqual([]);
    const kept = items.filter((item) => item[KEY.expiresAt] === undefined);
    expect(kept.filter((item) => JSON.stringify(item).includes(email))).toEqual([]);
    expect((await partitionOf(`PERSON#${personId}`)).map((item) => item[KEY.sk])).toEqual(['PROFILE']);
  });

  it("erases a translator's role, list entry and index items, after exporting them", async () => {
    const coordinator = await signedInCoordinator();
    const email = uniqueEmail('erased-translator');
    const granted = await coordinator.post('/api/translators', {
      email,
      name: 'Erased Translator',
      languages: ['ti', 'am'],
      language: 'en',
    });
    expect(granted.status).toBe(200);
    const personId = granted.json.personId as string;
    const translator = await signIn(email);
    expect((await translator.get('/api/me/export')).json.translator).toMatchObject({
      personId,
      languages: ['ti', 'am'],
      grantedBy: 'coordinator',
      grantedAt: expect.any(String),
    });

    expect((await translator.delete('/api/me')).status).toBe(204);

    const items = await allItems(dynamodbEndpoint, tableName);
    expect(
      items.filter(
        (item) =>
          (item.pk === 'TRANSLATORS' && item.sk === `PERSON#${personId}`) ||
          (String(item.pk).startsWith('TRANSLATORS#L#') && item.sk === personId),
      ),
    ).toEqual([]);
    const kept = items.filter((item) => item[KEY.expiresAt] === undefined);
    expect(kept.filter((item) => JSON.stringify(item).includes(email))).toEqual([]);
    expect((await partitionOf(`PERSON#${personId}`)).map((item) => item[KEY.sk])).toEqual(['PROFILE']);
  });

  it('leaves the address nowhere in what the table keeps', async () => {
    // The person is a coordinator who decided applications, represents an organisation (named on
    // its application as contact and representative), edited it, gets its weekly digest and waits
    // for an alert in their language.
    const erased = await signedInCoordinator();
    const other = uniqueEmail('other-rep');
    const application = (name: string) =>
      anonymous().post('/api/applications', {
        organisationName: `${name} ${randomUUID().slice(0, 6)} ry`,
        municipalities: ['Jyväskylä'],
        languages: ['fi'],
        topics: ['education'],
        description: 'Kerhoja.',
        contact: { name: 'Erased Person', email: erased.email, language: 'en' },
        representatives: [erased.email, other],
        acceptedPrinciplesVersion: principles.version,
      });
    const applied = await application('Erasure');
    expect(applied.status).toBe(201);
    const orgId = (await erased.post(`/api/applications/${applied.json.id}/approve`)).json.id as string;
    const rejected = await application('Rejected');
    await erased.post(`/api/applications/${rejected.json.id}/reject`, { reason: 'Not an association.' });
    await erased.patch(`/api/organisations/${orgId}`, { description: 'Muokattu.' });
    const me = await signIn(erased.email);
    const bodyId = (
      await me.post('/api/bodies', {
        kind: 'municipality',
        municipality: 'Multia',
        name: { fi: `Multian kunta ${randomUUID().slice(0, 4)}` },
        submissionEmail: 'k@example.org',
      })
    ).json.id as string;
    expect((await me.post(`/api/bodies/${bodyId}/officers`, { email: erased.email })).status).toBe(201);
    expect(
      (
        await me.post(`/api/organisations/${orgId}/subscriptions`, {
          bodies: [bodyId],
          language: 'en',
          frequency: 'weekly',
        })
      ).status,
    ).toBe(201);
    const consultation = await me.post('/api/consultations', {
      bodyId,
      kind: 'consultation',
      originalLanguage: 'fi',
      texts: { fi: { title: 'Kirjasto', summary: 'Kirjasto remontoidaan.' } },
      topics: ['culture-leisure'],
      statementDeadline: '2031-03-01T14:00:00Z',
      contact: { name: 'V', email: 'v@example.org' },
    });
    await me.post(`/api/consultations/${consultation.json.id}/publish`);
    await until(
      () => digestEntriesOf(store(), erased.email),
      (items) => items.length > 0,
    );
    // Education consultations at once, but after a wait for English.
    expect(
      (
        await me.post(`/api/organisations/${orgId}/subscriptions`, {
          bodies: [bodyId],
          topics: ['education'],
          language: 'en',
          frequency: 'immediate',
          waitHours: 24,
        })
      ).status,
    ).toBe(201);
    const awaited = await me.post('/api/consultations', {
      bodyId,
      kind: 'consultation',
      originalLanguage: 'fi',
      texts: { fi: { title: 'Koulu', summary: 'Koulu remontoidaan.' } },
      topics: ['education'],
      statementDeadline: '2031-03-01T14:00:00Z',
      contact: { name: 'V', email: 'v@example.org' },
    });
    await me.post(`/api/consultations/${awaited.json.id}/publish`);
    const [waiting] = await until(
      () => waitingFor(store(), awaited.json.id, 1, 'en'),
      (items) => items.length > 0,
    );
    if (!waiting) throw new Error('not waiting');

    // As the organisation's representative they submit a statement to the body, which they are an officer of.
    const title = `Kirjastolausunto ${randomUUID().slice(0, 6)}`;
    const statement = await me.post(`/api/consultations/${consultation.json.id}/statements`, {
      organisationId: orgId,
      language: 'fi',
      title,
      body: 'Järjestöt esittävät, että kirjasto on auki myös iltaisin.',
    });
    const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString();
    expect(
      (await me.post(`/api/statements/${statement.json.id}/open`, { cosignDeadline: inTenDays })).status,
    ).toBe(200);
    const submitted = await me.post(`/api/statements/${statement.json.id}/submit`, {
      mandate: { kind: 'standing' },
    });
    expect(submitted.status).toBe(200);
    await waitForMatching(erased.email, (mail) => (mail.body.text ?? '').includes(title));

    expect((await me.delete('/api/me')).status).toBe(204);

    const items = await allItems(dynamodbEndpoint, tableName);
    // Only what expires by itself (notices owed, the outbox's records, codes and counters) may still
    // carry the address, for days at most; everything the table keeps must not.
    const kept = items.filter((item) => item[KEY.expiresAt] === undefined);
    expect(kept.filter((item) => JSON.stringify(item).includes(erased.email))).toEqual([]);
    expect(kept.filter((item) => JSON.stringify(item).includes('Erased Person'))).toEqual([]);
    const applicationItem = items.find((item) => item[KEY.pk] === `APPLICATION#${applied.json.id}`);
    expect(applicationItem).toMatchObject({
      decidedBy: 'erased',
      representatives: ['erased@erased.invalid', other],
      contact: { name: 'erased', email: 'erased@erased.invalid' },
    });
    expect(items.find((item) => item[KEY.pk] === `APPLICATION#${rejected.json.id}`)?.decidedBy).toBe(
      'erased',
    );
    // The wait runs out: the erased subscription's alert is withdrawn, not sent.
    expect(await releaseWaiting(store(), waiting, 'original', new Date(Date.now() + 25 * 3_600_000))).toBe(
      'withdrawn',
    );
    expect(await waitingFor(store(), awaited.json.id, 1, 'en')).toEqual([]);
    const { Item } = await store().db.send(
      new GetCommand({
        TableName: store().tableName,
        Key: deliveryKey(awaited.json.id, 1, erased.email),
        ConsistentRead: true,
      }),
    );
    expect(Item).toBeUndefined();
  });
});
