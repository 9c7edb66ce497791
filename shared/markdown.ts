import simpleMarkdown, {
  type HtmlRules,
  type NodeOutput,
  type ParserRules,
  type SingleASTNode,
} from '@khanacademy/simple-markdown';
import { escapeHtml, paragraphsHtml } from './html.ts';

// The package's CommonJS build (Node, vitest) holds it as `default`; its ES build (the bundles) is it.
const SimpleMarkdown = simpleMarkdown.default ?? (simpleMarkdown as unknown as typeof simpleMarkdown.default);

/*
 * The "simple markdown" texts may be written in (shared/text.ts), as HTML for the web app and the
 * emails: paragraphs, line breaks, bold, italics, strike-through, lists and http(s) links. Text is
 * always escaped, so raw HTML shows as written; headings, images, tables, code and quotes are not
 * in the subset and stay as typed.
 */
const { defaultRules: d, parserFor, outputFor } = SimpleMarkdown;

/** Only an absolute http(s) address is a link: never javascript:, data:, mailto: or a relative path. */
export function safeHref(target: unknown): string | undefined {
  if (typeof target !== 'string') return undefined;
  try {
    const url = new URL(target);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const paragraph: NodeOutput<string> = (node, output, state) => `<p>${output(node.content, state)}</p>`;

/** A link the subset refuses keeps its words, without the link. */
const link: NodeOutput<string> = (node: SingleASTNode, output, state) => {
  const href = safeHref(node.target);
  const content = output(node.content, state);
  return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${content}</a>` : content;
};

const rules = {
  Array: d.Array,
  paragraph: { ...d.paragraph, html: paragraph },
  newline: d.newline,
  list: d.list,
  escape: d.escape,
  url: d.url,
  link: { ...d.link, html: link },
  strong: d.strong,
  // `__bold__` is bold, as in other markdown; simple-markdown would underline it.
  u: { ...d.u, html: d.strong.html },
  em: d.em,
  del: d.del,
  br: d.br,
  text: { ...d.text, html: (node: SingleASTNode) => escapeHtml(node.content) },
};

const parse = parserFor(rules as unknown as ParserRules, { inline: false });
const html = outputFor(rules as unknown as HtmlRules, 'html');

/** The text as safe HTML: every character escaped, but the subset's own tags. */
export function markdownToHtml(text: string): string {
  try {
    return (html(parse(text)) as string).trim();
  } catch {
    // Nesting deep enough to exhaust the parser's stack: the text as escaped paragraphs.
    return paragraphsHtml(text);
  }
}
