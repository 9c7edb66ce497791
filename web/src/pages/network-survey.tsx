import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type * as z from 'zod/mini';
import { ANSWER_TEXT_LIMIT } from '#shared/surveys/limits.ts';
import type { surveyForm } from '#shared/surveys/network-survey.ts';
import { send } from '../api.ts';
import { SubmitButton, TextField } from '../forms/fields.tsx';
import { text, useForm } from '../forms/form.ts';
import { Notice, Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';
import { RatingChoices } from './meeting-feedback.tsx';

type SurveyForm = z.output<typeof surveyForm>;

/** Where a representative's link to the yearly survey leads (`?p=<person>&t=<token>`): answered once, anonymously. */
export function NetworkSurveyPage({ year }: { year: string }) {
  const { t } = useI18n();
  const { query } = useLocation();
  const form = useForm('network-survey');
  const [sent, setSent] = useState(false);
  const link = query.p && query.t ? new URLSearchParams({ p: query.p, t: query.t }) : undefined;
  const opened = useResource<SurveyForm>(
    link ? `/api/network-surveys/${encodeURIComponent(year)}/form?${link}` : null,
  );
  const optional = (data: FormData, name: string) => (text(data, name) ? { [name]: text(data, name) } : {});

  const answer = form.submit(async (data) => {
    await send('POST', `/api/network-surveys/${encodeURIComponent(year)}/answers`, {
      personId: query.p,
      token: query.t,
      rating: Number(data.get('rating')),
      ...optional(data, 'worked'),
      ...optional(data, 'change'),
    });
    setSent(true);
    return undefined;
  });

  return (
    <>
      <PageHeading>{t('survey.title', { year })}</PageHeading>
      {!link ? (
        <p>{t('feedback.broken')}</p>
      ) : sent ? (
        <Notice>
          <p>{t('survey.thanks')}</p>
        </Notice>
      ) : (
        <Loaded resource={opened}>
          {(survey) =>
            survey.answered ? (
              <p>{t('survey.used')}</p>
            ) : (
              <form noValidate onSubmit={answer} class="narrow">
                {survey.introduction && (
                  <p dir="auto" class="introduction">
                    {survey.introduction}
                  </p>
                )}
                <p>{t('survey.lead')}</p>
                <Outcome form={form} />
                <RatingChoices form={form} label={t('survey.question')} />
                <TextField
                  form={form}
                  name="worked"
                  label={t('survey.worked')}
                  multiline
                  maxLength={ANSWER_TEXT_LIMIT}
                />
                <TextField
                  form={form}
                  name="change"
                  label={t('survey.change')}
                  multiline
                  maxLength={ANSWER_TEXT_LIMIT}
                />
                <SubmitButton form={form}>{t('survey.send')}</SubmitButton>
              </form>
            )
          }
        </Loaded>
      )}
    </>
  );
}
