import { isWebAddress } from '../consultations/links.ts';
import { Paragraphs } from '../consultations/text.tsx';
import { useI18n } from '../i18n.tsx';
import { OrganisationLink } from '../statements/facts.tsx';
import { MandateText } from '../statements/mandate.tsx';
import type { Submission } from '../types.ts';
import { capitalised, outcomeKeys } from './keys.ts';

const statusKeys = {
  submitted: 'submission.status.submitted',
  acknowledged: 'submission.status.acknowledged',
  answered: 'submission.status.answered',
} as const;

/** Where it stands, as a word (never colour alone). */
export function SubmissionStatus({ s }: { s: Pick<Submission, 'status'> }) {
  const { t } = useI18n();
  return <span class="badge">{t(statusKeys[s.status])}</span>;
}

/** When it was submitted and delivered, and when (and under which record number) the body acknowledged it. */
export function DeliveryFacts({ s }: { s: Submission }) {
  const { t, formatDate } = useI18n();
  return (
    <>
      <dt>{t('submission.submittedAt')}</dt>
      <dd>{formatDate(s.submittedAt)}</dd>
      <dt>{t('submission.deliveredAt')}</dt>
      <dd>{s.deliveredAt ? formatDate(s.deliveredAt) : t('submission.notDelivered')}</dd>
      <dt>{t('submission.acknowledged')}</dt>
      <dd>
        {s.acknowledgement ? formatDate(s.acknowledgement.at) : t('submission.notAcknowledged')}
        {s.acknowledgement?.diaryNumber && (
          <>
            {' · '}
            {t('submission.diaryNumber')}: <bdi>{s.acknowledgement.diaryNumber}</bdi>
          </>
        )}
      </dd>
    </>
  );
}

/** The organisations whose signatures were delivered, each with its mandate and when it signed. */
export function Signatories({
  s,
  headingLevel = 2,
  headingId,
}: {
  s: Submission;
  headingLevel?: 2 | 3 | 4;
  headingId?: string;
}) {
  const { t, formatDate } = useI18n();
  const Heading = `h${headingLevel}` as const;
  return (
    <>
      <Heading id={headingId}>{t('submission.signatories', { count: s.signatories.length })}</Heading>
      <ol class="rows signatories">
        {s.signatories.map((signatory) => (
          <li key={signatory.organisationId}>
            <span>
              <OrganisationLink id={signatory.organisationId} name={signatory.organisationName} />
              {signatory.organisationId === s.leadOrganisationId && ` (${t('submission.leadMark')})`}
              {' · '}
              <MandateText mandate={signatory.mandate} />
            </span>
            <span class="muted">{t('statement.signedAt', { date: formatDate(signatory.signedAt) })}</span>
          </li>
        ))}
      </ol>
    </>
  );
}

/** The body's answer: how the statement was taken into account, why, and the decision. */
export function Answer({
  s,
  headingLevel = 2,
  headingId,
}: {
  s: Submission;
  headingLevel?: 2 | 3 | 4;
  headingId?: string;
}) {
  const { t, language, formatDate } = useI18n();
  const Heading = `h${headingLevel}` as const;
  const response = s.response;
  return (
    <div class="answer">
      <Heading id={headingId}>{t('submission.answer')}</Heading>
      {response ? (
        <>
          <p>
            <strong>{capitalised(t(outcomeKeys[response.outcome]), language)}</strong>{' '}
            <span class="muted">{t('submission.answeredAt', { date: formatDate(response.at) })}</span>
          </p>
          <Paragraphs text={response.explanation} dir="auto" />
          {response.decisionUrl && isWebAddress(response.decisionUrl) && (
            <p>
              <a href={response.decisionUrl} rel="noopener noreferrer">
                {t('consultation.readDecision')}
              </a>
            </p>
          )}
        </>
      ) : (
        <p>{t('submission.noAnswer')}</p>
      )}
    </div>
  );
}
