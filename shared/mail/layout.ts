import { escapeHtml, paragraphsHtml } from '#shared/html.ts';
import { directionOf, type Language } from '#shared/i18n/languages.ts';
import { layout } from '#shared/i18n/mail/index.ts';
import { translator } from '#shared/i18n/translate.ts';

/** Words that say where a link goes, and the address. */
export interface Link {
  text: string;
  url: string;
}

/**
 * A part of an email's body: a paragraph of plain text; text a person wrote in simple markdown
 * (shown as written in the plain-text part, rendered safely in the HTML part); a link; or a list
 * of links.
 */
export type Block = string | { markdown: string } | { link: Link } | { links: Link[] };

export interface EmailContent {
  language: Language;
  subject: string;
  heading: string;
  paragraphs: Block[];
  /** The one thing the email asks the reader to do, shown as a button after the body. */
  action?: Link;
  publicBaseUrl: string;
  /** A closing line with a link, such as the way to unsubscribe. */
  footerLink?: Link;
  /**
   * Renders the markdown blocks (shared/markdown.ts's `markdownToHtml`). Passed by the emails that
   * carry such text, so that a bundle whose emails do not (sign-in, notices) leaves the renderer
   * out; without it a markdown block's paragraphs are shown as written, escaped.
   */
  markdown?: (text: string) => string;
}

const anchor = (link: Link, style = '') =>
  `<a href="${escapeHtml(link.url)}"${style && ` style="${style}"`}>${escapeHtml(link.text)}</a>`;

const buttonStyle =
  'display:inline-block;padding:0.7em 1.2em;border-radius:6px;background:#1d4e89;color:#ffffff;font-weight:bold;text-decoration:none';

// The plain-text part keeps each address on a line of its own, so mail programs can link it whole.
const linkText = (link: Link) => `${link.text}:\n${link.url}`;
const textOf = (block: Block): string =>
  typeof block === 'string'
    ? block
    : 'markdown' in block
      ? block.markdown
      : 'links' in block
        ? block.links.map(linkText).join('\n')
        : linkText(block.link);

const htmlOf = (block: Block, markdown = paragraphsHtml) =>
  typeof block === 'string'
    ? `<p>${escapeHtml(block)}</p>`
    : 'markdown' in block
      ? `<div>${markdown(block.markdown)}</div>`
      : 'links' in block
        ? `<ul>${block.links.map((link) => `<li>${anchor(link)}</li>`).join('')}</ul>`
        : `<p>${anchor(block.link)}</p>`;

/**
 * Every email has the same plain-text and HTML shape, in the recipient's language and direction.
 * In the HTML part every address is a link named by its words, never an address in running text.
 */
export function renderEmail(content: EmailContent): { subject: string; text: string; html: string } {
  const t = translator(content.language, layout);
  const home: Link = { text: t('mail.footer'), url: content.publicBaseUrl };
  const { action, footerLink } = content;
  const text = [
    content.heading,
    '',
    ...content.paragraphs.flatMap((p) => [textOf(p), '']),
    ...(action ? [textOf({ link: action }), ''] : []),
    '--',
    textOf({ link: home }),
    ...(footerLink ? [textOf({ link: footerLink })] : []),
  ].join('\n');
  const dir = directionOf(content.language);
  const html = `<!doctype html>
<html lang="${content.language}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body dir="${dir}" style="font-family:system-ui,sans-serif;line-height:1.5;max-width:40em">
<h1 style="font-size:1.3em">${escapeHtml(content.heading)}</h1>
${content.paragraphs.map((block) => htmlOf(block, content.markdown)).join('\n')}
${action ? `<p style="margin:1.5em 0">${anchor(action, buttonStyle)}</p>` : ''}
<hr><p style="color:#555;font-size:0.9em">${anchor(home, 'color:#555')}</p>
${footerLink ? `<p style="font-size:0.9em">${anchor(footerLink)}</p>` : ''}
</body></html>`;
  return { subject: content.subject, text, html };
}
