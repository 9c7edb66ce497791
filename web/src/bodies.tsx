import type { Language } from '#shared/i18n/languages.ts';
import { useI18n } from './i18n.tsx';
import { type Resource, useResource } from './load.tsx';
import type { Body } from './types.ts';

/** Every body, by municipality and name (a public list, small enough to load whole). */
export const useBodies = (): Resource<{ items: Body[] }> => useResource('/api/bodies');

/** A body's name in the language, or in Finnish, which every body has. */
export const bodyNameIn = (body: Pick<Body, 'name'>, language: Language) =>
  body.name[language] ?? body.name.fi;

/** A body's name in the UI language, marked as Finnish when it falls back to Finnish. */
export function BodyName({ body }: { body: Pick<Body, 'name'> }) {
  const { language } = useI18n();
  return <bdi lang={body.name[language] ? undefined : 'fi'}>{bodyNameIn(body, language)}</bdi>;
}
