import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Language } from '#shared/i18n/languages.ts';
import { send } from './api.ts';
import { languages, useI18n } from './i18n.tsx';
import { useSession } from './session.tsx';
import type { Me } from './types.ts';

function SessionLinks({ current }: { current: (href: string) => 'page' | undefined }) {
  const { t } = useI18n();
  const { me, signOut } = useSession();
  const { route } = useLocation();
  if (me === undefined) return null;
  if (me === null) {
    return (
      <li>
        <a href="/sign-in" aria-current={current('/sign-in')}>
          {t('nav.signIn')}
        </a>
      </li>
    );
  }
  return (
    <>
      <li>
        <a href="/account" aria-current={current('/account')}>
          <span class="visually-hidden">{t('nav.account')}: </span>
          <bdi>{me.name ?? me.email}</bdi>
        </a>
      </li>
      <li>
        <button
          type="button"
          class="link"
          onClick={() =>
            signOut().then(
              () => route('/'),
              () => undefined,
            )
          }
        >
          {t('nav.signOut')}
        </button>
      </li>
    </>
  );
}

/**
 * The person's workspaces, each reachable from every page: their organisations, each body's page
 * and inbox, the coordinator's page. A disclosure, so it stays one line at 320 px and opens by
 * keyboard; it closes when a page opens.
 */
function Workspaces({ me, current }: { me: Me; current: (href: string) => 'page' | undefined }) {
  const { t, rich } = useI18n();
  const { path } = useLocation();
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [path]);
  const links = [
    ...me.organisations.map((org) => ({
      href: `/organisations/${encodeURIComponent(org.id)}`,
      label: <bdi>{org.name}</bdi>,
    })),
    ...me.bodies.flatMap((body) => {
      const path = `/bodies/${encodeURIComponent(body.id)}`;
      return [
        { href: path, label: <bdi>{body.name}</bdi> },
        { href: `${path}/inbox`, label: <>{rich('desk.nav.inbox', { name: <bdi>{body.name}</bdi> })}</> },
      ];
    }),
    ...(me.coordinator ? [{ href: '/coordinator', label: <>{t('nav.coordinator')}</> }] : []),
    ...(me.peerLeader ? [{ href: '/peer-leader', label: <>{t('peer.nav.profile')}</> }] : []),
  ];
  if (links.length === 0) return null;
  return (
    <li>
      <details class="workspaces" ref={menu}>
        <summary>{t('desk.nav.workspaces')}</summary>
        <ul>
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href} aria-current={current(link.href)}>
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

export function Layout({ children }: { children: ComponentChildren }) {
  const { t, language, chooseLanguage } = useI18n();
  const { me, refresh } = useSession();
  const choose = (next: Language) => {
    chooseLanguage(next);
    // Signed in, the choice becomes the person's preference: emails follow it, other devices too.
    if (me && me.language !== next) {
      send<Me>('PATCH', '/api/me', { language: next }).then(refresh, () => undefined);
    }
  };
  const { path } = useLocation();
  const current = (href: string) => (path === href ? 'page' : undefined);
  const links = [
    { href: '/', label: t('nav.home') },
    { href: '/consultations', label: t('nav.consultations') },
    { href: '/meetings', label: t('desk.nav.meetings') },
    { href: '/organisations', label: t('nav.organisations') },
    { href: '/tray', label: t('nav.tray') },
    { href: '/peer-leaders', label: t('nav.peerLeaders') },
    ...(me ? [{ href: '/desk', label: t('desk.nav.desk') }] : []),
    ...(me && (me.coordinator || me.translatorLanguages.length > 0)
      ? [{ href: '/translations', label: t('translations.nav') }]
      : []),
    { href: '/status', label: t('nav.status') },
  ];
  return (
    <>
      <a class="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header class="site-header">
        <div class="inner">
          <a class="brand" href="/">
            {t('app.name')}
            <small>{t('app.tagline')}</small>
          </a>
          <nav class="site-nav" aria-label={t('nav.label')}>
            <ul>
              {links.map((link) => (
                <li key={link.href}>
                  <a href={link.href} aria-current={current(link.href)}>
                    {link.label}
                  </a>
                </li>
              ))}
              {me && <Workspaces me={me} current={current} />}
              <SessionLinks current={current} />
            </ul>
          </nav>
          <label class="language">
            <span>{t('language.label')}</span>
            <select
              value={language}
              onChange={(event) => choose((event.currentTarget as HTMLSelectElement).value as Language)}
            >
              {languages.map((l) => (
                <option key={l.code} value={l.code} lang={l.code}>
                  {l.name}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      <main id="main">{children}</main>
      <footer class="site-footer">
        <div class="inner">{t('footer.text')}</div>
      </footer>
    </>
  );
}
