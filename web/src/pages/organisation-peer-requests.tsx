import { useRoute } from 'preact-iso';
import type { PeerRequestView } from '#shared/api/routes/peer-requests.ts';
import { useI18n } from '../i18n.tsx';
import { MoreButton, usePages } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';

/** A request's answer as its list shows it. */
export function RequestStatus({ request }: { request: PeerRequestView }) {
  const { t } = useI18n();
  return (
    <span class={`status status-${request.status}`}>{t(`peerRequest.statusShort.${request.status}`)}</span>
  );
}

/** `/organisations/<id>/peer-requests`: the organisation's requests to peer leaders and their answers. */
export function OrganisationPeerRequestsPage() {
  const { t, formatDate } = useI18n();
  const { params } = useRoute();
  const id = encodeURIComponent(params.id ?? '');
  const pages = usePages<PeerRequestView>(`/api/organisations/${id}/peer-requests`);
  return (
    <>
      <PageHeading>{t('peerRequest.sentTitle')}</PageHeading>
      <p>
        <a href="/peer-leaders">{t('peerRequest.findAnother')}</a>
      </p>
      {pages.empty && <p>{t('peerRequest.none')}</p>}
      <ul class="list">
        {pages.items.map((r) => (
          <li key={r.id}>
            <strong>
              <bdi>{r.peerLeaderName}</bdi>
            </strong>{' '}
            <RequestStatus request={r} />
            <p dir="auto">{r.purpose}</p>
            <p class="hint">{t('peerRequest.sentOn', { date: formatDate(r.sentAt) })}</p>
          </li>
        ))}
      </ul>
      <MoreButton pages={pages} />
    </>
  );
}
