import { useLocation } from 'preact-iso';
import { BodyName, bodyNameIn, useBodies } from '../bodies.tsx';
import { ConsultationCard } from '../consultations/card.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded, MoreButton, usePages } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';
import { SignedIn } from '../session.tsx';
import type { Body, Consultation, Me } from '../types.ts';

function BodyConsultations({ body, bodies }: { body: Body; bodies: Body[] }) {
  const { t } = useI18n();
  const pages = usePages<Consultation>(`/api/bodies/${encodeURIComponent(body.id)}/consultations`);
  return (
    <section aria-labelledby="body-consultations">
      <h2 id="body-consultations">
        <BodyName body={body} />
      </h2>
      <p class="actions">
        <a class="button" href={`/consultations/new?body=${encodeURIComponent(body.id)}`}>
          {t('consultations.new')}
        </a>
      </p>
      {pages.empty && <p>{t('myConsultations.empty')}</p>}
      <ul class="cards">
        {pages.items.map((c) => (
          <ConsultationCard key={c.id} c={c} bodies={bodies} level={3} />
        ))}
      </ul>
      <MoreButton pages={pages} />
    </section>
  );
}

/** One body's consultations at a time, chosen in the address (`?body=…`) when there are several. */
function Chooser({ me }: { me: Me }) {
  const { t, language } = useI18n();
  const { query, route } = useLocation();
  const bodies = useBodies();
  return (
    <Loaded resource={bodies}>
      {({ items }) => {
        const allowed = items.filter((body) => me.coordinator || me.bodies.some((own) => own.id === body.id));
        const current = allowed.find((body) => body.id === query.body) ?? allowed[0];
        if (!current) return <p>{t('bodies.empty')}</p>;
        return (
          <>
            {allowed.length > 1 && (
              <div class="field">
                <label for="my-consultations-body">{t('consultations.body')}</label>
                <select
                  id="my-consultations-body"
                  value={current.id}
                  onChange={(event) =>
                    route(
                      `/my-consultations?body=${encodeURIComponent((event.currentTarget as HTMLSelectElement).value)}`,
                      true,
                    )
                  }
                >
                  {allowed.map((body) => (
                    <option key={body.id} value={body.id} lang={body.name[language] ? undefined : 'fi'}>
                      {bodyNameIn(body, language)}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <BodyConsultations key={current.id} body={current} bodies={items} />
          </>
        );
      }}
    </Loaded>
  );
}

/** The officer's desk: a body's consultations, drafts included, newest first. */
export function MyConsultationsPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading>{t('myConsultations.title')}</PageHeading>
      <p class="lead">{t('myConsultations.lead')}</p>
      <SignedIn>
        {(me) =>
          me.coordinator || me.bodies.length > 0 ? <Chooser me={me} /> : <p>{t('newConsultation.only')}</p>
        }
      </SignedIn>
    </>
  );
}
