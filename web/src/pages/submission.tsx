import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';
import { useSession } from '../session.tsx';
import { BodyLink, ConsultationLink, OrganisationLink } from '../statements/facts.tsx';
import { statementPath } from '../statements/keys.ts';
import { StatementBody, useReadIn } from '../statements/text.tsx';
import { Deliveries } from '../submissions/deliveries.tsx';
import { Answer, DeliveryFacts, Signatories, SubmissionStatus } from '../submissions/facts.tsx';
import { SubmissionHash } from '../submissions/hash.tsx';
import { OfficerActions } from '../submissions/officer.tsx';
import type { Body, Consultation, Submission } from '../types.ts';

/**
 * The public record of a submitted statement: the exact text, its signatories and their mandates,
 * the hash, when it was delivered, and the body's acknowledgement and answer. The lead organisation,
 * the body and the coordinator also see where it was emailed; the body's officers answer here too.
 */
export function SubmissionPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const submission = useResource<Submission>(`/api/submissions/${encodeURIComponent(id)}`);
  const s = submission.data;
  const consultation = useResource<Consultation>(
    s ? `/api/consultations/${encodeURIComponent(s.consultationId)}` : null,
  );
  const body = useResource<Body>(s ? `/api/bodies/${encodeURIComponent(s.bodyId)}` : null);
  const { shown, choose } = useReadIn(id, s);
  const title = shown?.title ?? (submission.error ? t('submission.notFound') : t('common.loading'));
  const officer = Boolean(s && me?.bodies.some((b) => b.id === s.bodyId));
  return (
    <>
      <PageHeading userText={shown !== undefined} lang={shown?.language}>
        {title}
      </PageHeading>
      <Loaded key={id} resource={submission} wayBack>
        {(data) => (
          <>
            <p class="kicker">
              <span>{t('submission.kind')}</span> <SubmissionStatus s={data} />
            </p>
            <p class="lead">{t('submission.lead')}</p>
            <dl class="meta">
              <dt>{t('statement.lead')}</dt>
              <dd>
                <OrganisationLink id={data.leadOrganisationId} name={data.leadOrganisationName} />
              </dd>
              {consultation.data && (
                <>
                  <dt>{t('statement.consultation')}</dt>
                  <dd>
                    <ConsultationLink c={consultation.data} />
                  </dd>
                </>
              )}
              {body.data && (
                <>
                  <dt>{t('statement.to')}</dt>
                  <dd>
                    <BodyLink body={body.data} />
                  </dd>
                </>
              )}
              <dt>{t('consultation.version')}</dt>
              <dd>
                <a href={statementPath(data.statementId)}>
                  {t('submission.versionOf', { version: data.version })}
                </a>
              </dd>
              <DeliveryFacts s={data} />
            </dl>
            <StatementBody
              s={data}
              shown={shown ?? { language: data.language, title: data.title, body: data.body }}
              onChoose={choose}
              headingId="submission-text"
            />
            <section aria-labelledby="submission-signatories">
              <Signatories s={data} headingId="submission-signatories" />
            </section>
            <SubmissionHash hash={data.submissionHash} />
            <section aria-labelledby="submission-answer">
              <Answer s={data} headingId="submission-answer" />
            </section>
            {officer && <OfficerActions s={data} onChange={() => submission.reload()} />}
            {data.deliveries && <Deliveries deliveries={data.deliveries} />}
          </>
        )}
      </Loaded>
    </>
  );
}
