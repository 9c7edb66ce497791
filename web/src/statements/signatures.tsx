import { useI18n } from '../i18n.tsx';
import type { SignedStatement } from '../types.ts';
import { OrganisationLink } from './facts.tsx';
import { MandateText } from './mandate.tsx';

/**
 * The organisations that signed: those holding the current text first (what would be delivered),
 * then those that signed an earlier version, apart, until they confirm the new one.
 */
export function Signatures({ s }: { s: SignedStatement }) {
  const { t, formatDate, formatNumber } = useI18n();
  const byName = (a: { organisationName: string }, b: { organisationName: string }) =>
    a.organisationName.localeCompare(b.organisationName);
  const current = s.signatures.filter((signed) => signed.current).sort(byName);
  const earlier = s.signatures.filter((signed) => !signed.current).sort(byName);
  return (
    <section aria-labelledby="signatures">
      <h2 id="signatures">{t('statement.signatures', { count: current.length })}</h2>
      {current.length === 0 ? (
        <p>{t('statement.noSignatures')}</p>
      ) : (
        <ul class="rows">
          {current.map((signed) => (
            <li key={signed.organisationId}>
              <span>
                <OrganisationLink id={signed.organisationId} name={signed.organisationName} />
                {' · '}
                <MandateText mandate={signed.mandate} />
              </span>
              <span class="muted">{t('statement.signedAt', { date: formatDate(signed.signedAt) })}</span>
            </li>
          ))}
        </ul>
      )}
      {earlier.length > 0 && (
        <>
          <h3>{t('statement.earlierSignatures', { count: earlier.length })}</h3>
          <p class="hint">{t('statement.earlierHint')}</p>
          <ul class="rows">
            {earlier.map((signed) => (
              <li key={signed.organisationId}>
                <span>
                  <OrganisationLink id={signed.organisationId} name={signed.organisationName} />
                  {' · '}
                  <MandateText mandate={signed.mandate} />
                </span>
                <span class="muted">
                  {t('statement.signedVersion', {
                    version: formatNumber(signed.version),
                    date: formatDate(signed.signedAt),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
