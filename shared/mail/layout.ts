import { directionOf, type Language } from '#shared/i18n/languages.ts';
import { layout } from '#shared/i18n/mail/index.ts';
import { translator } from '#shared/i18n/translate.ts';

export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export interface EmailContent {
  language: Language;
  subject: string;
  heading: string;
  paragraphs: string[];
  publicBaseUrl: string;
  /** A closing line with a link, such as the way to unsubscribe. */
  footerLink?: { text: string; url: string };
}

/** Every email has the same plain-text and HTML shape, in the recipient's language and direction. */
export function renderEmail(content: EmailContent): { subject: string; text: string; html: string } {
  const t = translator(content.language, layout);
  const footer = t('mail.footer', { url: content.publicBaseUrl });
  const link = content.footerLink;
  const text = [
    content.heading,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    '--',
    footer,
    ...(link ? [`${link.text}: ${link.url}`] : []),
  ].join('\n');
  const dir = directionOf(content.language);
  const html = `<!doctype html>
<html lang="${content.language}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body style="font-family:system-ui,sans-serif;line-height:1.5;max-width:40em">
<h1 style="font-size:1.3em">${escapeHtml(content.heading)}</h1>
${content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<hr><p style="color:#555;font-size:0.9em">${escapeHtml(footer)}</p>
${link ? `<p style="font-size:0.9em"><a href="${escapeHtml(link.url)}">${escapeHtml(link.text)}</a></p>` : ''}
</body></html>`;
  return { subject: content.subject, text, html };
}
