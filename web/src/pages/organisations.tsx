import { useI18n } from '../i18n.tsx';
import { MoreButton, usePages } from '../load.tsx';
import { OrganisationFacts } from '../membership/fields.tsx';
import { PageHeading } from '../page-heading.tsx';
import type { Organisation } from '../types.ts';

export function OrganisationsPage() {
  const { t } = useI18n();
  const pages = usePages<Organisation>('/api/organisations');
  return (
    <>
      <PageHeading>{t('organisations.title')}</PageHeading>
      <p class="lead">{t('organisations.lead')}</p>
      <p>
        <a href="/apply">{t('apply.title')}</a>
      </p>
      {pages.empty && <p>{t('organisations.empty')}</p>}
      <ul class="cards">
        {pages.items.map((org) => (
          <li key={org.id} class="card">
            <h2>
              <a href={`/organisations/${encodeURIComponent(org.id)}`}>
                <bdi>{org.name}</bdi>
              </a>
            </h2>
            <OrganisationFacts org={org} />
            <p dir="auto">{org.description}</p>
          </li>
        ))}
      </ul>
      <MoreButton pages={pages} />
    </>
  );
}
