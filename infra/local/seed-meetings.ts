import type { Caller } from '#shared/auth/access.ts';
import { signedLinkKey } from '#shared/auth/session-key.ts';
import { closeMinutes } from '#shared/meetings/close-minutes.ts';
import { confirmRegistration } from '#shared/meetings/confirm-registration.ts';
import { createSeries } from '#shared/meetings/create-series.ts';
import { draftMeeting } from '#shared/meetings/draft-meeting.ts';
import { registrationToken } from '#shared/meetings/links.ts';
import { meetingInput } from '#shared/meetings/meeting.ts';
import { publishMeeting } from '#shared/meetings/publish-meeting.ts';
import { register } from '#shared/meetings/register.ts';
import { registrationIdFor } from '#shared/meetings/registration-store.ts';
import { saveMinutes } from '#shared/meetings/save-minutes.ts';
import { updateMeeting } from '#shared/meetings/update-meeting.ts';
import type { Store } from '#shared/store/client.ts';
import { answerFeedback } from '#shared/surveys/answer-meeting-feedback.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** 10.00–14.00 Helsinki time (winter), `days` from today: a half-day suits most people. */
function halfDay(now: Date, days: number) {
  const start = new Date(Math.floor(now.getTime() / DAY) * DAY + days * DAY + 8 * HOUR);
  return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 4 * HOUR).toISOString() };
}
const daysFrom = (now: Date, days: number) => new Date(now.getTime() + days * DAY);

const agenda = [
  { title: 'Tervetuloa ja kahvit', kind: 'discussion', minutes: 20 },
  {
    title: 'Uutiskierros: mitä järjestöissä tapahtuu',
    kind: 'news-round',
    minutes: 60,
    presenter: 'Puheenjohtaja',
  },
  {
    title: 'Kotoutumisohjelma 2027–2030',
    kind: 'presentation',
    minutes: 40,
    presenter: 'Olli Officer, Jyväskylän kaupunki',
    consultationId: 'demo-consultation',
  },
  { title: 'Yhteinen lausunto', kind: 'decision', minutes: 30, statementId: 'demo-statement' },
] as const;

/**
 * The network's meetings: a series whose two member organisations take turns to host, a meeting
 * held a month ago (registrations, minutes with a decision, feedback), and the next one it agreed,
 * published with its agenda. Written through the use cases, at the times they happened.
 */
export async function seedMeetings(
  s: Store,
  coordinator: Caller,
  representative: Caller,
  secondHost: { id: string; representative: Caller },
  publicBaseUrl: string,
  now: Date,
) {
  const key = await signedLinkKey();
  const series = await createSeries(
    s,
    coordinator,
    {
      name: 'Keski-Suomen kotoutumisverkosto',
      description:
        'Avoin kaikille kotoutumistyötä tekeville, myös vapaaehtoisille. Kokoontuu 2–5 kertaa vuodessa.',
      rotation: ['demo-organisation', secondHost.id],
    },
    daysFrom(now, -60),
  );
  const held = await draftMeeting(
    s,
    representative,
    meetingInput.parse({
      seriesId: series.id,
      hostOrganisationId: 'demo-organisation',
      title: 'Syksyn verkostotapaaminen',
      theme: 'Kotoutumisohjelman luonnos ja järjestöjen yhteinen lausunto',
      ...halfDay(now, -30),
      place: { address: 'Kauppakatu 1, 40100 Jyväskylä', directions: 'Toinen kerros, hissi pihan puolella.' },
      capacity: 30,
      agenda,
      checklist: { datePlace: true, roomCoffee: true, agenda: true },
    }),
    daysFrom(now, -45),
  );
  await publishMeeting(s, representative, held.id, publicBaseUrl, daysFrom(now, -45));
  const registeredAt = daysFrom(now, -40);
  for (const [who, organisationId] of [
    [representative, 'demo-organisation'],
    [secondHost.representative, secondHost.id],
  ] as const)
    await register(
      s,
      key,
      held.id,
      { name: who.name ?? who.email, email: who.email, organisationId, language: 'fi' },
      who,
      registeredAt,
    );
  const volunteer = 'mikko@demo.kaiutin.local';
  await register(
    s,
    key,
    held.id,
    { name: 'Mikko Vapaaehtoinen', email: volunteer, organisation: 'SPR Jyväskylä', language: 'fi' },
    undefined,
    registeredAt,
  );
  await confirmRegistration(s, key, held.id, registrationIdFor(held.id, volunteer), registeredAt);

  const after = new Date(new Date(held.endsAt ?? now).getTime() + HOUR);
  await saveMinutes(
    s,
    representative,
    held.id,
    {
      text: 'Läsnä 3 osallistujaa.\n\n**Uutiskierros:** läksykerho jatkuu keväällä, naisten liikuntaryhmä etsii tiloja.\n\nKeskusteltiin kotoutumisohjelman luonnoksesta ja sovittiin yhteisestä lausunnosta.',
      decisions: [
        {
          text: 'Verkosto antaa yhteisen lausunnon kotoutumisohjelmasta; Keski-Suomen somalialaisten yhdistys kokoaa luonnoksen.',
        },
      ],
    },
    after,
  );
  const { nextMeeting } = await closeMinutes(
    s,
    representative,
    held.id,
    { next: halfDay(now, 14) },
    key,
    after,
  );
  for (const [email, rating, text] of [
    [representative.email, 5, 'Hyvä, että uutiskierros pysyi aikataulussa.'],
    [volunteer, 4, 'Kahvia olisi saanut olla enemmän.'],
  ] as const)
    await answerFeedback(
      s,
      held.id,
      {
        registrationId: registrationIdFor(held.id, email),
        token: registrationToken(key, 'feedback', held.id, registrationIdFor(held.id, email)),
        rating,
        text,
      },
      daysFrom(now, -29),
    );

  await updateMeeting(
    s,
    secondHost.representative,
    nextMeeting.id,
    {
      title: 'Kevään verkostotapaaminen',
      theme: 'Kevään suunnitelma ja vertaisohjaajien esittely',
      place: { address: 'Väinönkatu 7, 40100 Jyväskylä', directions: 'Sisäänkäynti sisäpihalta.' },
      onlineUrl: 'https://meet.example.org/kaiutin-verkosto',
      agenda: [
        agenda[0],
        agenda[1],
        { title: 'Vertaisohjaajat esittäytyvät', kind: 'workshop', minutes: 45 },
      ],
      checklist: { datePlace: true, agenda: true },
    },
    now,
  );
  await publishMeeting(s, secondHost.representative, nextMeeting.id, publicBaseUrl, now);
}
