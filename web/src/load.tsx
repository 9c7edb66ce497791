import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, api } from './api.ts';
import { useI18n } from './i18n.tsx';
import type { Page } from './types.ts';

type Path = `/api/${string}`;

interface State<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
}

export interface Resource<T> extends State<T> {
  reload(): void;
  /** Replaces the data with what a change answered. */
  set(data: T): void;
}

/** GETs a path (again when it changes); `null` loads nothing. */
export function useResource<T>(path: Path | null): Resource<T> {
  const [state, setState] = useState<State<T>>({ loading: path !== null });
  const [version, setVersion] = useState(0);
  // `version` is a dependency so that reload() loads again.
  useEffect(() => {
    if (!path) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    api<T>(path).then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState({ error, loading: false }),
    );
    return () => {
      current = false;
    };
  }, [path, version]);
  return {
    ...state,
    reload: useCallback(() => setVersion((v) => v + 1), []),
    set: useCallback((data: T) => setState({ data, loading: false }), []),
  };
}

export interface Pages<T> {
  items: T[];
  loading: boolean;
  error?: unknown;
  /** Loaded, and there is nothing in it: where a list says it is empty. */
  empty: boolean;
  more?: () => void;
  reload(): void;
}

/** A paged list (`{items, cursor}`): the first page, then each next one on `more()`. */
export function usePages<T>(path: Path): Pages<T> {
  const [state, setState] = useState<{ items: T[]; cursor?: string; loading: boolean; error?: unknown }>({
    items: [],
    loading: true,
  });
  const request = useRef(0);
  const load = useCallback(
    (cursor?: string) => {
      const mine = ++request.current;
      setState((previous) => ({ ...previous, loading: true, error: undefined }));
      const separator = path.includes('?') ? '&' : '?';
      api<Page<T>>(cursor ? `${path}${separator}cursor=${encodeURIComponent(cursor)}` : path).then(
        (page) =>
          mine === request.current &&
          setState((previous) => ({
            items: cursor ? [...previous.items, ...page.items] : page.items,
            cursor: page.cursor,
            loading: false,
          })),
        (error: unknown) =>
          mine === request.current && setState((previous) => ({ ...previous, error, loading: false })),
      );
    },
    [path],
  );
  useEffect(() => {
    setState({ items: [], loading: true });
    load();
  }, [load]);
  const { cursor, ...rest } = state;
  const empty = !rest.loading && !rest.error && rest.items.length === 0;
  return { ...rest, empty, more: cursor ? () => load(cursor) : undefined, reload: () => load() };
}

/**
 * The message of a failed load or action: the catalogue's for an error code it knows
 * (`error.<code>`), else the API's (in English), else a general one in the UI language.
 */
export function useErrorText(): (error: unknown) => string {
  const { t, has, formatNumber } = useI18n();
  return (error) => {
    if (error instanceof ApiError) {
      const key = `error.${error.body?.error.code}`;
      // `wait` is for a refusal that says when to try again (too many requests).
      const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
      const wait = formatNumber(minutes, { style: 'unit', unit: 'minute', unitDisplay: 'long' });
      if (has(key)) return t(key, { wait });
      return error.body?.error.message ?? t('form.failed', { status: error.status });
    }
    return t('form.networkError');
  };
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" class="loading">
      {t('common.loading')}
    </p>
  );
}

export function LoadError({ error }: { error: unknown }) {
  const text = useErrorText();
  return (
    <p role="alert" class="error">
      {text(error)}
    </p>
  );
}

/**
 * Renders the data of a resource once it is there, or says that it is loading or failed. A page
 * about one thing (`wayBack`) shows, when there is no such thing, the way back instead of an error:
 * its heading already says it was not found.
 */
export function Loaded<T>({
  resource,
  children,
  wayBack = false,
}: {
  resource: State<T>;
  children: (data: T) => ComponentChildren;
  wayBack?: boolean;
}) {
  const { t } = useI18n();
  if (resource.data !== undefined) return <>{children(resource.data)}</>;
  if (wayBack && resource.error instanceof ApiError && resource.error.status === 404) {
    return (
      <p>
        <a href="/consultations">{t('consultation.back')}</a>
      </p>
    );
  }
  if (resource.error !== undefined) return <LoadError error={resource.error} />;
  return <Loading />;
}

/** The end of a paged list: loading, the failure, and the button for the next page. */
export function MoreButton({ pages }: { pages: Pages<unknown> }) {
  const { t } = useI18n();
  if (pages.error !== undefined) return <LoadError error={pages.error} />;
  const { more, loading } = pages;
  return (
    <>
      {loading && <Loading />}
      {more && (
        <p>
          <button type="button" aria-disabled={loading} onClick={() => loading || more()}>
            {t('common.loadMore')}
          </button>
        </p>
      )}
    </>
  );
}
