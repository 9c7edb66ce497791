import { useState } from 'preact/hooks';
import type { Me } from '#shared/api/routes.ts';
import { translationLimits } from '#shared/translations/facts.ts';
import { api } from '../api.ts';
import { Confirmable } from '../forms/confirm.tsx';
import { SubmitButton } from '../forms/fields.tsx';
import { useForm } from '../forms/form.ts';
import { LanguageInputs } from '../forms/language-inputs.tsx';
import { Notice, Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { useSession } from '../session.tsx';

/** The codes a form's language inputs hold, trimmed, empty ones left out. */
export const languagesOf = (data: FormData) =>
  data
    .getAll('languages')
    .map((code) => String(code).trim())
    .filter(Boolean);

/**
 * "Translate for the network": a peer leader takes the translator role in languages they choose; a
 * translator changes theirs or gives the role up.
 */
export function MyTranslatorRole({ me }: { me: Me }) {
  const { t, languageName } = useI18n();
  const { refresh } = useSession();
  const form = useForm('my-translator');
  const giveUp = useForm('give-up-translator');
  const [notice, setNotice] = useState<string>();
  const languages = me.translatorLanguages;
  const translator = languages.length > 0;
  if (!translator && !me.peerLeader) return null;
  return (
    <section aria-labelledby="translate-for-network">
      <h2 id="translate-for-network">{t('translator.own.heading')}</h2>
      {notice && <Notice key={notice}>{notice}</Notice>}
      <p>{t('translator.own.intro')}</p>
      {translator && (
        <>
          <p>{t('translator.own.current', { languages: languages.map(languageName).join(', ') })}</p>
          <p>
            <a href="/translations">{t('translator.own.desk')}</a>
          </p>
        </>
      )}
      <form
        noValidate
        class="narrow"
        onSubmit={form.submit(async (data) => {
          await api('/api/me/translator', {
            method: 'PUT',
            body: JSON.stringify({ languages: languagesOf(data) }),
          });
          await refresh();
          return t('translator.own.saved');
        })}
      >
        <Outcome form={form} />
        <LanguageInputs
          key={languages.join()}
          form={form}
          initial={languages}
          max={translationLimits.languages}
          legend={t('translator.own.languages')}
        />
        <SubmitButton form={form}>
          {t(translator ? 'translator.own.save' : 'translator.own.take')}
        </SubmitButton>
      </form>
      {translator && (
        <>
          <Outcome form={giveUp} />
          <Confirmable
            form={giveUp}
            label={t('translator.own.giveUp')}
            question={t('translator.own.giveUpQuestion')}
            confirm={t('translator.own.giveUpConfirm')}
            onConfirm={async () => {
              await api('/api/me/translator', { method: 'DELETE' });
              setNotice(t('translator.own.givenUp'));
              await refresh();
              return undefined;
            }}
          />
        </>
      )}
    </section>
  );
}
