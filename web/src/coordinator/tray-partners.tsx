import { send } from '../api.ts';
import { LanguageField, SubmitButton, TextField } from '../forms/fields.tsx';
import { list, text, useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { LoadError, MoreButton, usePages } from '../load.tsx';
import { LanguageCodesField } from '../tray/language-codes.tsx';
import type { Organisation } from '../types.ts';

/** The coordinator invites organisations outside the network to the tray, and sees who is listed. */
export function TrayPartners() {
  const { t, formatDate } = useI18n();
  const partners = usePages<Organisation>('/api/tray-partners');
  const form = useForm('tray-partner');
  const invite = form.submit(
    async (data) => {
      const invited = await send<Organisation>('POST', '/api/tray-partners', {
        name: text(data, 'name'),
        municipalities: list(data, 'municipalities'),
        languages: list(data, 'languages').map((code) => code.toLowerCase()),
        description: text(data, 'description'),
        representative: { email: text(data, 'email'), language: text(data, 'language') },
      });
      partners.reload();
      return t('trayPartners.invited', { organisation: invited.name });
    },
    { clear: true },
  );
  return (
    <section aria-labelledby="tray-partners">
      <h2 id="tray-partners">{t('trayPartners.title')}</h2>
      <p>{t('trayPartners.intro')}</p>
      {partners.error !== undefined && <LoadError error={partners.error} />}
      {partners.empty && <p>{t('trayPartners.none')}</p>}
      {partners.items.length > 0 && (
        <ul>
          {partners.items.map((org) => (
            <li key={org.id}>
              <a href={`/organisations/${encodeURIComponent(org.id)}`} dir="auto">
                {org.name}
              </a>{' '}
              <span class="muted">
                {org.municipalities.join(', ')} ·{' '}
                {t('trayPartners.since', { date: formatDate(org.joinedAt) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <MoreButton pages={partners} />
      <h3>{t('trayPartners.invite')}</h3>
      <form onSubmit={invite} noValidate>
        <TextField form={form} name="name" label={t('trayPartners.name')} required maxLength={200} />
        <TextField
          form={form}
          name="municipalities"
          label={t('trayPartners.municipalities')}
          hint={t('trayPartners.commas')}
          required
        />
        <LanguageCodesField
          form={form}
          name="languages"
          label={t('trayPartners.languages')}
          hint={t('trayPartners.languagesHint')}
          required
        />
        <TextField
          form={form}
          name="description"
          label={t('trayPartners.description')}
          required
          multiline
          rows={3}
          maxLength={2000}
        />
        <TextField
          form={form}
          name="email"
          type="email"
          label={t('trayPartners.email')}
          required
          autoComplete="off"
        />
        <LanguageField form={form} name="language" label={t('trayPartners.language')} />
        <Outcome form={form} />
        <SubmitButton form={form}>{t('trayPartners.send')}</SubmitButton>
      </form>
    </section>
  );
}
