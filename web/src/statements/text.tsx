import { useState } from 'preact/hooks';
import type { Language } from '#shared/i18n/languages.ts';
import { languageOf, Paragraphs, TextLanguages } from '../consultations/text.tsx';
import { useI18n } from '../i18n.tsx';
import type { Statement } from '../types.ts';

/** What a statement and a submission share: a text in its language, and maybe one translation. */
export type Texts = Pick<Statement, 'title' | 'body' | 'language' | 'translation'>;

export interface ShownStatementText {
  language: Language;
  title: string;
  body: string;
}

/** The text in the language asked for when it is the original's or the translation's, else the original. */
export function statementTextIn(s: Texts, language: Language): ShownStatementText {
  if (s.translation?.language === language && language !== s.language) return s.translation;
  return { language: s.language, title: s.title, body: s.body };
}

/** The reader's choice of language for one text (a statement's or a submission's, by id); the UI language first. */
export function useReadIn(id: string, s: Texts | undefined) {
  const { language } = useI18n();
  const [chosen, setChosen] = useState<{ id: string; language: Language }>();
  const shown = s && statementTextIn(s, chosen?.id === id ? chosen.language : language);
  return { shown, choose: (l: Language) => setChosen({ id, language: l }) };
}

/** The languages offered: the original, and the translation if there is one. */
const textsOf = (s: Texts) => ({
  originalLanguage: s.language,
  texts: { [s.language]: true, ...(s.translation ? { [s.translation.language]: true } : {}) },
});

/** The body of the text (plain text as paragraphs, as a consultation's), with its language choice. */
export function StatementBody({
  s,
  shown,
  onChoose,
  headingId,
}: {
  s: Texts;
  shown: ShownStatementText;
  onChoose(language: Language): void;
  headingId: string;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('statement.text')}</h2>
      <TextLanguages c={textsOf(s)} shown={shown} onChoose={onChoose} />
      <Paragraphs text={shown.body} {...languageOf(shown.language)} />
    </section>
  );
}
