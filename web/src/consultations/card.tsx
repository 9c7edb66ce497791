import type { ListTitle } from '#shared/translations/list-titles.ts';
import { useI18n } from '../i18n.tsx';
import { markWords, TranslationMark } from '../translations/translated-text.tsx';
import type { Body, Consultation } from '../types.ts';
import { ConsultationFacts } from './facts.tsx';
import { kindKeys, statusKeys } from './keys.ts';
import { LanguageNote, languageOf, textIn } from './text.tsx';

/** Its kind and status, as words (never colour alone). */
export function Kicker({ c }: { c: Consultation }) {
  const { t } = useI18n();
  return (
    <p class="kicker">
      <span>{t(kindKeys[c.kind])}</span> <span class="badge">{t(statusKeys[c.status])}</span>
    </p>
  );
}

/** One consultation in a list, its title linking to its page: the network's translation, marked, if it has one. */
export function ConsultationCard({
  c,
  bodies,
  level = 2,
}: {
  c: Consultation & { translatedTitle?: ListTitle };
  bodies: Body[] | undefined;
  level?: 2 | 3;
}) {
  const { t, language } = useI18n();
  const shown = textIn(c, language);
  // A list read in another language (the reader switched since) carries that language's titles.
  const translated = c.translatedTitle?.language === language ? c.translatedTitle : undefined;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <li class="card">
      <Kicker c={c} />
      <Heading>
        <a href={`/consultations/${encodeURIComponent(c.id)}`}>
          {translated ? (
            <span {...languageOf(language)}>{translated.title}</span>
          ) : (
            <span {...languageOf(shown.language)}>{shown.text.title}</span>
          )}
        </a>
        {!translated && <LanguageNote language={shown.language} />}
      </Heading>
      {translated && (
        <p class={`translation-line ${translated.mark}`}>
          <TranslationMark source={translated.mark} />
          {t(markWords(translated.mark))}
          {translated.outdated && ` ${t('translatedText.outdated')}`}
        </p>
      )}
      <ConsultationFacts c={c} body={bodies?.find((b) => b.id === c.bodyId)} />
    </li>
  );
}
