import { useState } from 'preact/hooks';
import type { Language } from '#shared/i18n/languages.ts';
import { useBodies } from '../bodies.tsx';
import { AlertFigures } from '../consultations/alerts.tsx';
import { ConsultationArticle } from '../consultations/article.tsx';
import { Kicker } from '../consultations/card.tsx';
import { ManageConsultation } from '../consultations/manage.tsx';
import { TextLanguages, textIn } from '../consultations/text.tsx';
import { VersionHistory } from '../consultations/versions.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';
import { useSession } from '../session.tsx';
import { ConsultationStatements } from '../statements/list.tsx';
import { ConsultationSubmissions } from '../submissions/list.tsx';
import { FieldText, TranslationNote, useTranslatedText } from '../translations/translated-text.tsx';
import type { Consultation } from '../types.ts';

/** One consultation for anyone; its body's officers and the coordinator also manage it here. */
export function ConsultationPage({ id }: { id: string }) {
  const { t, language } = useI18n();
  const { me } = useSession();
  const consultation = useResource<Consultation>(`/api/consultations/${encodeURIComponent(id)}`);
  const bodies = useBodies();
  // The language a reader chose among the texts the officer wrote, read as written; none reads the
  // UI language's text, else the network's translation into it, else the original.
  const [chosen, setChosen] = useState<{ id: string; language: Language }>();
  const chosenLanguage = chosen?.id === id ? chosen.language : undefined;
  const readIn = chosenLanguage ?? language;
  const c = consultation.data;
  const original = c?.texts[c.originalLanguage];
  // The network translates the title and the plain-language summary (the summary when there is none).
  // It is asked for even while another text is chosen, so the switch can offer it again.
  const translation = useTranslatedText(
    c && original
      ? {
          kind: 'consultation',
          id: c.id,
          originalLanguage: c.originalLanguage,
          fields: {
            title: original.title,
            ...(original.plainSummary
              ? { plainSummary: original.plainSummary }
              : { summary: original.summary }),
          },
          own: c.texts[language],
          published: c.status !== 'draft',
        }
      : undefined,
  );
  const translated =
    chosenLanguage === undefined && (translation.source === 'reviewed' || translation.source === 'machine');
  // The translation and the original are one switch with the note's "show the original" and back.
  const choose = (chosenOne: Language) => {
    if (translation.translation && (chosenOne === language || chosenOne === c?.originalLanguage)) {
      setChosen(undefined);
      translation.showOriginal(chosenOne !== language);
    } else setChosen({ id, language: chosenOne });
  };
  const shown = c && textIn(c, readIn);
  const title =
    (translated ? translation.field('title')?.text : shown?.text.title) ??
    (consultation.error ? t('consultation.notFound') : t('common.loading'));
  const manages = Boolean(c && me && (me.coordinator || me.bodies.some((body) => body.id === c.bodyId)));
  return (
    <>
      <PageHeading
        userText={shown !== undefined}
        lang={shown?.language}
        shown={translated ? <FieldText field={translation.field('title')} /> : undefined}
      >
        {title}
      </PageHeading>
      <Loaded key={id} resource={consultation} wayBack>
        {(data) => {
          const text = textIn(data, readIn);
          return (
            <>
              <Kicker c={data} />
              {data.status === 'draft' && <p class="warning">{t('consultation.draftNote')}</p>}
              {chosenLanguage === undefined && <TranslationNote text={translation} original={false} />}
              <TextLanguages
                c={data}
                shown={text}
                onChoose={choose}
                translation={translation.translation && { language, shown: translated }}
              />
              <ConsultationArticle
                c={data}
                shown={text}
                body={bodies.data?.items.find((body) => body.id === data.bodyId)}
                translated={
                  translated
                    ? {
                        plainSummary: translation.translation?.fields.plainSummary
                          ? translation.field('plainSummary')
                          : undefined,
                        summary: translation.translation?.fields.summary
                          ? translation.field('summary')
                          : undefined,
                      }
                    : undefined
                }
              />
              {data.status !== 'draft' && <ConsultationStatements key={data.id} c={data} />}
              {data.status !== 'draft' && <ConsultationSubmissions key={data.id} c={data} />}
              {manages && <ManageConsultation c={data} onChange={consultation.set} />}
              {manages && data.status !== 'draft' && <AlertFigures key={data.version} id={data.id} />}
              {data.status !== 'draft' && <VersionHistory key={data.version} id={data.id} />}
              <p>
                <a href="/consultations">{t('consultation.back')}</a>
              </p>
            </>
          );
        }}
      </Loaded>
    </>
  );
}
