import type { z } from 'zod/mini';
import type { peerFiguresResponse } from '#shared/api/routes/peer-requests.ts';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';

type Figures = z.output<typeof peerFiguresResponse>;

/** The peer-leader bank in figures: leaders where and in what language, requests, and the gaps. */
export function PeerFigures() {
  const { t, languageName, formatNumber } = useI18n();
  const figures = useResource<Figures>('/api/peer-leaders/figures');
  return (
    <Loaded resource={figures}>
      {(f) => (
        <>
          <h2>{t('peerFigures.title')}</h2>
          <p>{t('peerFigures.leaders', { count: f.leaders })}</p>
          <h3>{t('peerFigures.requests')}</h3>
          <dl class="facts">
            {(['sent', 'accepted', 'declined', 'expired', 'open'] as const).map((name) => (
              <div key={name}>
                <dt>{t(`peerFigures.request.${name}`)}</dt>
                <dd>{formatNumber(f.requests[name])}</dd>
              </div>
            ))}
          </dl>
          <div class="table-scroll">
            <table>
              <caption>{t('peerFigures.byLanguage')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('peers.language')}</th>
                  <th scope="col">{t('peerFigures.leadersColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {f.byLanguage.map((row) => (
                  <tr key={row.language}>
                    <th scope="row">{languageName(row.language)}</th>
                    <td>{formatNumber(row.leaders)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class="table-scroll">
            <table>
              <caption>{t('peerFigures.byMunicipality')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('peers.municipality')}</th>
                  <th scope="col">{t('peerFigures.leadersColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {f.byMunicipality.map((row) => (
                  <tr key={row.municipality}>
                    <th scope="row">{row.municipality}</th>
                    <td>{formatNumber(row.leaders)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class="table-scroll">
            <table>
              <caption>{t('peerFigures.byBoth')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('peers.municipality')}</th>
                  <th scope="col">{t('peers.language')}</th>
                  <th scope="col">{t('peerFigures.leadersColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {f.byLanguageAndMunicipality.map((row) => (
                  <tr key={`${row.municipality}-${row.language}`}>
                    <th scope="row">{row.municipality}</th>
                    <td>{languageName(row.language)}</td>
                    <td>{formatNumber(row.leaders)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{t('peerFigures.gaps')}</h3>
          <p>{t('peerFigures.gapsLead')}</p>
          {f.gaps.length === 0 ? (
            <p>{t('peerFigures.noGaps')}</p>
          ) : (
            <ul>
              {f.gaps.map((gap) => (
                <li key={`${gap.municipality}-${gap.language}`}>
                  {t('peerFigures.gap', {
                    language: languageName(gap.language),
                    municipality: gap.municipality,
                    count: gap.organisations,
                  })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Loaded>
  );
}
