import { useI18n } from '../i18n.tsx';
import { MoreButton, usePages } from '../load.tsx';
import type { Consultation } from '../types.ts';
import { changeKeys } from './keys.ts';

/** The published versions, oldest first (later ones a page at a time), with what changed materially in each. */
export function VersionHistory({ id }: { id: string }) {
  const { t, formatDate } = useI18n();
  const versions = usePages<Consultation>(`/api/consultations/${encodeURIComponent(id)}/versions`);
  const changes = (version: Consultation) => {
    if (version.version === 1) return t('consultation.firstVersion');
    if (version.materialChanges.length === 0) return t('consultation.noMaterialChanges');
    return version.materialChanges
      .map((change) => {
        const key = Object.hasOwn(changeKeys, change) ? changeKeys[change] : undefined;
        return key ? t(key) : change;
      })
      .join(', ');
  };
  return (
    <section aria-labelledby="versions">
      <h2 id="versions">{t('consultation.versions')}</h2>
      <table class="log">
        <thead>
          <tr>
            <th scope="col">{t('consultation.version')}</th>
            <th scope="col">{t('consultation.versionDate')}</th>
            <th scope="col">{t('consultation.versionChanges')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.items.map((version) => (
            <tr key={version.version}>
              <td>{version.version}</td>
              <td>{formatDate(version.updatedAt)}</td>
              <td>{changes(version)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <MoreButton pages={versions} />
    </section>
  );
}
