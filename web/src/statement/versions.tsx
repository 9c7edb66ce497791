import { languageOf, Paragraphs } from '../consultation/text.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import type { Statement } from '../types.ts';

/** Every version, newest first, each with the text it had; the current one is marked. */
export function StatementVersions({ s }: { s: Statement }) {
  const { t, formatDate, formatNumber, languageName } = useI18n();
  const versions = useResource<{ items: Statement[] }>(
    `/api/statements/${encodeURIComponent(s.id)}/versions`,
  );
  return (
    <section aria-labelledby="statement-versions">
      <h2 id="statement-versions">{t('consultation.versions')}</h2>
      <p class="hint">{t('statement.versionsHint')}</p>
      <Loaded resource={versions}>
        {({ items }) => (
          <ul class="rows versions">
            {[...items].reverse().map((version) => (
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
                      <Paragraphs
                        text={version.translation.body}
                        {...languageOf(version.translation.language)}
                      />
                    </>
                  )}
                  <p class="muted">
                    {t('statement.contentHash')} <code class="hash-inline">{version.contentHash}</code>
                  </p>
                </details>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </section>
  );
}
