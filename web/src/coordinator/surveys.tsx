import { useState } from 'preact/hooks';
import type * as z from 'zod/mini';
import { ANSWER_TEXT_LIMIT } from '#shared/surveys/limits.ts';
import type { networkSurveyResults, networkSurveySummary } from '#shared/surveys/network-survey.ts';
import { send } from '../api.ts';
import { SubmitButton, TextField } from '../forms/fields.tsx';
import { type Form, text, useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import { RatingSummary } from '../meetings/feedback.tsx';

type Summary = z.output<typeof networkSurveySummary>;
type Results = z.output<typeof networkSurveyResults>;

function SurveyResults({ year }: { year: number }) {
  const { t } = useI18n();
  const results = useResource<Results>(`/api/network-surveys/${year}`);
  return (
    <Loaded resource={results}>
      {({ figures, texts }) => (
        <>
          <RatingSummary figures={figures} caption={t('surveys.chart', { year: String(year) })} />
          <h4>{t('feedback.texts')}</h4>
          {texts.length === 0 ? (
            <p>{t('feedback.noTexts')}</p>
          ) : (
            <ul class="feedback-texts">
              {texts.map((answer, i) => (
                <li key={i}>
                  {answer.worked && (
                    <p dir="auto">
                      <strong>{t('survey.worked')}</strong> {answer.worked}
                    </p>
                  )}
                  {answer.change && (
                    <p dir="auto">
                      <strong>{t('survey.change')}</strong> {answer.change}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Loaded>
  );
}

function Survey({ survey, form, onChange }: { survey: Summary; form: Form; onChange(): void }) {
  const { t, formatDate, formatNumber } = useI18n();
  const [open, setOpen] = useState(false);
  const year = String(survey.year);
  const sendIt = () =>
    form.run(async () => {
      const sent = await send<Summary>('POST', `/api/network-surveys/${survey.year}/send`);
      onChange();
      return t('surveys.sent', { year, invited: formatNumber(sent.invited ?? 0) });
    });
  return (
    <li class="card">
      <h4>{t('survey.title', { year })}</h4>
      <p>
        {survey.sentAt
          ? t('surveys.sentOn', { date: formatDate(survey.sentAt, 'date') })
          : t('surveys.draft')}
      </p>
      {survey.introduction && <p dir="auto">{survey.introduction}</p>}
      {survey.status === 'draft' ? (
        <p>
          <button type="button" class="primary" aria-disabled={form.busy} onClick={sendIt}>
            {t('surveys.send')}
          </button>
        </p>
      ) : (
        <>
          <p>
            <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
              {t('surveys.show', { year })}
            </button>
          </p>
          {open && <SurveyResults year={survey.year} />}
        </>
      )}
    </li>
  );
}

/** The network's yearly survey: written and sent by the coordinator, its results by year. */
export function Surveys() {
  const { t } = useI18n();
  const surveys = useResource<{ items: Summary[] }>('/api/network-surveys');
  const create = useForm('survey-new');
  const act = useForm('survey-send');
  const thisYear = new Date().getFullYear();

  const submit = create.submit(
    async (data) => {
      const year = Number(text(data, 'year'));
      await send('POST', '/api/network-surveys', {
        year,
        ...(text(data, 'introduction') ? { introduction: text(data, 'introduction') } : {}),
      });
      surveys.reload();
      return t('surveys.created', { year: String(year) });
    },
    { clear: true },
  );

  return (
    <section aria-labelledby="surveys-heading">
      <h2 id="surveys-heading">{t('coordinator.surveys')}</h2>
      <p>{t('surveys.lead')}</p>
      <form noValidate onSubmit={submit} class="narrow">
        <h3>{t('surveys.create')}</h3>
        <Outcome form={create} />
        <TextField
          form={create}
          name="year"
          label={t('surveys.year')}
          type="number"
          inputMode="numeric"
          min={2000}
          max={2100}
          required
          defaultValue={String(thisYear)}
        />
        <TextField
          form={create}
          name="introduction"
          label={t('surveys.introduction')}
          multiline
          maxLength={ANSWER_TEXT_LIMIT}
        />
        <SubmitButton form={create}>{t('surveys.createButton')}</SubmitButton>
      </form>
      <h3>{t('surveys.list')}</h3>
      <Outcome form={act} />
      <Loaded resource={surveys}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('surveys.empty')}</p>
          ) : (
            <ul class="cards">
              {items.map((survey) => (
                <Survey key={survey.year} survey={survey} form={act} onChange={surveys.reload} />
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}
