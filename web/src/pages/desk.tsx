import type { ComponentChildren } from 'preact';
import type * as z from 'zod/mini';
import type { Desk, deskItem, deskList } from '#shared/api/routes/desk.ts';
import type { MessageKey } from '#shared/i18n/format.ts';
import { UNTAKEN_REMINDER_HOURS } from '#shared/translations/facts.ts';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';
import { SignedIn } from '../session.tsx';

type List = z.output<typeof deskList>;
type Item = z.output<typeof deskItem>;
/** What an item's date is: when it closes, when it starts, when it was last tried. */
type When = 'desk.due' | 'desk.startsAt' | 'desk.failedAt';

/** A list under its heading (with its count), or nothing when it is empty. */
function Section({
  heading,
  list,
  when = 'desk.due',
  hours,
}: {
  heading: MessageKey;
  list: List;
  when?: When;
  /** A figure the heading names besides the count. */
  hours?: number;
}) {
  const { t, formatDate, languageName } = useI18n();
  if (list.count === 0) return null;
  return (
    <>
      <h3>{t(heading, { count: list.count, ...(hours === undefined ? {} : { hours }) })}</h3>
      <ul class="desk-list">
        {list.items.map((item: Item) => (
          <li key={item.path + item.title}>
            <a href={item.path}>
              <bdi>{item.title}</bdi>
            </a>
            {item.language && (
              <span class="desk-when"> {t('desk.into', { language: languageName(item.language) })}</span>
            )}
            {item.due && <span class="desk-when"> {t(when, { date: formatDate(item.due) })}</span>}
            {item.daysWaiting !== undefined && (
              <span class="desk-when"> {t('desk.daysWaiting', { days: item.daysWaiting })}</span>
            )}
          </li>
        ))}
      </ul>
      {list.count > list.items.length && (
        <p>{t('desk.more', { shown: list.items.length, count: list.count })}</p>
      )}
    </>
  );
}

/** A role's part of the desk: its heading, its lists, or that nothing waits there. */
function Role({
  id,
  heading,
  lists,
  children,
}: {
  id: string;
  heading: ComponentChildren;
  lists: List[];
  children: ComponentChildren;
}) {
  const { t } = useI18n();
  return (
    <section class="desk-role" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {lists.every((list) => list.count === 0) && <p>{t('desk.sectionEmpty')}</p>}
      {children}
    </section>
  );
}

function NextMeeting({ meeting }: { meeting: NonNullable<NonNullable<Desk['coordinator']>['nextMeeting']> }) {
  const { t, formatDate } = useI18n();
  return (
    <>
      <h3>{t('desk.nextMeeting')}</h3>
      <p>
        <a href={meeting.path}>
          <bdi>{meeting.title}</bdi>
        </a>
        {meeting.startsAt && (
          <span class="desk-when"> {t('desk.startsAt', { date: formatDate(meeting.startsAt) })}</span>
        )}
        {meeting.status === 'draft' && <span class="desk-when"> ({t('desk.draftMeeting')})</span>}
      </p>
      <h4>{t('desk.checklist')}</h4>
      <ul class="desk-checklist">
        {meeting.checklist.map(({ item, done }) => (
          <li key={item} class={done ? 'done' : undefined}>
            {t(`desk.checklist.${item}`)}: {done ? t('desk.done') : t('desk.notDone')}
          </li>
        ))}
      </ul>
    </>
  );
}

const total = (desk: Desk) =>
  [
    ...desk.organisations.flatMap((o) => [o.toSign, o.toReconfirm, o.closingSoon, o.hearings, o.drafts]),
    ...(desk.meetingsToRegister ? [desk.meetingsToRegister] : []),
    ...(desk.peerRequests ? [desk.peerRequests] : []),
    ...(desk.translations
      ? [desk.translations.open, desk.translations.claimed, desk.translations.toReview]
      : []),
    ...desk.bodies.flatMap((b) => [b.toAcknowledge, b.toAnswer, b.drafts]),
    ...(desk.coordinator
      ? [
          desk.coordinator.applications,
          desk.coordinator.agendaQueue,
          desk.coordinator.hearingsPastDeadline,
          desk.coordinator.exhaustedMail,
          desk.coordinator.failingMail,
          desk.coordinator.openTranslations,
        ]
      : []),
  ].reduce((sum, list) => sum + list.count, 0);

function DeskSections({ desk }: { desk: Desk }) {
  const { t } = useI18n();
  const coordinator = desk.coordinator;
  return (
    <>
      {total(desk) === 0 && !coordinator?.nextMeeting && <p class="desk-nothing">{t('desk.nothing')}</p>}
      {desk.organisations.map((o, i) => (
        <Role
          key={o.organisationId}
          id={`desk-organisation-${i}`}
          heading={<bdi>{o.organisationName}</bdi>}
          lists={[o.toSign, o.toReconfirm, o.closingSoon, o.hearings, o.drafts]}
        >
          <Section heading="desk.hearings" list={o.hearings} />
          <Section heading="desk.toSign" list={o.toSign} />
          <Section heading="desk.toReconfirm" list={o.toReconfirm} />
          <Section heading="desk.closingSoon" list={o.closingSoon} />
          <Section heading="desk.statementDrafts" list={o.drafts} />
        </Role>
      ))}
      {desk.meetingsToRegister && desk.meetingsToRegister.count > 0 && (
        <section class="desk-role" aria-labelledby="desk-meetings">
          <h2 id="desk-meetings">{t('desk.nav.meetings')}</h2>
          <Section heading="desk.meetingsToRegister" list={desk.meetingsToRegister} when="desk.startsAt" />
        </section>
      )}
      {desk.peerRequests && desk.peerRequests.count > 0 && (
        <section class="desk-role" aria-labelledby="desk-peer-requests">
          <h2 id="desk-peer-requests">{t('desk.peerLeader')}</h2>
          <Section heading="desk.peerRequests" list={desk.peerRequests} />
        </section>
      )}
      {desk.translations && (
        <Role
          id="desk-translator"
          heading={t('desk.translator')}
          lists={[desk.translations.open, desk.translations.claimed, desk.translations.toReview]}
        >
          <Section heading="desk.translationsClaimed" list={desk.translations.claimed} />
          <Section heading="desk.translationsToReview" list={desk.translations.toReview} />
          <Section heading="desk.translationsOpen" list={desk.translations.open} />
          <p>
            <a href="/translations">{t('translations.title')}</a>
          </p>
        </Role>
      )}
      {desk.bodies.map((b, i) => (
        <Role
          key={b.bodyId}
          id={`desk-body-${i}`}
          heading={<bdi>{b.bodyName}</bdi>}
          lists={[b.toAcknowledge, b.toAnswer, b.drafts]}
        >
          <Section heading="desk.toAcknowledge" list={b.toAcknowledge} />
          <Section heading="desk.toAnswer" list={b.toAnswer} />
          <Section heading="desk.consultationDrafts" list={b.drafts} />
        </Role>
      ))}
      {coordinator && (
        <Role
          id="desk-coordinator"
          heading={t('desk.coordinator')}
          lists={[
            coordinator.applications,
            coordinator.agendaQueue,
            coordinator.hearingsPastDeadline,
            coordinator.exhaustedMail,
            coordinator.failingMail,
            coordinator.openTranslations,
          ]}
        >
          <Section heading="desk.applications" list={coordinator.applications} />
          <Section heading="desk.hearingsPastDeadline" list={coordinator.hearingsPastDeadline} />
          <Section heading="desk.agendaQueue" list={coordinator.agendaQueue} />
          <Section heading="desk.exhaustedMail" list={coordinator.exhaustedMail} when="desk.failedAt" />
          <Section heading="desk.failingMail" list={coordinator.failingMail} when="desk.failedAt" />
          <Section
            heading="desk.untakenTranslations"
            list={coordinator.untakenTranslations}
            hours={UNTAKEN_REMINDER_HOURS}
          />
          <Section heading="desk.openTranslations" list={coordinator.openTranslations} />
          {coordinator.nextMeeting ? (
            <NextMeeting meeting={coordinator.nextMeeting} />
          ) : (
            <p>{t('desk.noNextMeeting')}</p>
          )}
        </Role>
      )}
    </>
  );
}

function DeskOf() {
  const desk = useResource<Desk>('/api/me/desk');
  return <Loaded resource={desk}>{(data) => <DeskSections desk={data} />}</Loaded>;
}

/** Where signing in lands: what needs the person now, a section per role. */
export function DeskPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading>{t('desk.title')}</PageHeading>
      <SignedIn>
        {() => (
          <>
            <p>{t('desk.lead')}</p>
            <DeskOf />
          </>
        )}
      </SignedIn>
    </>
  );
}
