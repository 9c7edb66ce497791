import type { MessageKey } from '#shared/i18n/format.ts';
import { bodyNameIn } from '../bodies.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';
import { useSession } from '../session.tsx';
import type { Body, Responsiveness } from '../types.ts';

const kindKeys: Record<Body['kind'], MessageKey> = {
  municipality: 'bodyKind.municipality',
  board: 'bodyKind.board',
  'wellbeing-county': 'bodyKind.wellbeing-county',
  agency: 'bodyKind.agency',
};

/** How quickly the body acknowledges and answers the statements submitted to it. */
function Figures({ id }: { id: string }) {
  const { t, formatNumber } = useI18n();
  const figures = useResource<Responsiveness>(`/api/bodies/${encodeURIComponent(id)}/responsiveness`);
  const days = (value: number | null) =>
    value === null
      ? t('body.noFigure')
      : formatNumber(value, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 });
  return (
    <section aria-labelledby="responsiveness">
      <h2 id="responsiveness">{t('body.responsiveness')}</h2>
      <p class="hint">{t('body.responsivenessLead')}</p>
      <Loaded resource={figures}>
        {(f) =>
          f.submissions === 0 ? (
            <p>{t('inbox.empty')}</p>
          ) : (
            <dl class="meta figures-list">
              <dt>{t('body.submissions')}</dt>
              <dd>{formatNumber(f.submissions)}</dd>
              <dt>{t('body.acknowledged')}</dt>
              <dd>{formatNumber(f.acknowledged)}</dd>
              <dt>{t('body.answered')}</dt>
              <dd>{formatNumber(f.answered)}</dd>
              <dt>{t('body.shareAnswered')}</dt>
              <dd>
                {f.shareAnswered === null
                  ? t('body.noFigure')
                  : formatNumber(f.shareAnswered, { style: 'percent', maximumFractionDigits: 0 })}
              </dd>
              <dt>{t('body.medianToAcknowledge')}</dt>
              <dd>{days(f.medianDaysToAcknowledge)}</dd>
              <dt>{t('body.medianToAnswer')}</dt>
              <dd>{days(f.medianDaysToAnswer)}</dd>
            </dl>
          )
        }
      </Loaded>
    </section>
  );
}

/** A body's public page: what it is, how it answers statements; its officers find their inbox here. */
export function BodyPage({ id }: { id: string }) {
  const { t, language } = useI18n();
  const { me } = useSession();
  const body = useResource<Body>(`/api/bodies/${encodeURIComponent(id)}`);
  const b = body.data;
  const title = b ? bodyNameIn(b, language) : body.error ? t('body.notFound') : t('common.loading');
  const officer = Boolean(me?.bodies.some((own) => own.id === id));
  const path = encodeURIComponent(id);
  return (
    <>
      <PageHeading userText={b !== undefined} lang={b && !b.name[language] ? 'fi' : undefined}>
        {title}
      </PageHeading>
      <Loaded key={id} resource={body} wayBack>
        {(data) => (
          <>
            <dl class="meta">
              <dt>{t('bodies.kind')}</dt>
              <dd>{t(kindKeys[data.kind])}</dd>
              <dt>{t('bodies.municipality')}</dt>
              <dd>
                <bdi>{data.municipality}</bdi>
              </dd>
            </dl>
            {(officer || me?.coordinator) && (
              <p class="actions">
                <a class="button" href={`/bodies/${path}/inbox`}>
                  {t('inbox.title')}
                </a>
                {officer && <a href={`/my-consultations?body=${path}`}>{t('myConsultations.title')}</a>}
              </p>
            )}
            <Figures id={data.id} />
            <p>
              <a href={`/consultations?body=${path}`}>{t('body.consultations')}</a>
            </p>
          </>
        )}
      </Loaded>
    </>
  );
}
