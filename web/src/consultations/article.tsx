import { useI18n } from '../i18n.tsx';
import type { ShownField } from '../translations/translated-text.tsx';
import type { Body, Consultation } from '../types.ts';
import { ConsultationFacts } from './facts.tsx';
import { kindKeys, statusKeys } from './keys.ts';
import { isWebAddress } from './links.ts';
import { languageOf, Paragraphs, type ShownText } from './text.tsx';

function Documents({ links }: { links: Consultation['links'] }) {
  const { t } = useI18n();
  if (links.length === 0) return null;
  return (
    <section aria-labelledby="documents">
      <h2 id="documents">{t('consultation.documents')}</h2>
      <ul>
        {links
          .filter((link) => isWebAddress(link.url))
          .map((link) => (
            <li key={link.url}>
              <a href={link.url} rel="noopener noreferrer">
                <bdi>{link.title}</bdi>
              </a>
            </li>
          ))}
      </ul>
    </section>
  );
}

function Contact({ contact }: { contact: Consultation['contact'] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="contact">
      <h2 id="contact">{t('consultation.contact')}</h2>
      <p>
        <bdi>{contact.name}</bdi>
        <br />
        <a href={`mailto:${contact.email}`}>
          <bdi>{contact.email}</bdi>
        </a>
        {contact.phone && (
          <>
            <br />
            <span class="visually-hidden">{t('consultation.phone')}: </span>
            <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`} dir="ltr">
              {contact.phone}
            </a>
          </>
        )}
      </p>
    </section>
  );
}

function Decision({ decision }: { decision: NonNullable<Consultation['decision']> }) {
  const { t, formatDate } = useI18n();
  return (
    <section aria-labelledby="decision" class="decision">
      <h2 id="decision">{t('consultation.decision')}</h2>
      <p class="muted">{t('consultation.decisionRecordedAt', { date: formatDate(decision.at) })}</p>
      <Paragraphs text={decision.summary} dir="auto" />
      {isWebAddress(decision.url) && (
        <p>
          <a href={decision.url} rel="noopener noreferrer">
            {t('consultation.readDecision')}
          </a>
        </p>
      )}
    </section>
  );
}

/** Under a section the network's translation leaves out, in the reader's language: it is in the original. */
function InOriginal({ language }: { language: string }) {
  const { t, languageName } = useI18n();
  return <p class="in-original">{t('translatedText.inOriginal', { language: languageName(language) })}</p>;
}

/** What anyone reads: the plain-language summary first, then the summary, the facts, documents, contact and decision. */
export function ConsultationArticle({
  c,
  shown,
  body,
  translated,
}: {
  c: Consultation;
  shown: ShownText;
  body: Body | undefined;
  /**
   * The network's translation of these texts into the reader's language, shown in place of the
   * original's; a section it leaves out says it is in the original.
   */
  translated?: { plainSummary?: ShownField; summary?: ShownField };
}) {
  const { t, formatDate } = useI18n();
  const original = (text: string) => ({ text, ...languageOf(shown.language) });
  const plainSummary =
    translated?.plainSummary ?? (shown.text.plainSummary && original(shown.text.plainSummary));
  const summary = translated?.summary ?? original(shown.text.summary);
  return (
    <>
      {plainSummary && (
        <section aria-labelledby="plain-language" class="plain-language">
          <h2 id="plain-language">{t('consultation.plainSummary')}</h2>
          {translated && !translated.plainSummary && <InOriginal language={shown.language} />}
          <Paragraphs text={plainSummary.text} lang={plainSummary.lang} dir={plainSummary.dir} />
        </section>
      )}
      <section aria-labelledby="summary">
        <h2 id="summary">{t('consultation.summary')}</h2>
        {translated && !translated.summary && <InOriginal language={shown.language} />}
        <Paragraphs text={summary.text} lang={summary.lang} dir={summary.dir} />
      </section>
      <section aria-labelledby="facts">
        <h2 id="facts">{t('consultation.facts')}</h2>
        <ConsultationFacts c={c} body={body}>
          <dt>{t('consultation.kind')}</dt>
          <dd>{t(kindKeys[c.kind])}</dd>
          <dt>{t('consultations.status')}</dt>
          <dd>{t(statusKeys[c.status])}</dd>
          {c.publishedAt && (
            <>
              <dt>{t('consultation.publishedAt')}</dt>
              <dd>{formatDate(c.publishedAt)}</dd>
            </>
          )}
        </ConsultationFacts>
      </section>
      <Documents links={c.links} />
      <Contact contact={c.contact} />
      {c.decision && <Decision decision={c.decision} />}
    </>
  );
}
