import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import type { Language } from '#shared/i18n/languages.ts';
import { languages, useI18n } from './i18n.tsx';

export function Layout({ children }: { children: ComponentChildren }) {
  const { t, language, setLanguage } = useI18n();
  const { path } = useLocation();
  const links = [
    { href: '/', label: t('nav.home') },
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
                  <a href={link.href} aria-current={path === link.href ? 'page' : undefined}>
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <label class="language">
            <span>{t('language.label')}</span>
            <select
              value={language}
              onChange={(event) => setLanguage((event.currentTarget as HTMLSelectElement).value as Language)}
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
