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
 * The text of a fetched document, in the charset it declares: a byte-order mark, else the HTTP
 * `charset`, else the XML declaration, else UTF-8 (what JSON and undeclared XML are). A declared
 * charset is never second-guessed; one Kaiutin cannot decode is reported, not guessed at.
 */
export function decodeDocument(bytes: Buffer, contentType: string | undefined): string {
  const bom = boms.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  const charset = bom?.charset ?? charsetParameter(contentType) ?? xmlDeclared(bytes) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    // The WHATWG labels: ISO-8859-1 and latin1 decode as Windows-1252, which is what such servers send.
    decoder = new TextDecoder(charset);
  } catch {
    throw new UnreadableSource(
      'unknown_charset',
      `The document is in a character set Kaiutin cannot read (${charset.slice(0, 40)}).`,
      { charset: charset.slice(0, 40) },
    );
  }
  // TextDecoder drops the byte-order mark itself.
  return decoder.decode(bytes);
}
