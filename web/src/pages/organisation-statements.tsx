import { useI18n } from '../i18n.tsx';
import { MoreButton, type Pages, usePages, useResource } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';
import { SignedIn } from '../session.tsx';
import { StatementCard } from '../statements/card.tsx';
import type { Me, Organisation, SignedByOrganisation, Statement } from '../types.ts';

function List({ pages, empty }: { pages: Pages<Statement & { signedVersion?: number }>; empty: string }) {
  if (pages.empty) return <p>{empty}</p>;
  return (
    <>
      <ul class="cards">
        {pages.items.map((s) => (
          <StatementCard key={s.id} s={s} signedVersion={s.signedVersion} />
        ))}
      </ul>
      <MoreButton pages={pages} />
    </>
  );
}

function Statements({ id }: { id: string }) {
  const { t } = useI18n();
  const path = `/api/organisations/${encodeURIComponent(id)}` as const;
  const led = usePages<Statement>(`${path}/statements`);
  const signed = usePages<SignedByOrganisation>(`${path}/signed-statements`);
  return (
    <>
      <section aria-labelledby="statements-led">
        <h2 id="statements-led">{t('orgStatements.led')}</h2>
        <List pages={led} empty={t('orgStatements.ledEmpty')} />
      </section>
      <section aria-labelledby="statements-signed">
        <h2 id="statements-signed">{t('orgStatements.signed')}</h2>
        <List pages={signed} empty={t('orgStatements.signedEmpty')} />
      </section>
    </>
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
