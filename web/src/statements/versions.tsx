import { languageOf, Paragraphs } from '../consultations/text.tsx';
import { useI18n } from '../i18n.tsx';
import { MoreButton, usePages } from '../load.tsx';
import type { Statement } from '../types.ts';

/** The versions, newest first (older ones a page at a time), each with the text it had; the current one is marked. */
export function StatementVersions({ s }: { s: Statement }) {
  const { t, formatDate, formatNumber, languageName } = useI18n();
  const versions = usePages<Statement>(`/api/statements/${encodeURIComponent(s.id)}/versions`);
  return (
    <section aria-labelledby="statement-versions">
      <h2 id="statement-versions">{t('consultation.versions')}</h2>
      <p class="hint">{t('statement.versionsHint')}</p>
      <ul class="rows versions">
        {versions.items.map((version) => (
          <li key={version.version}>
            <details>
              <summary>
                {t('statement.versionOf', {
                  version: formatNumber(version.version),
                  date: formatDate(version.updatedAt),
                })}
                {version.version === s.version && ` · ${t('statement.currentVersion')}`}
              </summary>
              <p class="preview-title" {...languageOf(version.language)}>
                {version.title}
              </p>
              <Paragraphs text={version.body} {...languageOf(version.language)} />
              {version.translation && (
                <>
                  <h3>
                    {t('statement.translationIn', {
                      language: languageName(version.translation.language),
                    })}
                  </h3>
                  <p class="preview-title" {...languageOf(version.translation.language)}>
                    {version.translation.title}
                  </p>
                  <Paragraphs text={version.translation.body} {...languageOf(version.translation.language)} />
                </>
              )}
              <p class="muted">
                {t('statement.contentHash')} <code class="hash-inline">{version.contentHash}</code>
              </p>
            </details>
          </li>
        ))}
      </ul>
      <MoreButton pages={versions} />
    </section>
  );
}
