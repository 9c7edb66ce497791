import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Notice } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';
import { useSession } from '../session.tsx';
import { CoSign, cosigningClosed, withSignatures } from '../statements/cosign.tsx';
import { ConsultationLink, StatementFacts, StatementStatus } from '../statements/facts.tsx';
import { isSubmitted, submissionPath } from '../statements/keys.ts';
import { ManageStatement } from '../statements/manage.tsx';
import { Signatures } from '../statements/signatures.tsx';
import { StatementBody, useReadIn } from '../statements/text.tsx';
import { StatementVersions } from '../statements/versions.tsx';
import { Answer, DeliveryFacts, Signatories } from '../submissions/facts.tsx';
import { AskTranslations } from '../translations/ask-translations.tsx';
import { FieldText, TranslationNote, useTranslatedText } from '../translations/translated-text.tsx';
import type { Body, Consultation, SignedStatement, Statement, Submission } from '../types.ts';

/**
 * A joint statement for anyone (a draft only for its lead organisation); its lead organisation's
 * representatives manage it here, and representatives of other member organisations co-sign it.
 */
export function StatementPage({ id }: { id: string }) {
  const { t, formatDate, formatNumber, language } = useI18n();
  const { me } = useSession();
  const statement = useResource<SignedStatement>(`/api/statements/${encodeURIComponent(id)}`);
  const s = statement.data;
  const consultation = useResource<Consultation>(
    s ? `/api/consultations/${encodeURIComponent(s.consultationId)}` : null,
  );
  const body = useResource<Body>(s ? `/api/bodies/${encodeURIComponent(s.bodyId)}` : null);
  // Once submitted, the body's acknowledgement and answer are on the record; shown here too.
  const submission = useResource<Submission>(
    s && isSubmitted(s) ? `/api/submissions/${encodeURIComponent(s.id)}` : null,
  );
  const { shown, choose } = useReadIn(id, s);
  // The lead's own text in the reader's language, else the network's translation, else the original.
  const own =
    s && (s.language === language ? s : s.translation?.language === language ? s.translation : undefined);
  const translation = useTranslatedText(
    s && {
      kind: 'statement',
      id: s.id,
      originalLanguage: s.language,
      fields: { title: s.title, body: s.body },
      own: own && { title: own.title, body: own.body },
      published: s.status !== 'draft',
    },
  );
  const translated = translation.source === 'reviewed' || translation.source === 'machine';
  const translatedText = translated && {
    language,
    title: translation.field('title')?.text ?? '',
    body: translation.field('body')?.text ?? '',
  };
  const [notice, setNotice] = useState<{ message: ComponentChildren; at: number }>();
  // A change answers with the statement without its signatures: they stay, marked against its new text.
  const changed = (updated: Statement | undefined, message?: ComponentChildren) => {
    if (updated && s) statement.set(withSignatures(updated, s.signatures));
    else statement.reload();
    if (message) setNotice({ message, at: Date.now() });
  };
  const title =
    (translatedText || shown)?.title ?? (statement.error ? t('statement.notFound') : t('common.loading'));
  const lead = Boolean(s && me?.organisations.some((o) => o.id === s.leadOrganisationId));
  // Representatives of member organisations other than the lead sign; the lead gives its mandate on submitting.
  const signers = (me?.organisations ?? []).filter(
    (o) => o.status === 'member' && o.id !== s?.leadOrganisationId,
  );
  return (
    <>
      <PageHeading
        userText={shown !== undefined}
        lang={shown?.language}
        shown={translated ? <FieldText field={translation.field('title')} /> : undefined}
      >
        {title}
      </PageHeading>
      {notice && <Notice key={notice.at}>{notice.message}</Notice>}
      <Loaded key={id} resource={statement} wayBack>
        {(data) => {
          const text = translatedText ||
            shown || { language: data.language, title: data.title, body: data.body };
          const closed = cosigningClosed(data);
          return (
            <>
              <p class="kicker">
                <span>{t('statement.kind')}</span> <StatementStatus s={data} />
              </p>
              {data.status === 'draft' && <p class="warning">{t('statement.draftPrivate')}</p>}
              {data.status === 'withdrawn' && <p class="warning">{t('statement.withdrawnNote')}</p>}
              {isSubmitted(data) && (
                <p class="note">
                  {t('statement.submittedNote')}{' '}
                  <a href={submissionPath(data.id)}>{t('statement.readRecord')}</a>
                </p>
              )}
              <StatementFacts s={data} consultation={consultation.data} body={body.data}>
                {!isSubmitted(data) && (
                  <>
                    <dt>{t('statement.signatureCount')}</dt>
                    <dd>{formatNumber(data.currentSignatureCount)}</dd>
                  </>
                )}
              </StatementFacts>
              <TranslationNote text={translation} original={false} />
              <StatementBody s={data} shown={text} onChoose={choose} headingId="statement-text" />
              {submission.data && (
                <section aria-labelledby="statement-answer">
                  <Answer s={submission.data} headingId="statement-answer" />
                  <dl class="meta">
                    <DeliveryFacts s={submission.data} />
                  </dl>
                </section>
              )}
              {data.status === 'open' && closed && (
                <p class="note">
                  {t('statement.cosignClosed', { date: formatDate(data.cosignDeadline ?? data.updatedAt) })}
                </p>
              )}
              {data.status === 'open' && !closed && signers.length > 0 && (
                <CoSign
                  s={data}
                  organisations={signers}
                  onSigned={statement.set}
                  onWithdrawn={() => statement.reload()}
                />
              )}
              {data.status === 'open' && !closed && me === null && (
                <p class="note">
                  {t('statement.signInToSign')} <a href="/sign-in">{t('nav.signIn')}</a>
                </p>
              )}
              {/* Once submitted, the signatories delivered (the lead's own mandate among them). */}
              {submission.data ? (
                <section aria-labelledby="statement-signatories">
                  <Signatories s={submission.data} headingId="statement-signatories" />
                </section>
              ) : (
                <Signatures s={data} />
              )}
              {lead && (
                <ManageStatement
                  s={data}
                  consultation={consultation.data}
                  body={body.data}
                  onChange={changed}
                  onSubmitted={(submission) =>
                    changed(
                      { ...data, status: submission.status, updatedAt: submission.submittedAt },
                      <p>
                        {t('statement.submittedNotice')}{' '}
                        <a href={submissionPath(submission.id)}>{t('statement.readRecord')}</a>
                      </p>,
                    )
                  }
                />
              )}
              {lead && data.status !== 'draft' && <AskTranslations statementId={data.id} />}
              <StatementVersions key={data.version} s={data} />
              {consultation.data && (
                <p>
                  {t('statement.backTo')} <ConsultationLink c={consultation.data} />
                </p>
              )}
            </>
          );
        }}
      </Loaded>
    </>
  );
}
