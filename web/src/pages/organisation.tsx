import { useState } from 'preact/hooks';
import { isListed } from '#shared/membership/facts.ts';
import { AuditLog } from '../audit-log.tsx';
import { Notice } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import { EditOrganisation } from '../membership/edit.tsx';
import { OrganisationFacts } from '../membership/fields.tsx';
import { RemovalPanel } from '../membership/removal.tsx';
import { Representatives } from '../membership/representatives.tsx';
import { Resign } from '../membership/resign.tsx';
import { Subscriptions } from '../membership/subscriptions.tsx';
import { PageHeading } from '../page-heading.tsx';
import { useSession } from '../session.tsx';
import { OrganisationMaterials } from '../tray/organisation-materials.tsx';
import type { Organisation } from '../types.ts';

function Profile({ org }: { org: Organisation }) {
  const { t, formatDate } = useI18n();
  return (
    <>
      {org.status !== 'member' && (
        <p>
          <span class="badge">{t(`organisation.status.${org.status}`)}</span>{' '}
          {org.leftAt && formatDate(org.leftAt)}
        </p>
      )}
      <p dir="auto" class="lead">
        {org.description}
      </p>
      <OrganisationFacts org={org} />
      <p class="muted">
        {t('organisation.joined', { date: formatDate(org.joinedAt) })}
        {org.businessId && ` · ${t('organisation.businessId')} ${org.businessId}`}
      </p>
    </>
  );
}

/** The public profile; its representatives and the coordinator also manage the organisation here. */
export function OrganisationPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { me, refresh } = useSession();
  const org = useResource<Organisation>(`/api/organisations/${encodeURIComponent(id)}`);
  const [notice, setNotice] = useState<string>();
  // Each change remounts the audit log, so it shows the change.
  const [changes, setChanges] = useState(0);
  const changed = () => setChanges((n) => n + 1);
  const representative = Boolean(me?.organisations.some((o) => o.id === id));
  const coordinator = Boolean(me?.coordinator);
  const title = org.data?.name ?? (org.error ? t('organisation.notFound') : t('common.loading'));
  return (
    <>
      <PageHeading userText={org.data !== undefined}>{title}</PageHeading>
      {notice && <Notice key={notice}>{notice}</Notice>}
      <Loaded key={id} resource={org}>
        {(data) => (
          <>
            <Profile org={data} />
            <p>
              <a href={`/organisations/${encodeURIComponent(id)}/activities`}>
                {t('organisation.activities')}
              </a>
            </p>
            <OrganisationMaterials org={data} />
            {(representative || coordinator) && (
              <>
                {isListed(data) && (
                  <EditOrganisation
                    org={data}
                    onSaved={(saved) => {
                      org.set(saved);
                      changed();
                    }}
                  />
                )}
                <p>
                  <a class="button" href={`/organisations/${encodeURIComponent(id)}/statements`}>
                    {t('orgStatements.title')}
                  </a>
                </p>
                {representative && data.status === 'member' && (
                  <p>
                    <a class="button" href={`/organisations/${encodeURIComponent(id)}/peer-leader-proposal`}>
                      {t('peer.proposal.link')}
                    </a>
                  </p>
                )}
                <Representatives org={data} onChange={changed} />
                <Subscriptions org={data} representative={representative} />
                <RemovalPanel
                  org={data}
                  roles={{ representative, coordinator }}
                  onChange={changed}
                  onDecided={org.reload}
                />
                {representative && data.status === 'member' && (
                  <Resign
                    org={data}
                    onResigned={(resigned) => {
                      org.set(resigned);
                      setNotice(t('resign.done'));
                      changed();
                      refresh().catch(() => undefined);
                    }}
                  />
                )}
                <AuditLog key={changes} path={`/api/organisations/${encodeURIComponent(id)}/audit`} />
              </>
            )}
          </>
        )}
      </Loaded>
    </>
  );
}
