import { useCallback, useEffect, useState } from 'preact/hooks';
import type * as z from 'zod/mini';
import type { healthResponse } from '#shared/api/routes.ts';
import { api } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { PageHeading } from '../page-heading.tsx';

type Health = z.output<typeof healthResponse>;
type State = { kind: 'checking' } | { kind: 'ok'; health: Health } | { kind: 'down'; at: Date };

export function StatusPage() {
  const { t, formatDate } = useI18n();
  const [state, setState] = useState<State>({ kind: 'checking' });
  const check = useCallback(() => {
    setState({ kind: 'checking' });
    api<Health>('/api/health')
      .then((health) => setState({ kind: 'ok', health }))
      .catch(() => setState({ kind: 'down', at: new Date() }));
  }, []);
  useEffect(check, []);

  return (
    <>
      <PageHeading>{t('status.title')}</PageHeading>
      <div class="status" data-state={state.kind} role="status" aria-live="polite">
        {state.kind === 'checking' && <p>{t('status.checking')}</p>}
        {state.kind === 'ok' && (
          <>
            <p>{t('status.ok')}</p>
            <p>{t('status.checkedAt', { time: formatDate(new Date(state.health.time)) })}</p>
          </>
        )}
        {state.kind === 'down' && (
          <>
            <p>{t('status.down')}</p>
            <p>{t('status.checkedAt', { time: formatDate(state.at) })}</p>
          </>
        )}
      </div>
      <p>
        <button type="button" onClick={check} disabled={state.kind === 'checking'}>
          {t('status.recheck')}
        </button>
      </p>
    </>
  );
}
