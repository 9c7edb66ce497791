import { useI18n } from './i18n.tsx';
import { MoreButton, usePages } from './load.tsx';
import type { AuditEntry } from './types.ts';

/** An audit log, newest first, page by page. */
export function AuditLog({ path }: { path: `/api/${string}` }) {
  const { t, has, formatDate } = useI18n();
  const pages = usePages<AuditEntry>(path);
  const action = (name: string) => {
    const key = `audit.action.${name}`;
    return has(key) ? t(key) : name;
  };
  const actor = (entry: AuditEntry) =>
    entry.actor === 'system' ? t('audit.system') : (entry.actor.email ?? t('audit.deletedPerson'));
  return (
    <section aria-labelledby="audit-log">
      <h2 id="audit-log">{t('audit.title')}</h2>
      {pages.empty && <p>{t('audit.empty')}</p>}
      {pages.items.length > 0 && (
        <table class="log">
          <thead>
            <tr>
              <th scope="col">{t('audit.time')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.actor')}</th>
            </tr>
          </thead>
          <tbody>
            {pages.items.map((entry) => (
              <tr key={entry.id}>
                <td>{formatDate(entry.at)}</td>
                <td>{action(entry.action)}</td>
                <td>
                  <bdi>{actor(entry)}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MoreButton pages={pages} />
    </section>
  );
}
