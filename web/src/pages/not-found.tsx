import { useI18n } from '../i18n.tsx';
import { PageHeading } from '../page-heading.tsx';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>
        <a href="/">{t('notFound.text')}</a>
      </p>
    </>
  );
}
