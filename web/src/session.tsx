import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import type { Me } from '#shared/api/routes.ts';
import { ApiError, api, send } from './api.ts';
import { chosenLanguage, useI18n } from './i18n.tsx';
import { Loading } from './load.tsx';

interface Session {
  /** undefined while the first GET /api/me is under way; null when signed out. */
  me: Me | null | undefined;
  /** After a change that alters roles or name, or with the answer of a sign-in. */
  refresh(me?: Me | null): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ComponentChildren }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const { language, showLanguage } = useI18n();
  const refresh = useCallback(async (known?: Me | null) => {
    setMe(known === undefined ? (await api<{ me: Me | null }>('/api/session')).me : known);
  }, []);
  const signOut = useCallback(async () => {
    await send('DELETE', '/api/auth/session').catch((error: unknown) => {
      // An expired session is as good as ended.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    });
    setMe(null);
  }, []);
  useEffect(() => {
    // A failure is shown as signed out; pages that need a session say so.
    refresh().catch(() => setMe(null));
  }, [refresh]);
  useEffect(() => {
    // A person's saved preference outranks the browser's guess, not a choice made on this device.
    if (me && me.language !== language && !chosenLanguage()) showLanguage(me.language);
  }, [me]);
  const value = useMemo(() => ({ me, refresh, signOut }), [me, refresh, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}

/** Renders its children for a signed-in person; asks anyone else to sign in. */
export function SignedIn({ children }: { children: (me: Me) => ComponentChildren }) {
  const { t } = useI18n();
  const { me } = useSession();
  if (me === undefined) return <Loading />;
  if (me === null) {
    return (
      <p>
        {t('session.signInFirst')} <a href="/sign-in">{t('nav.signIn')}</a>
      </p>
    );
  }
  return <>{children(me)}</>;
}
