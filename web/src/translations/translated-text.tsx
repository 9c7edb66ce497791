import { useState } from 'preact/hooks';
import { type TranslatableKind, textDirection } from '#shared/translations/facts.ts';
import type { ReaderTranslation } from '#shared/translations/translation.ts';
import { useI18n } from '../i18n.tsx';
import { useReaderTranslation } from './reader-translation.ts';

/** A text as a reader is shown it: the words, and the language they are in, with its direction. */
export interface ShownField {
  text: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

/**
 * What a reader is shown of a published text, in this order: what its author wrote in the reader's
 * language (`own`), a translation reviewed by a person, a machine translation, or the original.
 */
export interface TranslatedText {
  source: 'own' | 'reviewed' | 'machine' | 'original';
  /** The field in the words shown, or none when the text has no such field. */
  field(name: string): ShownField | undefined;
  /** The network's translation, when there is one for the reader, shown or not. */
  translation: ReaderTranslation | undefined;
  originalLanguage: string;
  /** The reader asked for the original instead of the translation. */
  showingOriginal: boolean;
  showOriginal(show: boolean): void;
  /** Fields of the original the translation leaves in the original language. */
  untranslated: string[];
}

export const shownIn = (text: string, lang: string): ShownField => ({ text, lang, dir: textDirection(lang) });

export interface TranslatableText {
  kind: TranslatableKind;
  id: string;
  originalLanguage: string;
  /** The original's fields, named as shared/translations/subjects.ts names the kind's. */
  fields: Record<string, string | undefined>;
  /** Its author's own text in the reader's language, when they wrote one. */
  own?: Record<string, string | undefined>;
  /** Published: only then has the network translated it. */
  published: boolean;
}

/** The text for the reader's interface language (`undefined` while the subject loads). */
export function useTranslatedText(subject: TranslatableText | undefined): TranslatedText {
  const { language } = useI18n();
  const [showingOriginal, showOriginal] = useState(false);
  const wanted =
    subject?.published && !subject.own && subject.originalLanguage !== language ? subject.id : null;
  const asked = useReaderTranslation(subject?.kind ?? 'consultation', wanted, language);
  // What was read for an earlier subject or language is not this one's.
  const translation = wanted !== null && asked?.language === language ? asked : undefined;
  const originalLanguage = subject?.originalLanguage ?? language;
  const original = (name: string) => {
    const text = subject?.fields[name];
    return text ? shownIn(text, originalLanguage) : undefined;
  };
  const common = { translation, originalLanguage, showingOriginal, showOriginal };
  if (subject?.own) {
    const own = subject.own;
    return {
      ...common,
      source: 'own',
      untranslated: [],
      field: (name) => (own[name] ? shownIn(own[name], language) : original(name)),
    };
  }
  if (!translation || showingOriginal) {
    return { ...common, source: 'original', untranslated: [], field: original };
  }
  const translated = translation.fields;
  return {
    ...common,
    source: translation.mark,
    untranslated: Object.keys(subject?.fields ?? {}).filter(
      (name) => subject?.fields[name] && !translated[name],
    ),
    field: (name) => (translated[name] ? shownIn(translated[name], translation.language) : original(name)),
  };
}

/** An element's `lang` and `dir` for a shown field. */
export const languageAttributes = (field: ShownField | undefined) =>
  field ? { lang: field.lang, dir: field.dir } : {};

/** The field's words in an inline element carrying their language and direction. */
export function FieldText({ field }: { field: ShownField | undefined }) {
  if (!field) return null;
  return (
    <bdi lang={field.lang} dir={field.dir}>
      {field.text}
    </bdi>
  );
}

/**
 * Tells the reader what they read: reviewed by a person, or a machine translation (never worded or
 * styled as reviewed), an outdated one with the original a click away; the original, when it is
 * not in their language, with the notice that says so (unless the page says it already: `original`).
 */
export function TranslationNote({
  text,
  original = true,
}: {
  text: TranslatedText;
  /** Whether to say that the original is not in the reader's language; false where the page says so. */
  original?: boolean;
}) {
  const { t, language, languageName } = useI18n();
  const originalName = languageName(text.originalLanguage);
  const toggle = (show: boolean, label: string) => (
    <button type="button" class="link" onClick={() => text.showOriginal(show)}>
      {label}
    </button>
  );
  if (text.source === 'reviewed' || text.source === 'machine') {
    const outdated = text.translation?.outdated === true;
    return (
      <div class={`translation-note ${text.source}`} role="note">
        <p>
          <TranslationMark source={text.source} />
          <strong>{t(markWords(text.source))}</strong>
        </p>
        {outdated && <p>{t('translatedText.outdated')}</p>}
        {text.untranslated.length > 0 && <p>{t('translatedText.partly', { language: originalName })}</p>}
        <p>{toggle(true, t('translatedText.showOriginal', { language: originalName }))}</p>
      </div>
    );
  }
  if (text.source === 'original' && text.translation) {
    return (
      <div class="translation-note original" role="note">
        <p>{t('translatedText.showingOriginal', { language: originalName })}</p>
        <p>{toggle(false, t('translatedText.showTranslation'))}</p>
      </div>
    );
  }
  if (text.source === 'original' && original && text.originalLanguage !== language) {
    return <p class="note">{t('consultation.originalOnly', { language: originalName })}</p>;
  }
  return null;
}

/** The words of a mark: never the same for a machine's draft as for a person's reviewed translation. */
export const markWords = (mark: 'reviewed' | 'machine') =>
  mark === 'reviewed' ? 'translatedText.reviewed' : 'translatedText.machine';

/** The mark's icon beside its words: a person's check for reviewed, a gear for a machine's draft. */
export function TranslationMark({ source }: { source: 'reviewed' | 'machine' }) {
  return (
    <span class="translation-mark" aria-hidden="true">
      {source === 'reviewed' ? '✓' : '⚙'}
    </span>
  );
}
