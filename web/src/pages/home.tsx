import { useI18n } from '../i18n.tsx';
import { PageHeading } from '../page-heading.tsx';

export function HomePage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading>{t('home.title')}</PageHeading>
      <p class="lead">{t('home.lead')}</p>
      <p>{t('home.statements')}</p>
      <p>
        {t('subscribe.invite')} <a href="/subscribe">{t('subscribe.title')}</a>
      </p>
      <p>
        {t('home.meetings')} <a href="/meetings">{t('meetings.title')}</a>
      </p>
      <h2>{t('home.joinTitle')}</h2>
      <p>{t('home.join')}</p>
      <p class="actions">
        <a class="button" href="/apply">
          {t('apply.title')}
        </a>
        <a href="/organisations">{t('nav.organisations')}</a>
      </p>
    </>
  );
}
