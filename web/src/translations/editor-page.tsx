import { useRef, useState } from 'preact/hooks';
import type { RequestView } from '#shared/api/routes/translation-requests.ts';
import { textDirection } from '#shared/translations/facts.ts';
import { api, send } from '../api.ts';
import { SubmitButton } from '../forms/fields.tsx';
import { type Form, text, useForm } from '../forms/form.ts';
import { Notice, Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';
import { SignedIn } from '../session.tsx';
import { controlName, fieldLabel } from './labels.ts';

type Published = RequestView & { published: unknown };

/** Each text of the original on the left, its translation on the right (a textarea while the translator writes). */
function SideBySide({ view, form, editing }: { view: RequestView; form: Form; editing: boolean }) {
  const { t, languageName } = useI18n();
  const { original, request } = view;
  const target = request.language;
  return (
    <div class="side-by-side-fields">
      {Object.entries(original.fields).map(([name, source], index) => {
        const id = form.id(controlName(name));
        const error = form.errorOf(controlName(name));
        const label = fieldLabel(t, name, index);
        return (
          <div class="side-by-side" key={name}>
            <div class="original">
              <h2 id={`${id}-original`}>
                {label} · {t('translations.editor.original', { language: languageName(original.language) })}
              </h2>
              <p lang={original.language} dir={textDirection(original.language)} class="original-text">
                {source}
              </p>
            </div>
            <div class={error ? 'field invalid translation' : 'field translation'}>
              {editing ? (
                <>
                  <label for={id}>
                    {label} · {t('translations.editor.translation', { language: languageName(target) })}
                  </label>
                  {error && (
                    <p id={`${id}-error`} class="field-error">
                      <strong>{t('form.error')}</strong> {error}
                    </p>
                  )}
                  <textarea
                    id={id}
                    name={controlName(name)}
                    data-label={label}
                    lang={target}
                    dir={textDirection(target)}
                    rows={name === 'title' ? 2 : 8}
                    maxLength={20_000}
                    aria-describedby={error ? `${id}-error` : undefined}
                    aria-invalid={error ? true : undefined}
                    defaultValue={request.draft[name] ?? ''}
                  />
                </>
              ) : (
                <>
                  <h2>
                    {label} · {t('translations.editor.translation', { language: languageName(target) })}
                  </h2>
                  <p lang={target} dir={textDirection(target)} class="original-text">
                    {request.draft[name] ?? '—'}
                  </p>
                </>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}

function Review({
  view,
  path,
  onDone,
}: {
  view: RequestView;
  path: `/api/${string}`;
  onDone: (view: Published) => void;
}) {
  const { t } = useI18n();
  const form = useForm('review');
  const review = async (outcome: 'publish' | 'return', note: string) => {
    onDone(
      await send<Published>('POST', `${path}/review`, {
        outcome,
        ...(note ? { note } : {}),
        version: view.request.version,
      }),
    );
    return undefined;
  };
  return (
    <form
      noValidate
      class="narrow"
      aria-labelledby="review-heading"
      onSubmit={form.submit((data) => review('return', text(data, 'note')))}
    >
      <h2 id="review-heading">{t('translations.review.heading')}</h2>
      <Outcome form={form} />
      <div class={form.errorOf('note') ? 'field invalid' : 'field'}>
        <label for={form.id('note')}>{t('translations.review.note')}</label>
        <p id={`${form.id('note')}-hint`} class="hint">
          {t('translations.review.noteHint')}
        </p>
        <textarea
          id={form.id('note')}
          name="note"
          data-label={t('translations.review.note')}
          rows={4}
          maxLength={1000}
          dir="auto"
          aria-describedby={`${form.id('note')}-hint`}
        />
      </div>
      <div class="actions">
        <button type="button" class="primary" aria-disabled={form.busy} onClick={() => review('publish', '')}>
          {t('translations.review.publish')}
        </button>
        <SubmitButton form={form}>{t('translations.review.return')}</SubmitButton>
      </div>
    </form>
  );
}

function Editor({ initial, path }: { initial: RequestView; path: `/api/${string}` }) {
  const { t, languageName } = useI18n();
  const [view, setView] = useState(initial);
  const [message, setMessage] = useState<string>();
  const form = useForm('translation');
  // Both buttons send the form (its fields' errors link to them): saving, or saving then submitting.
  const intent = useRef<'save' | 'submit'>('save');
  const { request, original } = view;
  const fieldsOf = (data: FormData) =>
    Object.fromEntries(Object.keys(original.fields).map((name) => [name, text(data, controlName(name))]));
  const save = (data: FormData) =>
    api<RequestView>(`${path}/draft`, {
      method: 'PUT',
      body: JSON.stringify({ fields: fieldsOf(data), version: view.request.version }),
    });
  const act = (action: 'claim' | 'release', done: string) =>
    form.run(async () => {
      setView(
        await send<RequestView>('POST', `${path}/${action}`, {
          version: request.version,
        }),
      );
      setMessage(done);
      return undefined;
    });
  const finished = (after: Published) => {
    setView(after);
    setMessage(after.published ? t('translations.review.published') : t('translations.review.returned'));
  };
  if (message && (view as Published).published)
    return (
      <Notice>
        <p>{message}</p>
        <p>
          <a href={original.path}>{t('translations.readOriginal')}</a> ·{' '}
          <a href="/translations">{t('translations.back')}</a>
        </p>
      </Notice>
    );
  return (
    <>
      <dl class="facts">
        <dt>{t('translations.editor.subject')}</dt>
        <dd>
          <a href={original.path}>
            <bdi lang={original.language}>{original.title}</bdi>
          </a>{' '}
          ({t(`translations.kind.${request.kind}`)})
        </dd>
        <dt>{t('translations.filter.status')}</dt>
        <dd>
          {t(`translations.status.${request.status}`)}
          {request.claimedByMe && ` · ${t('translations.claimedByYou')}`}
        </dd>
      </dl>
      {message && (
        <div class="notice" role="status">
          <p>{message}</p>
        </div>
      )}
      {view.originalChanged && (
        <p class="warning" role="note">
          {t('translations.editor.originalChanged')}
        </p>
      )}
      {request.draftFrom !== 'empty' && request.status !== 'submitted' && (
        <p class="draft-mark">
          {request.draftFrom === 'machine'
            ? t('translations.editor.machineDraft')
            : t('translations.editor.earlierDraft')}
        </p>
      )}
      {request.returnNote && request.status === 'claimed' && (
        <div class="notice">
          <p>{t('translations.editor.returnedNote')}</p>
          <p dir="auto">{request.returnNote}</p>
        </div>
      )}
      {request.status === 'claimed' && !view.mayEdit && <p>{t('translations.claimedByOther')}</p>}
      {request.status === 'submitted' && !view.mayReview && <p>{t('translations.waitingReview')}</p>}
      <form
        noValidate
        aria-label={t('translations.editor.title', { language: languageName(request.language) })}
        onSubmit={form.submit(async (data) => {
          const saved = await save(data);
          setView(saved);
          if (intent.current === 'submit') {
            setView(await send<RequestView>('POST', `${path}/submit`, { version: saved.request.version }));
            setMessage(t('translations.submitted'));
          } else setMessage(t('translations.saved'));
          return undefined;
        })}
      >
        <Outcome form={form} />
        <SideBySide view={view} form={form} editing={view.mayEdit} />
        <div class="actions">
          {view.mayClaim && (
            <button
              type="button"
              class="primary"
              aria-disabled={form.busy}
              onClick={() => act('claim', t('translations.claimed'))}
            >
              {t('translations.claim')}
            </button>
          )}
          {view.mayEdit && (
            <>
              <button
                type="submit"
                class="primary"
                aria-disabled={form.busy}
                onClick={() => {
                  intent.current = 'save';
                }}
              >
                {t('translations.save')}
              </button>
              <button
                type="submit"
                aria-disabled={form.busy}
                onClick={() => {
                  intent.current = 'submit';
                }}
              >
                {t('translations.submit')}
              </button>
            </>
          )}
          {view.mayRelease && (
            <button
              type="button"
              class="secondary"
              aria-disabled={form.busy}
              onClick={() => act('release', t('translations.released'))}
            >
              {t('translations.release')}
            </button>
          )}
        </div>
      </form>
      {view.mayReview && <Review key={request.version} view={view} path={path} onDone={finished} />}
    </>
  );
}

/** Where a translator writes a request beside its original, and a second translator reviews it. */
export function TranslationEditorPage({
  kind,
  subjectId,
  language,
}: {
  kind: string;
  subjectId: string;
  language: string;
}) {
  const { t, languageName } = useI18n();
  const path =
    `/api/translation-requests/${encodeURIComponent(kind)}/${encodeURIComponent(subjectId)}/${encodeURIComponent(language)}` as const;
  const view = useResource<RequestView>(path);
  return (
    <>
      <PageHeading>{t('translations.editor.title', { language: languageName(language) })}</PageHeading>
      <SignedIn>
        {() => (
          <>
            <Loaded resource={view}>{(data) => <Editor key={path} initial={data} path={path} />}</Loaded>
            <p>
              <a href="/translations">{t('translations.back')}</a>
            </p>
          </>
        )}
      </SignedIn>
    </>
  );
}
