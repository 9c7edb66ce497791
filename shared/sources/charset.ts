import { UnreadableSource } from './read-items.ts';

const boms = [
  { bytes: [0xef, 0xbb, 0xbf], charset: 'utf-8' },
  { bytes: [0xff, 0xfe], charset: 'utf-16le' },
  { bytes: [0xfe, 0xff], charset: 'utf-16be' },
] as const;

const charsetParameter = (contentType: string | undefined) =>
  /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1];

/** The encoding an XML declaration names; the declaration itself is ASCII in every charset Kaiutin reads. */
const xmlDeclared = (bytes: Buffer) =>
  /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(
    bytes.subarray(0, 300).toString('latin1'),
  )?.[1];

/**
 * What Windows-1252 puts at 0x80–0x9F (the WHATWG index): curly quotes, dashes, the euro sign. The
 * WHATWG decoder that ISO-8859-1 and latin1 also name should map them, but Node's (20 at least)
 * gives C1 control characters instead, so these bytes are mapped here.
 */
const windows1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

// latin1 gives each byte the code point of its value, so only 0x80–0x9F need the table.
const decodeWindows1252 = (bytes: Buffer) =>
  bytes
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(windows1252High[c.charCodeAt(0) - 0x80] as number));

/**
 * The text of a fetched document, in the charset it declares: a byte-order mark, else the HTTP
 * `charset`, else the XML declaration, else UTF-8 (what JSON and undeclared XML are). A declared
 * charset is never second-guessed; one Kaiutin cannot decode is reported, not guessed at.
 */
export function decodeDocument(bytes: Buffer, contentType: string | undefined): string {
  const bom = boms.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  const charset = bom?.charset ?? charsetParameter(contentType) ?? xmlDeclared(bytes) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    // The WHATWG labels: ISO-8859-1, latin1 and US-ASCII are Windows-1252, which is what such servers send.
    decoder = new TextDecoder(charset);
  } catch {
    throw new UnreadableSource(
      'unknown_charset',
      `The document is in a character set Kaiutin cannot read (${charset.slice(0, 40)}).`,
      { charset: charset.slice(0, 40) },
    );
  }
  if (decoder.encoding === 'windows-1252') return decodeWindows1252(bytes);
  // TextDecoder drops the byte-order mark itself.
  return decoder.decode(bytes);
}
