import { useState } from 'preact/hooks';
import { principles } from '#shared/membership/principles.ts';
import { send } from '../api.ts';
import { Checkbox, LanguageField, SubmitButton, TextField } from '../forms/fields.tsx';
import { list, text, useForm } from '../forms/form.ts';
import { Notice, Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { OrganisationFields, organisationValues } from '../membership/fields.tsx';
import { PageHeading } from '../page-heading.tsx';

function Principles() {
  const { t, language } = useI18n();
  // The principles exist in Finnish and English; everyone else reads the English text.
  const lang = language === 'fi' ? 'fi' : 'en';
  return (
    <section aria-labelledby="principles" class="principles">
      <h2 id="principles">{t('apply.principles')}</h2>
      <ol lang={lang} dir={lang === language ? undefined : 'ltr'}>
        {principles.text[lang].map((paragraph) => (
          <li key={paragraph}>{paragraph}</li>
        ))}
      </ol>
    </section>
  );
}

export function ApplyPage() {
  const { t, rich } = useI18n();
  const form = useForm('apply');
  const [sent, setSent] = useState<{ email: string; likelyDuplicate: boolean }>();

  const apply = form.submit(async (data) => {
    const businessId = text(data, 'businessId');
    const email = text(data, 'contact-email');
    const answer = await send<{ likelyDuplicate: boolean }>('POST', '/api/applications', {
      ...organisationValues(data, 'organisationName'),
      ...(businessId ? { businessId } : {}),
      contact: { name: text(data, 'contact-name'), email, language: text(data, 'contact-language') },
      representatives: list(data, 'representatives'),
      acceptedPrinciplesVersion: text(data, 'acceptedPrinciplesVersion'),
    });
    setSent({ email, likelyDuplicate: answer.likelyDuplicate });
    return undefined;
  });

  return (
    <>
      <PageHeading>{t('apply.title')}</PageHeading>
      {sent ? (
        <Notice>
          <p>
            <strong>{t('apply.sent')}</strong>
          </p>
          <p>{rich('apply.sentText', { email: <bdi>{sent.email}</bdi> })}</p>
          {sent.likelyDuplicate && <p>{t('apply.duplicate')}</p>}
        </Notice>
      ) : (
        <>
          <p class="lead">{t('apply.lead')}</p>
          <form noValidate onSubmit={apply}>
            <Outcome form={form} />
            <fieldset class="group">
              <legend>{t('apply.organisation')}</legend>
              <OrganisationFields form={form} nameField="organisationName" />
            </fieldset>
            <fieldset class="group">
              <legend>{t('apply.contact')}</legend>
              <TextField
                form={form}
                name="contact-name"
                label={t('apply.contactName')}
                required
                autoComplete="name"
              />
              <TextField
                form={form}
                name="contact-email"
                label={t('apply.contactEmail')}
                type="email"
                autoComplete="email"
                required
              />
              <LanguageField form={form} name="contact-language" label={t('apply.contactLanguage')} />
              <TextField
                form={form}
                name="representatives"
                label={t('apply.representatives')}
                hint={t('apply.representativesHint')}
                required
                multiline
              />
            </fieldset>
            <Principles />
            <Checkbox
              form={form}
              name="acceptedPrinciplesVersion"
              value={principles.version}
              label={t('apply.accept', { version: principles.version })}
              required
            />
            <SubmitButton form={form}>{t('apply.submit')}</SubmitButton>
          </form>
        </>
      )}
    </>
  );
}
