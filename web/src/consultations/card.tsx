import { useI18n } from '../i18n.tsx';
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

/** One consultation in a list, its title linking to its page. */
export function ConsultationCard({
  c,
  bodies,
  level = 2,
}: {
  c: Consultation;
  bodies: Body[] | undefined;
  level?: 2 | 3;
}) {
  const { language } = useI18n();
  const shown = textIn(c, language);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <li class="card">
      <Kicker c={c} />
      <Heading>
        <a href={`/consultations/${encodeURIComponent(c.id)}`}>
          <span {...languageOf(shown.language)}>{shown.text.title}</span>
        </a>
        <LanguageNote language={shown.language} />
      </Heading>
      <ConsultationFacts c={c} body={bodies?.find((b) => b.id === c.bodyId)} />
    </li>
  );
}
