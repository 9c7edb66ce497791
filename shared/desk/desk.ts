import type { Desk } from '#shared/api/routes/desk.ts';
import type { Caller } from '#shared/auth/access.ts';
import { bodyName } from '#shared/bodies/body.ts';
import { getBody } from '#shared/bodies/body-store.ts';
import { readResponsiveness } from '#shared/bodies/responsiveness-store.ts';
import { inParallel } from '#shared/concurrency.ts';
import { type Consultation, textFor } from '#shared/consultations/consultation.ts';
import {
  countImportedDrafts,
  listConsultations,
  listImportedDrafts,
} from '#shared/consultations/consultation-store.ts';
import { isLanguage, type Language } from '#shared/i18n/languages.ts';
import { countUndelivered, listUndelivered } from '#shared/mail/outbox.ts';
import { checklistItems, type Meeting } from '#shared/meetings/meeting.ts';
import { registrationsOf } from '#shared/meetings/registration-store.ts';
import { countApplications, listApplications } from '#shared/membership/application-store.ts';
import { normalisedName } from '#shared/membership/names.ts';
import type { Organisation } from '#shared/membership/organisation.ts';
import { getOrganisation } from '#shared/membership/organisation-store.ts';
import { getRemoval, listHearingsPastDeadline } from '#shared/membership/removal-store.ts';
import { listOpenLeaderRequests } from '#shared/peers/peer-request-store.ts';
import type { Statement } from '#shared/statements/statement.ts';
import {
  getStatements,
  listConsultationStatements,
  listLedDrafts,
  listOrganisationSignatures,
  signaturesOf,
} from '#shared/statements/statement-store.ts';
import type { Store } from '#shared/store/client.ts';
import { listWaitingSubmissions } from '#shared/submissions/submission-store.ts';
import type { Subscription } from '#shared/subscriptions/subscription.ts';
import { listSubscriptions } from '#shared/subscriptions/subscription-store.ts';
import { UNTAKEN_REMINDER_HOURS } from '#shared/translations/facts.ts';
import {
  countRequests,
  listOpenSince,
  listRequests,
  type RequestQuery,
} from '#shared/translations/request-store.ts';
import type { TranslationRequest } from '#shared/translations/translation.ts';
import { comingMeetings, undatedDraft } from './desk-store.ts';

type Item = Desk['organisations'][number]['toSign']['items'][number];
type List = Desk['organisations'][number]['toSign'];

/** Items shown per list; the count says how many there are in all. */
export const SHOWN = 20;
/**
 * A list with no COUNT of its own is read up to this many and counted from that read. The open
 * consultations (a status partition: closing moves them out) are read once for every subscription.
 */
const READ = 100;
const OPEN_CONSULTATIONS = 300;
export const CLOSING_WITHIN_DAYS = 14;
const DAY_MS = 86_400_000;

const list = (items: Item[], count = items.length): List => ({
  count: Math.max(count, items.length),
  items: items.slice(0, SHOWN),
});
const byDue = (a: Item, b: Item) => (a.due ?? '').localeCompare(b.due ?? '');
const daysSince = (at: string, now: Date) =>
  Math.max(0, Math.floor((now.getTime() - Date.parse(at)) / DAY_MS));
const encoded = (id: string) => encodeURIComponent(id);

/** Whether a subscription would alert about this consultation: its body or municipality, and a topic of it (or any). */
function matches(s: Subscription, c: Consultation): boolean {
  const place =
    s.bodies.includes(c.bodyId) ||
    s.municipalities.some((m) => normalisedName(m) === normalisedName(c.municipality));
  return place && (s.topics.length === 0 || s.topics.some((topic) => c.topics.includes(topic)));
}

const statementItem = (s: Statement): Item => ({
  path: `/statements/${encoded(s.id)}`,
  title: s.title,
  ...(s.cosignDeadline ? { due: s.cosignDeadline } : {}),
});

/**
 * What needs the signed-in person, for each role they have. Every list is a Query on a key or an
 * index (or a BatchGet of keys found so), bounded; no section is read for a role the person lacks.
 */
export async function desk(store: Store, caller: Caller, now: Date): Promise<Desk> {
  const language: Language = isLanguage(caller.language) ? caller.language : 'fi';
  const organisations = (
    await Promise.all(caller.organisations.map((id) => getOrganisation(store, id)))
  ).filter((org): org is Organisation => org?.status === 'member');
  const [representing, meetingsToRegister, bodies, peerRequests, translations, coordinator] =
    await Promise.all([
      representativeDesks(store, organisations, language, now),
      organisations.length > 0 ? meetingsToRegisterFor(store, caller.email, now) : undefined,
      Promise.all(caller.bodies.map((id) => officerDesk(store, id, language, now))),
      caller.peerLeader ? peerRequestsToAnswer(store, caller.personId, now) : undefined,
      caller.translatorLanguages.length > 0 ? translatorDesk(store, caller, now) : undefined,
      caller.coordinator ? coordinatorDesk(store, language, now) : undefined,
    ]);
  return {
    organisations: representing,
    ...(meetingsToRegister ? { meetingsToRegister } : {}),
    bodies: bodies.flatMap((body) => (body ? [body] : [])),
    ...(peerRequests ? { peerRequests } : {}),
    ...(translations ? { translations } : {}),
    ...(coordinator ? { coordinator } : {}),
  };
}

async function representativeDesks(
  store: Store,
  organisations: Organisation[],
  language: Language,
  now: Date,
): Promise<Desk['organisations']> {
  if (organisations.length === 0) return [];
  const [open, subscriptions] = await Promise.all([
    listConsultations(store, { status: 'published' }, undefined, OPEN_CONSULTATIONS).then(
      (page) => page.items,
    ),
    Promise.all(organisations.map((org) => listSubscriptions(store, org.id))),
  ]);
  const matching = organisations.map((_, i) =>
    open.filter((c) => (subscriptions[i] ?? []).some((s) => matches(s, c))),
  );
  // Each matching consultation's statements are read once, however many of the organisations it matches.
  const consultationIds = [...new Set(matching.flat().map((c) => c.id))];
  const statements = new Map<string, Statement[]>();
  await inParallel(consultationIds, 8, async (id) => {
    const page = await listConsultationStatements(store, id, undefined, undefined);
    statements.set(id, page.items);
  });
  return Promise.all(
    organisations.map((org, i) =>
      representativeDesk(store, org, matching[i] ?? [], statements, language, now),
    ),
  );
}

async function representativeDesk(
  store: Store,
  org: Organisation,
  matching: Consultation[],
  statementsOf: Map<string, Statement[]>,
  language: Language,
  now: Date,
): Promise<Desk['organisations'][number]> {
  const open = matching
    .flatMap((c) => statementsOf.get(c.id) ?? [])
    .filter(
      (s) =>
        s.status === 'open' &&
        s.leadOrganisationId !== org.id &&
        (!s.cosignDeadline || new Date(s.cosignDeadline) > now),
    );
  const closingBy = now.getTime() + CLOSING_WITHIN_DAYS * DAY_MS;
  const [signedOpen, drafts, signatures, removal] = await Promise.all([
    signaturesOf(
      store,
      org.id,
      open.map((s) => s.id),
    ),
    listLedDrafts(store, org.id, READ),
    listOrganisationSignatures(store, org.id, READ),
    getRemoval(store, org.id),
  ]);
  const signedIds = new Set(signedOpen.map((signed) => signed.statementId));
  const signedStatements = new Map(
    (
      await getStatements(
        store,
        signatures.items.map((signed) => signed.statementId),
      )
    ).map((s) => [s.id, s]),
  );
  const toReconfirm = signatures.items.flatMap((signed) => {
    const s = signedStatements.get(signed.statementId);
    return s?.status === 'open' && s.contentHash !== signed.contentHash ? [statementItem(s)] : [];
  });
  const closingSoon = matching
    .filter((c) => {
      const deadline = c.statementDeadline ? Date.parse(c.statementDeadline) : Number.NaN;
      return deadline > now.getTime() && deadline <= closingBy;
    })
    .map((c) => ({
      path: `/consultations/${encoded(c.id)}`,
      title: textFor(c, language).title,
      due: c.statementDeadline,
    }));
  const awaitingAnswer =
    removal && !removal.decision && !removal.response && new Date(removal.deadline) > now;
  return {
    organisationId: org.id,
    organisationName: org.name,
    toSign: list(
      open
        .filter((s) => !signedIds.has(s.id))
        .map(statementItem)
        .sort(byDue),
    ),
    drafts: list(drafts.items.map(statementItem)),
    toReconfirm: list(toReconfirm.sort(byDue)),
    closingSoon: list(closingSoon.sort(byDue)),
    hearings: list(
      awaitingAnswer
        ? [{ path: `/organisations/${encoded(org.id)}`, title: org.name, due: removal.deadline }]
        : [],
    ),
  };
}

const meetingItem = (m: Meeting): Item => ({
  path: `/meetings/${encoded(m.id)}`,
  title: m.title,
  ...(m.startsAt ? { due: m.startsAt } : {}),
});

async function meetingsToRegisterFor(store: Store, email: string, now: Date): Promise<List> {
  const [coming, registered] = await Promise.all([
    comingMeetings(store, 'published', now, READ),
    registrationsOf(store, email),
  ]);
  const taken = new Set(registered.filter((r) => r.status !== 'cancelled').map((r) => r.meetingId));
  return list(coming.filter((m) => !taken.has(m.id)).map(meetingItem));
}

/** A peer leader's open requests, each answered on its page, by when it must be answered. */
async function peerRequestsToAnswer(store: Store, personId: string, now: Date): Promise<List> {
  const open = await listOpenLeaderRequests(store, personId, now, READ);
  return list(
    open.items
      .map((r) => ({ path: `/peer-requests/${encoded(r.id)}`, title: r.organisationName, due: r.expiresAt }))
      .sort(byDue),
  );
}

const requestItem = (r: TranslationRequest, now: Date): Item => ({
  path: `/translations/${r.kind}/${encoded(r.subjectId)}/${encoded(r.language)}`,
  title: r.title,
  language: r.language,
  daysWaiting: daysSince(r.createdAt, now),
});
const byAge = (a: TranslationRequest, b: TranslationRequest) => a.createdAt.localeCompare(b.createdAt);

/**
 * A translator's requests in each of their languages: the open ones (a page of the language's
 * index and a COUNT of its open range), those they claimed and those others submitted (the
 * claimed and submitted ranges, filtered on who claimed them, read up to 100 and counted so).
 */
async function translatorDesk(store: Store, caller: Caller, now: Date): Promise<Desk['translations']> {
  const read = async (status: RequestQuery['status'], limit: number) => {
    const pages = await Promise.all(
      caller.translatorLanguages.map((language) =>
        listRequests(store, { language, status, translator: caller.personId, limit }, undefined),
      ),
    );
    return pages.flatMap((page) => page.items).sort(byAge);
  };
  const [open, openCount, claimed, toReview] = await Promise.all([
    read('open', SHOWN),
    Promise.all(caller.translatorLanguages.map((language) => countRequests(store, 'open', language))),
    read('claimed', READ),
    read('submitted', READ),
  ]);
  const requests = (found: TranslationRequest[], count?: number) =>
    list(
      found.map((r) => requestItem(r, now)),
      count,
    );
  return {
    open: requests(
      open,
      openCount.reduce((sum, n) => sum + n, 0),
    ),
    claimed: requests(claimed),
    toReview: requests(toReview),
  };
}

async function officerDesk(
  store: Store,
  bodyId: string,
  language: Language,
  now: Date,
): Promise<Desk['bodies'][number] | undefined> {
  const [body, toAcknowledge, toAnswer, drafts, figures] = await Promise.all([
    getBody(store, bodyId),
    listWaitingSubmissions(store, bodyId, 'acknowledgement', SHOWN),
    listWaitingSubmissions(store, bodyId, 'answer', SHOWN),
    listConsultations(store, { status: 'draft', bodyId }, undefined, READ),
    readResponsiveness(store, bodyId),
  ]);
  if (!body) return undefined;
  const waiting = (page: typeof toAcknowledge) =>
    page.items.map((s) => ({
      path: `/submissions/${encoded(s.id)}`,
      title: s.title,
      daysWaiting: daysSince(s.submittedAt, now),
    }));
  return {
    bodyId,
    bodyName: bodyName(body, language),
    // The body's running figures count what waits; lists of a body whose figures predate them count what they read.
    toAcknowledge: list(waiting(toAcknowledge), figures && figures.submissions - figures.acknowledged),
    toAnswer: list(waiting(toAnswer), figures && figures.acknowledged - figures.answered),
    drafts: list(
      drafts.items.map((c) => ({
        path: `/consultations/${encoded(c.id)}`,
        title: textFor(c, language).title,
      })),
    ),
  };
}

async function coordinatorDesk(store: Store, language: Language, now: Date): Promise<Desk['coordinator']> {
  const untakenSince = new Date(now.getTime() - UNTAKEN_REMINDER_HOURS * 3_600_000);
  const [
    applications,
    applicationCount,
    queue,
    queueCount,
    hearings,
    exhausted,
    failing,
    counts,
    meeting,
    openTranslations,
    openTranslationCount,
    untaken,
  ] = await Promise.all([
    listApplications(store, 'pending', undefined),
    countApplications(store, 'pending'),
    listImportedDrafts(store, undefined, SHOWN),
    countImportedDrafts(store),
    listHearingsPastDeadline(store, now, READ),
    listUndelivered(store, 'exhausted', undefined),
    listUndelivered(store, 'failing', undefined),
    Promise.all([countUndelivered(store, 'exhausted'), countUndelivered(store, 'failing')]),
    soonestMeeting(store, now),
    listRequests(store, { status: 'open', limit: SHOWN }, undefined),
    countRequests(store, 'open'),
    listOpenSince(store, untakenSince, SHOWN),
  ]);
  const names = new Map(
    (await Promise.all(hearings.items.map((h) => getOrganisation(store, h.organisationId)))).flatMap((org) =>
      org ? [[org.id, org.name] as const] : [],
    ),
  );
  const mail = (page: typeof exhausted) =>
    page.items.map((m) => ({
      path: '/coordinator?section=mail',
      title: m.to,
      ...(m.at ? { due: m.at } : {}),
    }));
  return {
    applications: list(
      applications.items.map((app) => ({
        path: '/coordinator?section=applications',
        title: app.organisationName,
        daysWaiting: daysSince(app.submittedAt, now),
      })),
      applicationCount,
    ),
    agendaQueue: list(
      queue.items.map((c) => ({ path: '/coordinator?section=triage', title: textFor(c, language).title })),
      queueCount,
    ),
    hearingsPastDeadline: list(
      hearings.items.map((h) => ({
        path: `/organisations/${encoded(h.organisationId)}`,
        title: names.get(h.organisationId) ?? h.organisationId,
        due: h.deadline,
      })),
    ),
    exhaustedMail: list(mail(exhausted), counts[0]),
    failingMail: list(mail(failing), counts[1]),
    nextMeeting: meeting
      ? {
          path: `/meetings/${encoded(meeting.id)}`,
          title: meeting.title,
          ...(meeting.startsAt ? { startsAt: meeting.startsAt } : {}),
          status: meeting.status === 'draft' ? 'draft' : 'published',
          checklist: checklistItems.map((item) => ({ item, done: meeting.checklist[item] === true })),
        }
      : null,
    openTranslations: list(
      openTranslations.items.map((r) => requestItem(r, now)),
      openTranslationCount,
    ),
    untakenTranslations: list(
      untaken.items.map((r) => requestItem(r, now)),
      untaken.count,
    ),
  };
}

/** The soonest meeting to come, published or draft; a draft whose date is not agreed yet only when none is dated. */
async function soonestMeeting(store: Store, now: Date): Promise<Meeting | undefined> {
  const [published, drafts] = await Promise.all([
    comingMeetings(store, 'published', now, 1),
    comingMeetings(store, 'draft', now, 1),
  ]);
  const dated = [...published, ...drafts].sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? ''));
  return dated[0] ?? (await undatedDraft(store));
}
