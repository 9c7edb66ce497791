import { useState } from 'preact/hooks';
import { useI18n } from '../i18n.tsx';

/**
 * The submission's hash in a block that can be selected or copied, with a line on what it proves:
 * the body's email carries the same hash, so anyone can check both are the same text and signatories.
 */
export function SubmissionHash({ hash }: { hash: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const canCopy = typeof navigator !== 'undefined' && Boolean(navigator.clipboard);
  return (
    <section aria-labelledby="submission-hash">
      <h2 id="submission-hash">{t('submission.hash')}</h2>
      <p class="hint" id="submission-hash-hint">
        {t('submission.hashExplained')}
      </p>
      <pre class="hash" dir="ltr" translate={false} aria-describedby="submission-hash-hint">
        <code>{hash}</code>
      </pre>
      {canCopy && (
        <p class="actions">
          <button
            type="button"
            onClick={() =>
              navigator.clipboard.writeText(hash).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {t('submission.copyHash')}
          </button>
          <span role="status" class="muted">
            {copied && t('submission.copied')}
          </span>
        </p>
      )}
    </section>
  );
}
