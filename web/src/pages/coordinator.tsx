import { useLocation } from 'preact-iso';
import { AuditLog } from '../audit-log.tsx';
import { Applications } from '../coordinator/applications.tsx';
import { Bodies } from '../coordinator/bodies.tsx';
import { Mail } from '../coordinator/mail.tsx';
import { PeerFigures } from '../coordinator/peer-figures.tsx';
import { SeriesManager } from '../coordinator/series.tsx';
import { Sources } from '../coordinator/sources.tsx';
import { Surveys } from '../coordinator/surveys.tsx';
import { TrayPartners } from '../coordinator/tray-partners.tsx';
import { Triage } from '../coordinator/triage.tsx';
import { useI18n } from '../i18n.tsx';
import { PageHeading } from '../page-heading.tsx';
import { SignedIn } from '../session.tsx';

const sections = [
  'applications',
  'triage',
  'sources',
  'bodies',
  'mail',
  'audit',
  'series',
  'surveys',
  'trayPartners',
  'peerFigures',
] as const;
type Section = (typeof sections)[number];

/** The coordinator's desk: one section at a time, chosen in the address (`?section=bodies`). */
export function CoordinatorPage() {
  const { t } = useI18n();
  const { query } = useLocation();
  const current: Section = sections.find((s) => s === query.section) ?? 'applications';
  return (
    <>
      <PageHeading>{t('coordinator.title')}</PageHeading>
      <SignedIn>
        {(me) =>
          me.coordinator ? (
            <>
              <nav aria-label={t('coordinator.sections')} class="tabs">
                <ul>
                  {sections.map((section) => (
                    <li key={section}>
                      <a
                        href={`/coordinator?section=${section}`}
                        aria-current={section === current ? 'page' : undefined}
                      >
                        {t(`coordinator.${section}`)}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
              <p>
                <a href="/coordinator/peer-leaders">{t('peer.coordinator.title')}</a>
              </p>
              <p>
                <a href="/coordinator/translators">{t('translator.coordinator.title')}</a>
              </p>
              {current === 'applications' && <Applications />}
              {current === 'triage' && <Triage />}
              {current === 'sources' && <Sources />}
              {current === 'bodies' && <Bodies />}
              {current === 'mail' && <Mail />}
              {current === 'audit' && <AuditLog path="/api/audit" />}
              {current === 'surveys' && <Surveys />}
              {current === 'series' && <SeriesManager />}
              {current === 'trayPartners' && <TrayPartners />}
              {current === 'peerFigures' && <PeerFigures />}
            </>
          ) : (
            <p>{t('coordinator.only')}</p>
          )
        }
      </SignedIn>
    </>
  );
}
