import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceKind } from '#shared/sources/kinds.ts';
import { root } from '../build.ts';
import type { LocalAnswer } from './gateway.ts';

/**
 * Sample documents of each decision system, so the demo's agenda sources read something without the
 * internet: the test fixtures, which are written from the systems' published fields. Served as the
 * systems serve them (Dynasty's ISO-8859-1 with only its XML declaration to say so).
 */
export const SAMPLE_SOURCES_PATH = '/_local/sample-sources';

const folder = join(root, 'test/fixtures/sources');
const types: Record<string, string> = {
  '.rss': 'text/xml',
  '.atom': 'application/atom+xml;type=feed;charset=utf-8',
  '.json': 'application/json',
};

/** A kind's sample, and the path it is read at (Ahjo's with its language segment, so its other languages are read too). */
export const samples: { kind: SourceKind; path: string }[] = [
  { kind: 'dynasty', path: '/dynasty.rss' },
  { kind: 'ahjo', path: '/ahjo/fi/ahjo_api/meetings' },
  { kind: 'kerrokantasi', path: '/kerrokantasi.json' },
  { kind: 'lausuntopalvelu', path: '/lausuntopalvelu.atom' },
  { kind: 'kuntalaisaloite', path: '/kuntalaisaloite.json' },
];

/** The document at a path under {@link SAMPLE_SOURCES_PATH}; `{{base}}` in it (a next page's address) points back here. */
export function sampleSource(path: string, publicBaseUrl: string): LocalAnswer | undefined {
  if (!path.startsWith(`${SAMPLE_SOURCES_PATH}/`)) return undefined;
  const rest = path.slice(SAMPLE_SOURCES_PATH.length);
  const ahjo = /^\/ahjo\/(fi|sv|en)\/ahjo_api\/meetings$/.exec(rest)?.[1];
  const name = ahjo
    ? ahjo === 'fi'
      ? 'ahjo.json'
      : `ahjo-${ahjo}.json`
    : /^\/(?:files\/)?([\w-]+\.\w+)$/.exec(rest)?.[1];
  const type = name && types[name.slice(name.lastIndexOf('.'))];
  if (!name || !type || !existsSync(join(folder, name))) {
    return { status: 404, body: { message: `No sample document at ${path}` } };
  }
  const bytes = readFileSync(join(folder, name))
    .toString('latin1')
    .replaceAll('{{base}}', `${publicBaseUrl}${SAMPLE_SOURCES_PATH}`);
  return { status: 200, body: Buffer.from(bytes, 'latin1'), contentType: type };
}
