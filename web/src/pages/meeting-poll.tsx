import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import type * as z from 'zod/mini';
import type { pollView } from '#shared/api/routes/minutes.ts';
import { send } from '../api.ts';
import { SubmitButton } from '../forms/fields.tsx';
import { useForm } from '../forms/form.ts';
import { Notice, Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';

type Poll = z.output<typeof pollView>;

/**
 * Where the date poll's email link leads: a participant of the meeting that agreed the poll ticks
 * the options that suit them. Nothing is sent on opening; answering again replaces the answer.
 */
export function MeetingPollPage() {
  const { t, formatDate } = useI18n();
  const { params } = useRoute();
  const { query } = useLocation();
  // The link's own parameters let its holder read the poll of a meeting that is still a draft.
  const link = new URLSearchParams({ m: query.m ?? '', r: query.r ?? '', t: query.t ?? '' });
  const poll = useResource<Poll>(`/api/meetings/${params.id}/poll?${link}`);
  const form = useForm('date-poll');
  const [answered, setAnswered] = useState(false);
  const complete = Boolean(query.m && query.r && query.t);
  const answer = form.submit(async (data) => {
    poll.set(
      await send<Poll>('POST', `/api/meetings/${params.id}/poll/answers`, {
        meetingId: query.m,
        registrationId: query.r,
        token: query.t,
        suits: data.getAll('suits').map(Number),
      }),
    );
    setAnswered(true);
    return undefined;
  });
  return (
    <>
      <PageHeading>{t('poll.title')}</PageHeading>
      <Loaded resource={poll}>
        {(p) => (
          <>
            <p dir="auto">{p.title}</p>
            {p.chosen !== undefined ? (
              <p>
                {t('poll.decided', { date: formatDate(p.options[p.chosen]?.startsAt ?? '', 'dateTime') })}{' '}
                <a href={`/meetings/${p.meetingId}`}>{t('poll.meeting')}</a>
              </p>
            ) : !complete ? (
              <p>{t('poll.broken')}</p>
            ) : (
              <form noValidate onSubmit={answer} class="narrow">
                {answered && (
                  <Notice>
                    <p>{t('poll.answered')}</p>
                  </Notice>
                )}
                <Outcome form={form} />
                <fieldset class="field choices">
                  <legend>{t('poll.lead')}</legend>
                  {p.options.map((o, i) => (
                    <div class="choice" key={o.startsAt}>
                      <input type="checkbox" id={form.id(`suits-${i}`)} name="suits" value={String(i)} />
                      <label for={form.id(`suits-${i}`)}>
                        {formatDate(o.startsAt, 'dateTime')}–{formatDate(o.endsAt, 'dateTime')} (
                        {t('poll.suits', { count: o.suits })})
                      </label>
                    </div>
                  ))}
                </fieldset>
                <SubmitButton form={form}>{t('poll.answer')}</SubmitButton>
              </form>
            )}
          </>
        )}
      </Loaded>
    </>
  );
}
