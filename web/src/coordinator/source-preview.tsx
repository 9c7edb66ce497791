import type { Language } from '#shared/i18n/languages.ts';
import { KindWhenAndWho } from '../consultations/facts.tsx';
import { languageOf } from '../consultations/text.tsx';
import { useI18n } from '../i18n.tsx';
import type { SourceItem, SourcePreview, SourceProblem } from '../types.ts';

/**
 * Why a source could not be read, in the reader's language: each code the readers use has its
 * sentence, filled with the problem's figures. A code the catalogue does not know yet (or a problem
 * without the figures its sentence needs) still says that reading failed, then the server's own
 * sentence, which is English.
 */
export function SourceProblemText({
  problem,
}: {
  problem: Pick<SourceProblem, 'code' | 'message' | 'params'>;
}) {
  const { t, has } = useI18n();
  const key = `sources.error.${problem.code}`;
  const said = has(key) ? t(key, problem.params) : undefined;
  // A sentence whose figure the problem lacks (an older record's) would show its placeholder.
  if (said && !/\{\w+\}/.test(said)) return <>{said}</>;
  return (
    <>
      {t('sources.errorUnknown')} <span lang="en">{problem.message}</span>
    </>
  );
}

function PreviewItem({ item, sourceLanguage }: { item: SourceItem; sourceLanguage: Language }) {
  const { t, languageName } = useI18n();
  const original = item.language ?? sourceLanguage;
  const given = [original, ...Object.keys(item.translations ?? {}).filter((l) => l !== original)];
  return (
    <li class="card">
      <h4 {...languageOf(original)}>{item.title}</h4>
      <dl class="meta">
        <KindWhenAndWho kind={item.kind ?? 'upcoming-decision'} timing={item} />
        <dt>{t('sources.itemLanguages')}</dt>
        <dd>{given.map((code) => languageName(code)).join(', ')}</dd>
      </dl>
      {item.cancelled && <p class="warning">{t('sources.itemCancelled')}</p>}
      {item.url && (
        <p>
          <a href={item.url} rel="noopener noreferrer">
            {t('triage.original')}
            <span class="visually-hidden"> {item.title}</span>
          </a>
        </p>
      )}
    </li>
  );
}

/** What a preview read: how many items, the first of them as they would become drafts; or why it failed. */
export function PreviewResult({
  id,
  result,
  sourceLanguage,
}: {
  id: string;
  result: { preview: SourcePreview } | { problem: SourceProblem };
  sourceLanguage: Language;
}) {
  const { t } = useI18n();
  return (
    <section class="preview" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('sources.previewTitle')}</h3>
      {'problem' in result ? (
        <p class="warning" role="alert">
          <strong>{t('sources.previewFailed')}</strong> <SourceProblemText problem={result.problem} />
        </p>
      ) : (
        <>
          <p role="status">
            {t('sources.previewFound', { count: result.preview.found, shown: result.preview.items.length })}{' '}
            {t('sources.previewNotSaved')}
          </p>
          {result.preview.items.length > 0 && (
            <ul class="cards">
              {result.preview.items.map((item) => (
                <PreviewItem key={item.externalId} item={item} sourceLanguage={sourceLanguage} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
