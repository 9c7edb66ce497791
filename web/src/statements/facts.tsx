import type { ComponentChildren } from 'preact';
import { BodyName } from '../bodies.tsx';
import { languageOf, textIn } from '../consultations/text.tsx';
import { useI18n } from '../i18n.tsx';
import type { Body, Consultation, Statement } from '../types.ts';
import { statementStatusKeys } from './keys.ts';

/** Its status, as a word (never colour alone). */
export function StatementStatus({ s }: { s: Pick<Statement, 'status'> }) {
  const { t } = useI18n();
  return <span class="badge">{t(statementStatusKeys[s.status])}</span>;
}

/** A link to the consultation, by its title in the UI language or its original. */
export function ConsultationLink({ c }: { c: Consultation }) {
  const { language } = useI18n();
  const shown = textIn(c, language);
  return (
    <a href={`/consultations/${encodeURIComponent(c.id)}`}>
      <span {...languageOf(shown.language)}>{shown.text.title}</span>
    </a>
  );
}

/** A link to a body's public page. */
export function BodyLink({ body }: { body: Body }) {
  return (
    <a href={`/bodies/${encodeURIComponent(body.id)}`}>
      <BodyName body={body} />
    </a>
  );
}

export function OrganisationLink({ id, name }: { id: string; name: string }) {
  return (
    <a href={`/organisations/${encodeURIComponent(id)}`}>
      <bdi>{name}</bdi>
    </a>
  );
}

/** Who leads it, on what, to whom, which version, by when: shared by the page and the lists. */
export function StatementFacts({
  s,
  consultation,
  body,
  children,
}: {
  s: Statement;
  /** Undefined while it loads: then it is not named. */
  consultation?: Consultation;
  body?: Body;
  children?: ComponentChildren;
}) {
  const { t, formatDate, formatNumber } = useI18n();
  return (
    <dl class="meta">
      <dt>{t('statement.lead')}</dt>
      <dd>
        <OrganisationLink id={s.leadOrganisationId} name={s.leadOrganisationName} />
      </dd>
      {consultation && (
        <>
          <dt>{t('statement.consultation')}</dt>
          <dd>
            <ConsultationLink c={consultation} />
          </dd>
        </>
      )}
      {body && (
        <>
          <dt>{t('statement.to')}</dt>
          <dd>
            <BodyLink body={body} />
          </dd>
        </>
      )}
      <dt>{t('consultations.status')}</dt>
      <dd>
        <StatementStatus s={s} />
      </dd>
      <dt>{t('consultation.version')}</dt>
      <dd>{formatNumber(s.version)}</dd>
      {s.cosignDeadline && (
        <>
          <dt>{t('statement.cosignDeadline')}</dt>
          <dd>{formatDate(s.cosignDeadline)}</dd>
        </>
      )}
      {children}
    </dl>
  );
}
