import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n.tsx';
import { CardHead } from '../statements/card.tsx';
import { OrganisationLink } from '../statements/facts.tsx';
import { submissionPath } from '../statements/keys.ts';
import { statementTextIn } from '../statements/text.tsx';
import type { Submission } from '../types.ts';
import { Answer, DeliveryFacts, SubmissionStatus } from './facts.tsx';

/**
 * One submission in a list (a consultation's public record, a body's inbox): its signatories, hash,
 * delivery, acknowledgement and answer, its title linking to the full record.
 */
export function SubmissionCard({
  s,
  level = 3,
  children,
}: {
  s: Submission;
  level?: 2 | 3;
  children?: ComponentChildren;
}) {
  const { t, language } = useI18n();
  return (
    <li class="card">
      <CardHead
        kind={t('submission.kind')}
        status={<SubmissionStatus s={s} />}
        href={submissionPath(s.id)}
        shown={statementTextIn(s, language)}
        level={level}
      />
      <dl class="meta">
        <dt>{t('statement.lead')}</dt>
        <dd>
          <OrganisationLink id={s.leadOrganisationId} name={s.leadOrganisationName} />
        </dd>
        <dt>{t('submission.signatories', { count: s.signatories.length })}</dt>
        <dd>
          {s.signatories.map((signatory, index) => (
            <span key={signatory.organisationId}>
              {index > 0 && ', '}
              <bdi>{signatory.organisationName}</bdi>
            </span>
          ))}
        </dd>
        <DeliveryFacts s={s} />
        <dt>{t('submission.hash')}</dt>
        <dd>
          <code class="hash-inline" dir="ltr">
            {s.submissionHash}
          </code>
        </dd>
      </dl>
      <Answer s={s} headingLevel={level === 2 ? 3 : 4} />
      {children}
    </li>
  );
}
