import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type Client,
  memberOrganisation,
  signedInCoordinator,
  signIn,
  uniqueEmail,
} from '../support/people.ts';
import { emailsTo, type StoredEmail, waitForMatching } from '../support/ses.ts';

const { sesUrl } = inject('runtime');
let coordinator: Client;
let officer: Client;
let bodyId: string;

async function subscribed(label: string, language: string) {
  const org = await memberOrganisation(coordinator, label);
  const rep = org.reps[0] as Client;
  await rep.post(`/api/organisations/${org.id}/subscriptions`, {
    bodies: [bodyId],
    language,
    frequency: 'immediate',
  });
  return rep.email;
}

const isAlert = (mail: StoredEmail) => mail.subject.includes('Koulutie');
const alertsTo = async (email: string) => (await emailsTo(email)).filter(isAlert);

async function publish(title: string) {
  const { json } = await officer.post('/api/consultations', {
    bodyId,
    kind: 'consultation',
    originalLanguage: 'fi',
    texts: {
      fi: { title, summary: 'Koulutie kunnostetaan.', plainSummary: 'Tie korjataan.' },
      en: { title: `${title} (en)`, summary: 'The school road is repaired.' },
    },
    topics: ['transport'],
    statementDeadline: '2031-03-01T14:00:00Z',
    contact: { name: 'V', email: 'v@example.org' },
  });
  await officer.post(`/api/consultations/${json.id}/publish`);
  return json.id as string;
}

beforeAll(async () => {
  coordinator = await signedInCoordinator();
  bodyId = (
    await coordinator.post('/api/bodies', {
      kind: 'municipality',
      municipality: 'Uurainen',
      name: { fi: 'Uuraisten kunta', en: 'Municipality of Uurainen' },
      submissionEmail: 'k@example.org',
    })
  ).json.id;
  const email = uniqueEmail('alert-officer');
  await coordinator.post(`/api/bodies/${bodyId}/officers`, { email });
  officer = await signIn(email);
});

describe('alert emails', () => {
  it('reach each subscriber once, in their language, with the deadline, a calendar file and one-click unsubscribe', async () => {
    const english = await subscribed('english', 'en');
    const somali = await subscribed('somali', 'so');
    const id = await publish('Koulutie');

    const [alert, ...more] = await waitForMatching(english, isAlert);
    expect(more).toHaveLength(0);
    expect(alert?.subject).toBe('Consultation: Koulutie (en) – statements by March 1, 2031 at 4:00 PM');
    expect(alert?.body.text).toContain(`/consultations/${id}`);
    const [somaliAlert] = await waitForMatching(somali, isAlert);
    expect(somaliAlert?.subject).toMatch(/^Codsi fikrado: Koulutie – bayaannada ilaa/);
    // Somali has no text of its own: the original (Finnish) is used, plain language first.
    const somaliText = somaliAlert?.body.text ?? '';
    expect(somaliText.indexOf('Tie korjataan.')).toBeGreaterThan(-1);
    expect(somaliText.indexOf('Tie korjataan.')).toBeLessThan(somaliText.indexOf('Koulutie kunnostetaan.'));

    const raw = await (await fetch(`${sesUrl}/raw?messageId=${alert?.messageId}`)).text();
    const unsubscribe = /List-Unsubscribe: <([^>]+)>/.exec(raw.replace(/\r?\n\s+/g, ' '))?.[1];
    expect(unsubscribe).toMatch(/^http:\/\/localhost:\d+\/api\/unsubscribe\?o=.+&s=.+&t=.+$/);
    expect(raw).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(raw).toContain('Content-Type: text/calendar; charset=utf-8; method=PUBLISH');
    const calendar = Buffer.from(alert?.attachments?.[0]?.content ?? '', 'base64').toString('utf8');
    expect(calendar).toContain('BEGIN:VEVENT');
    expect(calendar).toContain('DTEND:20310301T140000Z');

    const oneClick = await fetch(unsubscribe ?? '', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    const tampered = await fetch(
      (unsubscribe ?? '').replace(/t=[^&]+/, 't=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'),
      { method: 'POST' },
    );
    expect(tampered.status).toBe(400);

    await publish('Koulutie 2');
    await waitForMatching(somali, isAlert, 2);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await alertsTo(english)).toHaveLength(1);
    expect(await alertsTo(somali)).toHaveLength(2);
  });
});
