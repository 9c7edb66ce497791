import { useState } from 'preact/hooks';
import { send } from '../api.ts';
import { Confirmable } from '../forms/confirm.tsx';
import { useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import type { HookSecret, Source } from '../types.ts';

/**
 * A source's push hook: a system that calls it back has the source read at once. The secret is
 * shown only when it is made (enabling, or renewing it), with how the caller signs its calls.
 */
export function SourceHook({ source, onChange }: { source: Source; onChange(): void }) {
  const { t, rich, formatDate } = useI18n();
  const form = useForm(`source-${source.id}-hook`);
  const [secret, setSecret] = useState<string>();
  const path = `/api/sources/${encodeURIComponent(source.id)}/hook-secret` as const;
  const hookUrl = `${location.origin}/api/sources/${encodeURIComponent(source.id)}/hook`;
  const name = <bdi>{source.name}</bdi>;
  const named = <span class="visually-hidden"> {name}</span>;
  const makeSecret = async () => {
    const made = await send<HookSecret>('POST', path);
    setSecret(made.secret);
    onChange();
    return undefined;
  };
  return (
    <details class="panel">
      <summary>
        {t('sources.hook')}: {t(source.hook ? 'sources.hookOnShort' : 'sources.hookOffShort')}
        {named}
      </summary>
      <p>
        {source.hook
          ? t('sources.hookOn', { date: formatDate(source.hook.enabledAt) })
          : t('sources.hookOff')}
      </p>
      <Outcome form={form} />
      {secret && (
        <div class="notice">
          <p>
            <strong>{t('sources.hookSecret')}</strong>
          </p>
          <p class="hash" dir="ltr" lang="en">
            {secret}
          </p>
          <p>{t('sources.hookHow')}</p>
          <pre class="hash" dir="ltr" lang="en">
            {`POST ${hookUrl}
X-Kaiutin-Timestamp: <unix seconds>
X-Kaiutin-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`}
          </pre>
          <p>{t('sources.hookReplay')}</p>
        </div>
      )}
      <div class="actions">
        {!source.hook && (
          <button
            type="button"
            class="primary"
            aria-disabled={form.busy}
            onClick={() => form.run(makeSecret)}
          >
            {t('sources.hookEnable')}
            {named}
          </button>
        )}
        {source.hook && (
          <button
            type="button"
            aria-disabled={form.busy}
            onClick={() =>
              form.run(async () => {
                await send('DELETE', path);
                setSecret(undefined);
                onChange();
                return rich('sources.hookDisabled', { name });
              })
            }
          >
            {t('sources.hookDisable')}
            {named}
          </button>
        )}
      </div>
      {source.hook && (
        <Confirmable
          // A new secret closes the question: it remounts.
          key={secret}
          form={form}
          label={
            <>
              {t('sources.hookRotate')}
              {named}
            </>
          }
          question={rich('sources.hookRotateQuestion', { name })}
          confirm={t('sources.hookRotate')}
          onConfirm={makeSecret}
        />
      )}
    </details>
  );
}
