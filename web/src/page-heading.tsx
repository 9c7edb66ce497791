import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** After the first page, each page that opens is a navigation. */
let navigated = false;

/**
 * The page's h1. It takes focus when a page opens after a navigation, so screen readers announce
 * the new page; not on the first load, and not when only its text changes (a language switch).
 * `userText` isolates a name of unknown direction (an organisation's); `lang` names the language of
 * a text that is not in the UI language. `shown`, when given, is what the heading shows (a template
 * with only the name isolated), `children` still the document's title.
 */
export function PageHeading({
  children,
  userText,
  lang,
  shown,
}: {
  children: string;
  userText?: boolean;
  lang?: string;
  shown?: ComponentChildren;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} · Kaiutin`;
  }, [children]);
  useEffect(() => {
    if (navigated) ref.current?.focus();
    navigated = true;
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {shown ?? (userText ? <bdi lang={lang}>{children}</bdi> : children)}
    </h1>
  );
}
