import type { ComponentChild } from 'preact';
import { useI18n } from '../i18n.tsx';
import type { Statement } from '../types.ts';
import { OrganisationLink, StatementStatus } from './facts.tsx';
import { isSubmitted, statementPath } from './keys.ts';
import { statementTextIn } from './text.tsx';

/** A card's kind and status (words, never colour alone) and its title, linking to its page. */
export function CardHead({
  kind,
  status,
  href,
  shown,
  level,
}: {
  kind: string;
  status: ComponentChild;
  href: string;
  shown: { language: string; title: string };
  level: 2 | 3;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      <p class="kicker">
        <span>{kind}</span> {status}
      </p>
      <Heading>
        <a href={href}>
          <bdi lang={shown.language}>{shown.title}</bdi>
        </a>
      </Heading>
    </>
  );
}

/** One statement in a list, its title linking to its page; with the version the organisation signed, if it did. */
export function StatementCard({
  s,
  level = 3,
  signedVersion,
}: {
  s: Statement;
  level?: 2 | 3;
  signedVersion?: number;
}) {
  const { t, language, formatDate, formatNumber } = useI18n();
  return (
    <li class="card">
      <CardHead
        kind={t('statement.kind')}
        status={<StatementStatus s={s} />}
        href={statementPath(s.id)}
        shown={statementTextIn(s, language)}
        level={level}
      />
      <dl class="meta">
        <dt>{t('statement.lead')}</dt>
        <dd>
          <OrganisationLink id={s.leadOrganisationId} name={s.leadOrganisationName} />
        </dd>
        <dt>{t('consultation.version')}</dt>
        <dd>{formatNumber(s.version)}</dd>
        {/* Once submitted, the record lists the signatories (the lead's own mandate among them). */}
        {!isSubmitted(s) && (
          <>
            <dt>{t('statement.signatureItems')}</dt>
            <dd>{formatNumber(s.signatureCount)}</dd>
          </>
        )}
        {s.cosignDeadline && (
          <>
            <dt>{t('statement.cosignDeadline')}</dt>
            <dd>{formatDate(s.cosignDeadline)}</dd>
          </>
        )}
        <dt>{t('consultation.versionDate')}</dt>
        <dd>{formatDate(s.updatedAt)}</dd>
      </dl>
      {signedVersion !== undefined && signedVersion !== s.version && s.status === 'open' && (
        <p class="notice">
          {t('orgStatements.confirmNew', {
            signed: formatNumber(signedVersion),
            version: formatNumber(s.version),
          })}
        </p>
      )}
    </li>
  );
}
