import { describe, expect, it } from 'vitest';
import { markdownToHtml, safeHref } from '#shared/markdown.ts';

describe('simple markdown', () => {
  it('renders bold, italics, paragraphs, line breaks and lists', () => {
    expect(markdownToHtml('**bold** and __bold__ and *italic*')).toBe(
      '<p><strong>bold</strong> and <strong>bold</strong> and <em>italic</em></p>',
    );
    expect(markdownToHtml('One\n\nTwo  \nthree')).toBe('<p>One</p><p>Two<br>three</p>');
    expect(markdownToHtml('- a\n- b')).toBe('<ul><li>a</li><li>b</li></ul>');
  });

  it('escapes raw HTML and script instead of passing it through', () => {
    for (const hostile of [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '"><svg onload=alert(1)>',
      "<a href='javascript:alert(1)'>x</a>",
      '<!-- x --><iframe src="https://evil.example">',
    ]) {
      const html = markdownToHtml(hostile);
      expect(html, hostile).not.toMatch(/<(?!\/?(p|strong|em|del|ul|ol|li|br|a)\b)[a-z!/]/i);
      expect(html, hostile).not.toMatch(/<(script|img|svg|iframe)/i);
    }
    expect(markdownToHtml('<script>alert(1)</script> & "q"')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;</p>',
    );
  });

  it('links only http(s) addresses, each with rel="noopener noreferrer"', () => {
    expect(markdownToHtml('[the draft](https://kunta.fi/luonnos?a=1&b=2)')).toBe(
      '<p><a href="https://kunta.fi/luonnos?a=1&amp;b=2" rel="noopener noreferrer">the draft</a></p>',
    );
    for (const target of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      '/relative',
      'mailto:a@example.org',
    ]) {
      const html = markdownToHtml(`[x](${target})`);
      expect(html, target).not.toContain('<a');
      expect(html, target).toContain('x');
    }
    expect(markdownToHtml('See https://kunta.fi/x.')).toBe(
      '<p>See <a href="https://kunta.fi/x" rel="noopener noreferrer">https://kunta.fi/x</a>.</p>',
    );
    expect(markdownToHtml('[x](https://a.fi/"onmouseover="alert(1))')).not.toContain('"onmouseover');
    expect(safeHref('https://a.fi')).toBe('https://a.fi/');
    expect(safeHref('ftp://a.fi')).toBeUndefined();
  });

  it('keeps what is not in the subset as typed, and survives nesting deep enough to break the parser', () => {
    expect(markdownToHtml('# Otsikko')).toBe('<p># Otsikko</p>');
    expect(markdownToHtml('![kuva](https://x.fi/a.png)')).not.toContain('<img');
    const deep = '*'.repeat(20_000);
    expect(markdownToHtml(deep)).toBe(`<p>${deep}</p>`);
  });
});
