import { useState } from 'preact/hooks';
import type * as z from 'zod/mini';
import type { minutesRoutes, pollView } from '#shared/api/routes/minutes.ts';
import { minutesLimits, nextHost } from '#shared/meetings/agenda.ts';
import type { Minutes } from '#shared/meetings/minutes.ts';
import { finnishTime } from '#shared/sources/presets/finnish-time.ts';
import { send } from '../api.ts';
import { Paragraphs } from '../consultations/text.tsx';
import { SubmitButton, TextField } from '../forms/fields.tsx';
import { text, useForm } from '../forms/form.ts';
import { Notice, Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { useResource } from '../load.tsx';
import { useSession } from '../session.tsx';
import { languageAttributes, TranslationNote, useTranslatedText } from '../translations/translated-text.tsx';
import type { MeetingView, Page } from '../types.ts';
import type { MeetingPanelProps } from './panel.ts';
import { mayPlanMeetings } from './planning.ts';

type Poll = z.output<typeof pollView>;
type Closed = z.output<NonNullable<(typeof minutesRoutes)['closeMinutes']['response']>>;
type SeriesList = { items: { id: string; rotation: { organisationId: string; name: string }[] }[] };

/** A Helsinki wall-clock time from a datetime-local field, as the API takes it. */
const helsinki = (data: FormData, name: string) => finnishTime(text(data, name)) ?? text(data, name);

/**
 * The meeting page's minutes: published ones with their decisions for anyone; for those who run the
 * meeting once it has started, the editor, the closing (the next meeting agreed) and the news round.
 * A meeting whose date is polled shows the poll, and to those who plan it, the choice.
 */
export function MinutesPanel({ meeting, reload }: MeetingPanelProps) {
  const { t } = useI18n();
  const started = Boolean(meeting.startsAt && new Date(meeting.startsAt) <= new Date());
  const writing = meeting.canManage && meeting.status === 'published' && started;
  // Minutes exist once the meeting has started (a draft, for those who write it) or closed (published).
  const minutes = useResource<Minutes>(
    writing || meeting.status === 'closed' ? `/api/meetings/${meeting.id}/minutes` : null,
  );
  // Kept here, not in the form: once the meeting reloads as closed the form is gone, the notice stays.
  const [closed, setClosed] = useState<Closed>();
  const onClosed = (answer: Closed) => {
    setClosed(answer);
    minutes.set(answer.minutes);
    reload();
  };
  return (
    <>
      {meeting.datePoll && (
        <PollSection meetingId={meeting.id} canManage={meeting.canManage} reload={reload} />
      )}
      {(minutes.data || writing) && (
        <section aria-labelledby="minutes-heading">
          <h2 id="minutes-heading">{t('minutes.title')}</h2>
          {closed && <ClosedNotice closed={closed} />}
          {writing && (
            <p>
              <a href={`/meetings/${meeting.id}/news-round`}>{t('minutes.newsRound')}</a>
            </p>
          )}
          {minutes.data?.status === 'published' && (
            <PublishedMinutes minutes={minutes.data} meetingId={meeting.id} lang={meeting.language} />
          )}
          {meeting.nextMeetingId && <NextMeetingLink meeting={meeting} id={meeting.nextMeetingId} />}
          {writing && (
            <>
              <MinutesEditor meetingId={meeting.id} saved={minutes.data} onSaved={minutes.set} />
              {minutes.data && <CloseForm meeting={meeting} onClosed={onClosed} />}
            </>
          )}
        </section>
      )}
    </>
  );
}

/**
 * The meeting agreed at this one, linked once the reader can open it: published, or a draft the
 * reader plans (a draft is not acknowledged to exist for anyone else, so the link would lead nowhere).
 */
function NextMeetingLink({ meeting, id }: { meeting: MeetingView; id: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const series = `series=${encodeURIComponent(meeting.seriesId)}`;
  const upcoming = useResource<Page<MeetingView>>(`/api/meetings?${series}`);
  const drafts = useResource<Page<MeetingView>>(
    mayPlanMeetings(me) ? `/api/meetings?when=drafts&${series}` : null,
  );
  const found = [...(upcoming.data?.items ?? []), ...(drafts.data?.items ?? [])].find((m) => m.id === id);
  if (!found) return null;
  return (
    <p>
      {t('minutes.nextMeeting')}:{' '}
      <a href={`/meetings/${encodeURIComponent(id)}`} lang={found.language} dir="auto">
        {found.title}
      </a>
    </p>
  );
}

/**
 * Written in the meeting's language: the list takes the text's direction, its numbers on the text's
 * side. The decisions (the minutes' summary) are shown translated into the reader's language when
 * the network has translated them; the meeting page already says when the rest is not.
 */
function PublishedMinutes({
  minutes,
  meetingId,
  lang,
}: {
  minutes: Minutes;
  meetingId: string;
  lang: string;
}) {
  const { t, language } = useI18n();
  const decisions = Object.fromEntries(minutes.decisions.map((d) => [`decision.${d.id}`, d.text]));
  const text = useTranslatedText({
    kind: 'minutes',
    id: meetingId,
    originalLanguage: lang,
    fields: decisions,
    own: lang === language ? decisions : undefined,
    published: minutes.status === 'published' && minutes.decisions.length > 0,
  });
  const first = text.field(`decision.${minutes.decisions[0]?.id}`);
  return (
    <>
      <Paragraphs text={minutes.text} lang={lang} dir="auto" />
      {minutes.decisions.length > 0 && (
        <>
          <h3>{t('minutes.decisions')}</h3>
          <TranslationNote text={text} original={false} />
          <ol {...languageAttributes(first)}>
            {minutes.decisions.map((d) => {
              const decision = text.field(`decision.${d.id}`);
              return (
                <li key={d.id} id={`decision-${d.id}`} {...languageAttributes(decision)}>
                  {decision?.text}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </>
  );
}

function MinutesEditor({
  meetingId,
  saved,
  onSaved,
}: {
  meetingId: string;
  saved?: Minutes;
  onSaved: (m: Minutes) => void;
}) {
  const { t } = useI18n();
  const form = useForm('minutes');
  const [decisions, setDecisions] = useState(saved?.decisions ?? []);
  const save = form.submit(async (data) => {
    const answer = await send<Minutes>('POST', `/api/meetings/${meetingId}/minutes`, {
      text: text(data, 'text'),
      decisions: decisions
        .map((d, i) => ({ ...(d.id ? { id: d.id } : {}), text: text(data, `decisions.${i}.text`) }))
        .filter((d) => d.text),
    });
    setDecisions(answer.decisions);
    onSaved(answer);
    return t('minutes.saved');
  });
  return (
    <form noValidate onSubmit={save}>
      <h3>{t('minutes.edit')}</h3>
      <Outcome form={form} />
      <TextField
        form={form}
        name="text"
        label={t('minutes.text')}
        hint={t('minutes.textHint')}
        multiline
        rows={12}
        required
        maxLength={minutesLimits.text}
        defaultValue={saved?.text}
      />
      <fieldset>
        <legend>{t('minutes.decisions')}</legend>
        {decisions.map((d, i) => (
          <div key={d.id || `new-${i}`} class="link-row">
            <TextField
              form={form}
              name={`decisions.${i}.text`}
              label={t('minutes.decision', { n: i + 1 })}
              multiline
              rows={2}
              maxLength={minutesLimits.decision}
              defaultValue={d.text}
            />
            <button type="button" onClick={() => setDecisions(decisions.filter((_, j) => j !== i))}>
              {t('minutes.removeDecision', { n: i + 1 })}
            </button>
          </div>
        ))}
        {decisions.length < minutesLimits.decisions && (
          <button type="button" onClick={() => setDecisions([...decisions, { id: '', text: '' }])}>
            {t('minutes.addDecision')}
          </button>
        )}
      </fieldset>
      <SubmitButton form={form}>{t('minutes.save')}</SubmitButton>
    </form>
  );
}

/** Minutes just published: the next meeting's draft linked for those who plan it, where it went for anyone else. */
function ClosedNotice({ closed }: { closed: Closed }) {
  const { t } = useI18n();
  const { me } = useSession();
  const next = closed.nextMeeting;
  // The next host's representatives and the coordinator plan the draft; anyone else could not open it.
  const plansNext = Boolean(
    me && (me.coordinator || me.organisations.some((o) => o.id === next.hostOrganisationId)),
  );
  return (
    <Notice>
      <p>
        {plansNext ? (
          <>
            {t('minutes.closed')}{' '}
            <a href={`/meetings/${encodeURIComponent(next.id)}`} lang={next.language} dir="auto">
              {next.title}
            </a>
          </>
        ) : (
          t('minutes.closedElsewhere', { host: next.hostOrganisationName })
        )}
      </p>
    </Notice>
  );
}

function CloseForm({ meeting, onClosed }: { meeting: MeetingView; onClosed: (answer: Closed) => void }) {
  const { t } = useI18n();
  const form = useForm('close-minutes');
  const series = useResource<SeriesList>('/api/meeting-series');
  const rotation = series.data?.items.find((s) => s.id === meeting.seriesId)?.rotation ?? [];
  const [polled, setPolled] = useState(false);
  const close = form.submit(async (data) => {
    const span = (prefix: string) => ({
      startsAt: helsinki(data, `${prefix}.startsAt`),
      endsAt: helsinki(data, `${prefix}.endsAt`),
    });
    const next = polled
      ? { options: [0, 1, 2, 3, 4].map((i) => span(`options.${i}`)).filter((o) => o.startsAt && o.endsAt) }
      : span('next');
    const host = text(data, 'hostOrganisationId');
    onClosed(
      await send<Closed>('POST', `/api/meetings/${meeting.id}/minutes/close`, {
        next,
        ...(host ? { hostOrganisationId: host } : {}),
      }),
    );
    return undefined;
  });
  const proposed = nextHost(rotation, meeting.hostOrganisationId);
  const times = (prefix: string, label: string, required: boolean) => (
    <fieldset key={prefix}>
      <legend>{label}</legend>
      <div class="link-row">
        <TextField
          form={form}
          name={`${prefix}.startsAt`}
          label={t('minutes.startsAt')}
          type="datetime-local"
          required={required}
        />
        <TextField
          form={form}
          name={`${prefix}.endsAt`}
          label={t('minutes.endsAt')}
          type="datetime-local"
          required={required}
        />
      </div>
    </fieldset>
  );
  return (
    <form noValidate onSubmit={close}>
      <h3>{t('minutes.close')}</h3>
      <p>{t('minutes.closeLead')}</p>
      <Outcome form={form} />
      <fieldset class="field choices">
        <legend>{t('minutes.nextKind')}</legend>
        {[false, true].map((poll) => (
          <div class="choice" key={String(poll)}>
            <input
              type="radio"
              id={form.id(`next-${poll}`)}
              name="nextKind"
              checked={polled === poll}
              onChange={() => setPolled(poll)}
            />
            <label for={form.id(`next-${poll}`)}>{t(poll ? 'minutes.nextPoll' : 'minutes.nextTime')}</label>
          </div>
        ))}
      </fieldset>
      {polled ? (
        <>
          <p class="hint">{t('minutes.optionsHint')}</p>
          {[0, 1, 2, 3, 4].map((i) => times(`options.${i}`, t('minutes.option', { n: i + 1 }), i < 2))}
        </>
      ) : (
        times('next', t('minutes.nextMeeting'), true)
      )}
      {rotation.length > 0 && (
        <div class="field">
          <label for={form.id('hostOrganisationId')}>{t('minutes.host')}</label>
          <select id={form.id('hostOrganisationId')} name="hostOrganisationId">
            {rotation.map((r) => (
              <option
                key={r.organisationId}
                value={r.organisationId}
                selected={r.organisationId === proposed}
              >
                {r.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <SubmitButton form={form}>{t('minutes.publish')}</SubmitButton>
    </form>
  );
}

/** A polled date: the options with their counts; those who plan the meeting see who answered and choose. */
function PollSection({
  meetingId,
  canManage,
  reload,
}: {
  meetingId: string;
  canManage: boolean;
  reload: () => void;
}) {
  const { t, formatDate } = useI18n();
  const poll = useResource<Poll>(`/api/meetings/${meetingId}/poll`);
  const form = useForm('decide-poll');
  const [option, setOption] = useState<number>();
  const decide = form.submit(async () => {
    poll.set(await send<Poll>('POST', `/api/meetings/${meetingId}/poll/decision`, { option }));
    reload();
    return undefined;
  });
  if (!poll.data) return null;
  const p = poll.data;
  return (
    <section aria-labelledby="poll-heading">
      <h2 id="poll-heading">{t('poll.title')}</h2>
      <p>{t('poll.count', { count: p.answerCount })}</p>
      <ol>
        {p.options.map((o, i) => (
          <li key={o.startsAt}>
            {formatDate(o.startsAt, 'dateTime')}–{formatDate(o.endsAt, 'dateTime')}:{' '}
            {t('poll.suits', { count: o.suits })}
            {p.chosen === i && <strong> {t('poll.chosen')}</strong>}
            {canManage && p.chosen === undefined && (
              <button type="button" onClick={() => setOption(i)} aria-pressed={option === i}>
                {t('poll.decide')}
              </button>
            )}
          </li>
        ))}
      </ol>
      {canManage && p.answers && p.answers.length > 0 && (
        <>
          <h3>{t('poll.answers')}</h3>
          <ul>
            {p.answers.map((a) => (
              <li key={a.answeredAt + a.name}>
                <bdi>{a.name}</bdi>
                {a.organisation && (
                  <>
                    {' '}
                    (<bdi>{a.organisation}</bdi>)
                  </>
                )}
                : {a.suits.map((s) => s + 1).join(', ') || '–'}
              </li>
            ))}
          </ul>
        </>
      )}
      {canManage && option !== undefined && p.chosen === undefined && (
        <form noValidate onSubmit={decide}>
          <Outcome form={form} />
          <SubmitButton form={form}>{t('poll.confirmDecision', { n: option + 1 })}</SubmitButton>
        </form>
      )}
    </section>
  );
}
