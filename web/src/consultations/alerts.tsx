import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '#shared/i18n/format.ts';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import type { AlertFigures as Figures } from '../types.ts';

type Figure = keyof Figures['total'];

/**
 * The columns, in the order a delivery goes: to whom, sent, still going, and what did not arrive;
 * then those who waited for their language, how their wait ended, and the follow-ups in it.
 */
const figureKeys: Record<Figure, MessageKey> = {
  recipients: 'alertFigures.recipients',
  alerted: 'alertFigures.alerted',
  pending: 'alertFigures.pending',
  failed: 'alertFigures.failed',
  bounced: 'alertFigures.bounced',
  suppressed: 'alertFigures.suppressed',
  digest: 'alertFigures.digest',
  waiting: 'alertFigures.waiting',
  releasedInTranslation: 'alertFigures.releasedInTranslation',
  releasedInOriginal: 'alertFigures.releasedInOriginal',
  followUps: 'alertFigures.followUps',
  followUpsSent: 'alertFigures.followUpsSent',
  followUpsFailed: 'alertFigures.followUpsFailed',
};
const figures = Object.keys(figureKeys) as Figure[];

/**
 * For the body's officers and the coordinator (the API answers no one else): how many subscribers
 * each published version alerted, and how many are still pending; pending goes down while the
 * alerts are sent, so the figures can be read again.
 */
export function AlertFigures({ id }: { id: string }) {
  const { t, formatNumber, formatDate } = useI18n();
  const resource = useResource<Figures>(`/api/consultations/${encodeURIComponent(id)}/alerts`);
  const [readAt, setReadAt] = useState<Date>();
  useEffect(() => {
    if (resource.data) setReadAt(new Date());
  }, [resource.data]);
  const { loading, reload } = resource;
  return (
    <section aria-labelledby="alert-figures">
      <h2 id="alert-figures">{t('alertFigures.title')}</h2>
      <Loaded resource={resource}>
        {({ versions, total }) =>
          versions.length === 0 ? (
            <p>{t('alertFigures.none')}</p>
          ) : (
            <>
              <p class="hint">{t('alertFigures.lead')}</p>
              {/* On a narrow screen the table scrolls sideways (browsers let a keyboard scroll it too). */}
              <div class="table-scroll">
                <table class="log figures">
                  <caption>{t('alertFigures.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('consultation.version')}</th>
                      {figures.map((figure) => (
                        <th scope="col" key={figure}>
                          {t(figureKeys[figure])}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {versions.map((v) => (
                      <tr key={v.version}>
                        <th scope="row">
                          {t(
                            v.reason === 'updated'
                              ? 'alertFigures.versionUpdated'
                              : 'alertFigures.versionPublished',
                            { version: formatNumber(v.version) },
                          )}
                        </th>
                        {figures.map((figure) => (
                          <td key={figure}>{formatNumber(v[figure])}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">{t('alertFigures.total')}</th>
                      {figures.map((figure) => (
                        <td key={figure}>{formatNumber(total[figure])}</td>
                      ))}
                    </tr>
                  </tfoot>
                </table>
              </div>
            </>
          )
        }
      </Loaded>
      <p class="actions">
        <button type="button" aria-disabled={loading} onClick={() => loading || reload()}>
          {t('alertFigures.refresh')}
        </button>
        <span role="status" class="muted">
          {readAt && !loading && t('alertFigures.asOf', { time: formatDate(readAt) })}
        </span>
      </p>
    </section>
  );
}
