import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type * as z from 'zod/mini';
import { ANSWER_TEXT_LIMIT, ratings } from '#shared/surveys/limits.ts';
import type { feedbackForm } from '#shared/surveys/meeting-feedback.ts';
import { send } from '../api.ts';
import { Choices, SubmitButton, TextField } from '../forms/fields.tsx';
import { text, useForm } from '../forms/form.ts';
import { Notice, Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';

type FeedbackForm = z.output<typeof feedbackForm>;

/** The ratings as radio buttons, each with its words. */
export function RatingChoices({ form, label }: { form: ReturnType<typeof useForm>; label: string }) {
  const { t, formatNumber } = useI18n();
  return (
    <Choices
      form={form}
      name="rating"
      label={label}
      type="radio"
      required
      options={ratings.map((r) => ({
        value: String(r),
        label: `${formatNumber(r)} – ${t(`feedback.rating.${r}`)}`,
      }))}
    />
  );
}

/**
 * Where a participant's feedback link leads (`?r=<registration>&t=<token>`): a rating and a few
 * words, sent anonymously; a used link says so, a broken one says where the right one is.
 */
export function MeetingFeedbackPage({ id }: { id: string }) {
  const { t, formatDate } = useI18n();
  const { query } = useLocation();
  const form = useForm('meeting-feedback');
  const [sent, setSent] = useState(false);
  const link = query.r && query.t ? new URLSearchParams({ r: query.r, t: query.t }) : undefined;
  const opened = useResource<FeedbackForm>(
    link ? `/api/meetings/${encodeURIComponent(id)}/feedback/form?${link}` : null,
  );

  const answer = form.submit(async (data) => {
    await send('POST', `/api/meetings/${encodeURIComponent(id)}/feedback`, {
      registrationId: query.r,
      token: query.t,
      rating: Number(data.get('rating')),
      ...(text(data, 'text') ? { text: text(data, 'text') } : {}),
    });
    setSent(true);
    return undefined;
  });

  return (
    <>
      <PageHeading>{t('feedback.formTitle')}</PageHeading>
      {!link ? (
        <p>{t('feedback.broken')}</p>
      ) : sent ? (
        <Notice>
          <p>{t('feedback.thanks')}</p>
        </Notice>
      ) : (
        <Loaded resource={opened}>
          {({ meeting, answered }) =>
            answered ? (
              <p>{t('feedback.used')}</p>
            ) : (
              <form noValidate onSubmit={answer} class="narrow">
                <p>
                  <strong dir="auto">{meeting.title}</strong>
                  {meeting.startsAt && <> · {formatDate(meeting.startsAt, 'date')}</>}
                </p>
                <p>{t('feedback.lead')}</p>
                <Outcome form={form} />
                <RatingChoices form={form} label={t('feedback.question')} />
                <TextField
                  form={form}
                  name="text"
                  label={t('feedback.text')}
                  multiline
                  maxLength={ANSWER_TEXT_LIMIT}
                />
                <SubmitButton form={form}>{t('feedback.send')}</SubmitButton>
              </form>
            )
          }
        </Loaded>
      )}
    </>
  );
}
