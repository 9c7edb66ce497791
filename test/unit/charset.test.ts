import { describe, expect, it } from 'vitest';
import { decodeDocument } from '#shared/sources/charset.ts';
import { fetchDocument } from '#shared/sources/fetch-document.ts';
import type { UnreadableSource } from '#shared/sources/read-items.ts';
import { refusal, startSourceFixtures } from '../support/source-fixtures.ts';

const latin1Feed = (declared: string) =>
  Buffer.concat([
    Buffer.from(`<?xml version='1.0' encoding='${declared}'?><rss><title>`, 'latin1'),
    // "Äidinkielen “opetus” 2026–2027 €" in Windows-1252: Ä, curly quotes, en dash, euro sign.
    Buffer.from([0xc4, ...Buffer.from('idinkielen '), 0x93]),
    Buffer.from('opetus', 'latin1'),
    Buffer.from([0x94, 0x20, ...Buffer.from('2026'), 0x96, ...Buffer.from('2027 '), 0x80]),
    Buffer.from('</title></rss>', 'latin1'),
  ]);

describe('decoding a fetched document by the charset it declares', () => {
  it('uses the XML declaration when the HTTP header names no charset: ISO-8859-1 bytes, Windows-1252 punctuation included', () => {
    for (const type of [undefined, 'text/xml', 'application/rss+xml']) {
      expect(decodeDocument(latin1Feed('ISO-8859-1'), type)).toContain(
        '<title>Äidinkielen “opetus” 2026–2027 €</title>',
      );
    }
    expect(decodeDocument(latin1Feed('windows-1252'), undefined)).toContain(
      'Äidinkielen “opetus” 2026–2027 €',
    );
  });

  it('lets the HTTP charset win over the XML declaration', () => {
    const utf8 = Buffer.from("<?xml version='1.0' encoding='ISO-8859-1'?><title>Äidinkieli</title>", 'utf8');
    expect(decodeDocument(utf8, 'text/xml; charset=UTF-8')).toContain('<title>Äidinkieli</title>');
    // And the other way round: a declaration of UTF-8 does not outvote a header of ISO-8859-1.
    expect(decodeDocument(latin1Feed('UTF-8'), 'application/rss+xml; charset="iso-8859-1"')).toContain(
      'Äidinkielen “opetus”',
    );
  });

  it('reads undeclared documents and JSON as UTF-8, and a byte-order mark before anything else', () => {
    expect(decodeDocument(Buffer.from('{"title":"Äidinkieli – “ok”"}', 'utf8'), 'application/json')).toBe(
      '{"title":"Äidinkieli – “ok”"}',
    );
    expect(decodeDocument(Buffer.from('<rss>Ö</rss>', 'utf8'), undefined)).toBe('<rss>Ö</rss>');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<rss>Å</rss>', 'utf8')]);
    expect(decodeDocument(bom, 'text/xml; charset=iso-8859-1')).toBe('<rss>Å</rss>');
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<rss>Ä€</rss>', 'utf16le')]);
    expect(decodeDocument(utf16le, 'text/xml')).toBe('<rss>Ä€</rss>');
    const utf16be = Buffer.from(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":"ä"}', 'utf16le')]),
    ).swap16();
    expect(decodeDocument(utf16be, 'application/json')).toBe('{"a":"ä"}');
  });

  it('reports a charset it cannot decode, naming it, instead of guessing', async () => {
    expect(await refusal(() => decodeDocument(Buffer.from('<rss/>'), 'text/xml; charset=x-klingon'))).toEqual(
      {
        code: 'unknown_charset',
        message: 'The document is in a character set Kaiutin cannot read (x-klingon).',
        params: { charset: 'x-klingon' },
      },
    );
    const declared = Buffer.from("<?xml version='1.0' encoding='EBCDIC-FI'?><rss/>", 'latin1');
    expect(await refusal(() => decodeDocument(declared, undefined))).toEqual({
      code: 'unknown_charset',
      message: 'The document is in a character set Kaiutin cannot read (EBCDIC-FI).',
      params: { charset: 'EBCDIC-FI' },
    });
  });
});

describe('fetching a document', () => {
  it('decodes what the server sends by its declaration, and names the HTTP status of a refusal in the params', async () => {
    const fixtures = await startSourceFixtures();
    try {
      const request = { allowPrivate: true, userAgent: 'Kaiutin test' };
      const feed = await fetchDocument({
        ...request,
        url: fixtures.url('/dynasty/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30'),
      });
      expect(feed.status === 'ok' && feed.body).toContain('Kunnanhallitus 12.01.2026 / Äidinkielen');
      const missing = await fetchDocument({
        ...request,
        url: fixtures.url('/ahjo/en/ahjo_api/meetings'),
      }).catch((error: UnreadableSource) => ({ code: error.code, params: error.params }));
      expect(missing).toEqual({ code: 'http_status', params: { status: 404 } });
    } finally {
      await fixtures.stop();
    }
  });
});
