import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';
import { SignedIn } from '../session.tsx';
import { StatementCard } from '../statement/card.tsx';
import type { Me, Organisation, OrganisationStatements, Statement } from '../types.ts';

function List({ items, empty }: { items: (Statement & { signedVersion?: number })[]; empty: string }) {
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul class="cards">
      {items.map((s) => (
        <StatementCard key={s.id} s={s} signedVersion={s.signedVersion} />
      ))}
    </ul>
  );
}

function Statements({ id }: { id: string }) {
  const { t } = useI18n();
  const statements = useResource<OrganisationStatements>(
    `/api/organisations/${encodeURIComponent(id)}/statements`,
  );
  return (
    <Loaded resource={statements}>
      {({ led, signed }) => (
        <>
          <section aria-labelledby="statements-led">
            <h2 id="statements-led">{t('orgStatements.led')}</h2>
            <List items={led} empty={t('orgStatements.ledEmpty')} />
          </section>
          <section aria-labelledby="statements-signed">
            <h2 id="statements-signed">{t('orgStatements.signed')}</h2>
            <List items={signed} empty={t('orgStatements.signedEmpty')} />
          </section>
        </>
      )}
    </Loaded>
  );
}

const mayRead = (me: Me, id: string) => me.coordinator || me.organisations.some((o) => o.id === id);

/** "Our statements": what the organisation leads (drafts too) and what it has signed, for its representatives. */
export function OrganisationStatementsPage({ id }: { id: string }) {
  const { t } = useI18n();
  const org = useResource<Organisation>(`/api/organisations/${encodeURIComponent(id)}`);
  return (
    <>
      <PageHeading>{t('orgStatements.title')}</PageHeading>
      {org.data && (
        <p class="lead">
          <a href={`/organisations/${encodeURIComponent(id)}`}>
            <bdi>{org.data.name}</bdi>
          </a>
        </p>
      )}
      <p>{t('orgStatements.lead')}</p>
      <SignedIn>
        {(me) => (mayRead(me, id) ? <Statements key={id} id={id} /> : <p>{t('orgStatements.only')}</p>)}
      </SignedIn>
    </>
  );
}
