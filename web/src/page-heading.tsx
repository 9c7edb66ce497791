import { useEffect, useRef } from 'preact/hooks';

/** The page's h1; it takes focus when the page opens so screen readers announce the new page. */
export function PageHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} · Kaiutin`;
    if (document.activeElement !== document.body) ref.current?.focus();
  }, [children]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
