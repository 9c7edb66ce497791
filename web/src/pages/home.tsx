import { useI18n } from '../i18n.tsx';
import { PageHeading } from '../page-heading.tsx';

export function HomePage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading>{t('home.title')}</PageHeading>
      <p class="lead">{t('home.lead')}</p>
      <p>{t('home.statements')}</p>
    </>
  );
}
