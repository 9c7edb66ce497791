import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '#shared/auth/access.ts';
import { amendConsultation, cancelConsultation } from '#shared/consultations/amend-consultation.ts';
import { getConsultation } from '#shared/consultations/consultation-store.ts';
import { draftConsultation } from '#shared/consultations/draft-consultation.ts';
import { publishConsultation } from '#shared/consultations/publish-consultation.ts';
import { recordDecision } from '#shared/consultations/record-decision.ts';
import { store } from '#shared/store/client.ts';
import { signedInCoordinator, uniqueEmail } from '../support/people.ts';

/** The consultation use cases called as the handlers call them, at times given as values. */

const DAY = 86_400_000;
const start = new Date();
const at = (days: number) => new Date(start.getTime() + days * DAY);

let bodyId: string;
let officer: Caller;

const draft = () =>
  draftConsultation(
    store(),
    officer,
    {
      bodyId,
      kind: 'consultation',
      originalLanguage: 'fi',
      texts: { fi: { title: 'Uimahallin aukiolo', summary: 'Kunta kysyy.' } },
      topics: ['culture-leisure'],
      links: [],
      statementDeadline: at(20).toISOString(),
      contact: { name: 'Virkailija', email: 'virkailija@example.org' },
    },
    start,
  );

beforeAll(async () => {
  const coordinator = await signedInCoordinator();
  bodyId = (
    await coordinator.post('/api/bodies', {
      kind: 'board',
      municipality: 'Uurainen',
      name: { fi: 'Vapaa-aikalautakunta' },
      submissionEmail: uniqueEmail('uurainen-kirjaamo'),
    })
  ).json.id;
  officer = {
    personId: randomUUID(),
    email: uniqueEmail('use-case-officer'),
    name: undefined,
    language: 'fi',
    coordinator: false,
    peerLeader: false,
    translatorLanguages: [],
    organisations: [],
    bodies: [bodyId],
  };
});

describe('consultation use cases', () => {
  it('amend: a draft changes in place; after publication each change is a version, a material one named', async () => {
    const created = await draft();
    const edited = await amendConsultation(
      store(),
      officer,
      created.id,
      { statementDeadline: at(25).toISOString() },
      at(1),
    );
    expect(edited).toMatchObject({ status: 'draft', version: 0, materialChanges: [] });

    await publishConsultation(store(), officer, created.id, at(1));
    const contact = await amendConsultation(
      store(),
      officer,
      created.id,
      { contact: { name: 'Toinen virkailija', email: 'toinen@example.org' } },
      at(2),
    );
    expect(contact).toMatchObject({ version: 2, materialChanges: [] });
    const later = await amendConsultation(
      store(),
      officer,
      created.id,
      { statementDeadline: at(30).toISOString() },
      at(3),
    );
    expect(later).toMatchObject({ version: 3, materialChanges: ['statementDeadline'] });
    expect(await getConsultation(store(), created.id)).toMatchObject({ version: 3 });
  });

  it('amend: refuses a deadline already past at the given time, a lost original text, and other bodies', async () => {
    const created = await draft();
    await publishConsultation(store(), officer, created.id, start);
    await expect(
      amendConsultation(store(), officer, created.id, { statementDeadline: at(2).toISOString() }, at(3)),
    ).rejects.toMatchObject({ name: 'Conflict', code: 'deadline_passed' });
    await expect(
      amendConsultation(
        store(),
        officer,
        created.id,
        { texts: { en: { title: 'Swimming hall', summary: 'Asked.' } } },
        at(1),
      ),
    ).rejects.toMatchObject({ name: 'BadRequest', code: 'original_missing' });
    const elsewhere: Caller = { ...officer, bodies: [randomUUID()] };
    await expect(
      amendConsultation(store(), elsewhere, created.id, { decisionDate: '2027-06-01' }, at(1)),
    ).rejects.toMatchObject({ name: 'Forbidden' });
  });

  it('cancel is an amendment that alerts again; a cancelled consultation is neither changed nor decided', async () => {
    const created = await draft();
    await expect(cancelConsultation(store(), officer, created.id, start)).rejects.toMatchObject({
      name: 'Conflict',
      code: 'not_published',
    });
    await publishConsultation(store(), officer, created.id, start);
    const cancelled = await cancelConsultation(store(), officer, created.id, at(1));
    expect(cancelled).toMatchObject({ status: 'cancelled', version: 2, materialChanges: ['cancelled'] });
    await expect(
      amendConsultation(store(), officer, created.id, { decisionDate: '2027-06-01' }, at(2)),
    ).rejects.toMatchObject({ name: 'Conflict', code: 'not_editable' });
    await expect(
      recordDecision(
        store(),
        officer,
        created.id,
        { url: 'https://example.org/paatos', summary: 'Päätettiin.' },
        at(2),
      ),
    ).rejects.toMatchObject({ name: 'Conflict', code: 'not_decidable' });
  });

  it('publish refuses a statement deadline already past at the given time', async () => {
    const created = await draft();
    await expect(publishConsultation(store(), officer, created.id, at(21))).rejects.toMatchObject({
      name: 'Conflict',
      code: 'deadline_passed',
    });
    await expect(publishConsultation(store(), officer, created.id, start)).resolves.toMatchObject({
      status: 'published',
      version: 1,
      publishedAt: start.toISOString(),
    });
  });
});
