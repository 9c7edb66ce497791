import { send } from '../api.ts';
import { useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';

/** A statement's lead asks the network's translators for its translations, into the languages its readers need. */
export function AskTranslations({ statementId }: { statementId: string }) {
  const { t, languageName } = useI18n();
  const form = useForm('ask-translations');
  const ask = () =>
    form.run(async () => {
      const { requested } = await send<{ requested: string[]; unchanged: string[] }>(
        'POST',
        `/api/statements/${encodeURIComponent(statementId)}/translations`,
        {},
      );
      return requested.length > 0
        ? t('translations.ask.done', { languages: requested.map((code) => languageName(code)).join(', ') })
        : t('translations.ask.nothing');
    });
  return (
    <section aria-labelledby="ask-translations">
      <h2 id="ask-translations">{t('translations.ask.heading')}</h2>
      <p class="hint">{t('translations.ask.hint')}</p>
      <Outcome form={form} />
      <p>
        <button type="button" aria-disabled={form.busy} onClick={ask}>
          {t('translations.ask')}
        </button>
      </p>
    </section>
  );
}
