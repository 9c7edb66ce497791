import { useEffect, useState } from 'preact/hooks';
import { directionOf, type Language, languages } from '#shared/i18n/languages.ts';
import { useI18n } from '../i18n.tsx';
import type { Consultation, ConsultationText } from '../types.ts';

export interface ShownText {
  language: Language;
  text: ConsultationText;
}

/** The text in the language asked for, else in the original language, which every consultation has. */
export function textIn(c: Pick<Consultation, 'texts' | 'originalLanguage'>, language: Language): ShownText {
  const own = c.texts[language];
  if (own) return { language, text: own };
  return { language: c.originalLanguage, text: c.texts[c.originalLanguage] as ConsultationText };
}

/** The attributes of text in a known language: its code and direction (the page's may differ). */
export const languageOf = (language: Language) => ({ lang: language, dir: directionOf(language) });

type Render = (text: string) => string;

// The markdown renderer is a chunk of its own, asked for as the app starts, alongside the data, so
// a text usually finds it loaded; until then (or if it cannot load) a text shows as plain paragraphs.
let loaded: Render | undefined;
const loading = import('#shared/markdown.ts').then(
  (module) => {
    loaded = module.markdownToHtml;
    return loaded;
  },
  () => undefined,
);

function useMarkdown(): Render | undefined {
  const [render, setRender] = useState(() => loaded);
  useEffect(() => {
    if (!render) loading.then((found) => found && setRender(() => found));
  }, [render]);
  return render;
}

/**
 * Text in simple markdown (bold, italics, lists, http(s) links; shared/markdown.ts), rendered
 * safely: the renderer escapes everything else, raw HTML included. Before it loads, paragraphs: a
 * blank line starts a new one.
 */
export function Paragraphs({
  text,
  lang,
  dir,
}: {
  text: string;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
}) {
  const render = useMarkdown();
  if (render) {
    // The renderer's output is escaped text and its own few tags only (test/unit/markdown.test.ts).
    return <div class="prose" lang={lang} dir={dir} dangerouslySetInnerHTML={{ __html: render(text) }} />;
  }
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return (
    <div class="prose" lang={lang} dir={dir}>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}

/** Marks text shown in another language than the UI's with that language's name: "(in Finnish)". */
export function LanguageNote({ language }: { language: Language }) {
  const { t, language: ui, languageName } = useI18n();
  if (language === ui) return null;
  return (
    <span class="language-note"> {t('consultation.inLanguage', { language: languageName(language) })}</span>
  );
}

/**
 * Says when the text is not in the UI language, and offers the languages it exists in (each
 * button named in its own language), the network's translation into the reader's language among them.
 */
export function TextLanguages({
  c,
  shown,
  onChoose,
  translation,
}: {
  /** A consultation, or any text kept in an original language and translations (a statement's). */
  c: { texts: Partial<Record<Language, unknown>>; originalLanguage: Language };
  shown: { language: Language };
  onChoose(language: Language): void;
  /**
   * The network has translated it into the reader's language (`shown` while it is read): its own
   * note says what is translated and what is not, so the original-only notice is not given.
   */
  translation?: { language: Language; shown: boolean };
}) {
  const { t, language, languageName } = useI18n();
  const available = languages.filter((l) => c.texts[l.code] || l.code === translation?.language);
  const pressed = translation?.shown ? translation.language : shown.language;
  return (
    <>
      {!translation && !c.texts[language] && shown.language === c.originalLanguage && (
        <p class="note">{t('consultation.originalOnly', { language: languageName(c.originalLanguage) })}</p>
      )}
      {available.length > 1 && (
        <fieldset class="text-languages">
          <legend>{t('consultation.readIn')}</legend>
          <div class="actions">
            {available.map((l) => (
              <button
                key={l.code}
                type="button"
                lang={l.code}
                aria-pressed={l.code === pressed}
                onClick={() => onChoose(l.code)}
              >
                {l.name}
              </button>
            ))}
          </div>
        </fieldset>
      )}
    </>
  );
}
