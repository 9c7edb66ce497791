import type { MessageKey } from '#shared/i18n/format.ts';
import { useI18n } from '../i18n.tsx';
import type { Delivery } from '../types.ts';

const statusKeys: Record<Delivery['status'], MessageKey> = {
  pending: 'delivery.status.pending',
  sending: 'delivery.status.sending',
  sent: 'delivery.status.sent',
  failed: 'delivery.status.failed',
};
const roleKeys: Record<Delivery['role'], MessageKey> = {
  registry: 'delivery.role.registry',
  officer: 'delivery.role.officer',
};

/**
 * Where the statement was emailed and how each went (for the lead organisation, the body and the
 * coordinator): a failed one says so in words, with its attempts and last error.
 */
export function Deliveries({ deliveries }: { deliveries: Delivery[] }) {
  const { t, formatDate, formatNumber } = useI18n();
  const failed = deliveries.filter((d) => d.status === 'failed').length;
  return (
    <section aria-labelledby="deliveries">
      <h2 id="deliveries">{t('delivery.title')}</h2>
      <p class="hint">{t('delivery.lead')}</p>
      {failed > 0 && (
        <p class="warning" role="note">
          <strong>{t('delivery.failedNote', { count: failed })}</strong>
        </p>
      )}
      {deliveries.length === 0 ? (
        <p>{t('delivery.none')}</p>
      ) : (
        <div class="table-scroll">
          <table class="log deliveries">
            <caption>{t('delivery.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('delivery.to')}</th>
                <th scope="col">{t('delivery.role')}</th>
                <th scope="col">{t('delivery.status')}</th>
                <th scope="col">{t('delivery.attempts')}</th>
                <th scope="col">{t('delivery.sentAt')}</th>
                <th scope="col">{t('delivery.lastError')}</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.to} class={d.status === 'failed' ? 'failed' : undefined}>
                  <th scope="row">
                    <bdi>{d.to}</bdi>
                  </th>
                  <td>{t(roleKeys[d.role])}</td>
                  <td>
                    {d.status === 'failed' ? (
                      <strong class="error">{t(statusKeys[d.status])}</strong>
                    ) : (
                      t(statusKeys[d.status])
                    )}
                  </td>
                  <td>{d.attempts === undefined ? '–' : formatNumber(d.attempts)}</td>
                  <td>{d.sentAt ? formatDate(d.sentAt) : '–'}</td>
                  <td>{d.lastError ? <span dir="auto">{d.lastError}</span> : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
