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

/** The name of Ahjo's sample in a language: the Finnish one is the entry, the others its versions. */
export const ahjoSample = (language: string) => (language === 'fi' ? 'ahjo.json' : `ahjo-${language}.json`);

/** A sample's bytes as stored (any charset), with `{{base}}` (a next page's address) pointing at `base`. */
export function sampleBytes(name: string, base: string): Buffer | undefined {
  const file = join(folder, name);
  if (!existsSync(file)) return undefined;
  return Buffer.from(readFileSync(file).toString('latin1').replaceAll('{{base}}', base), 'latin1');
}

/** The document at a path under {@link SAMPLE_SOURCES_PATH}. */
export function sampleSource(path: string, publicBaseUrl: string): LocalAnswer | undefined {
  if (!path.startsWith(`${SAMPLE_SOURCES_PATH}/`)) return undefined;
  const rest = path.slice(SAMPLE_SOURCES_PATH.length);
  const ahjo = /^\/ahjo\/(fi|sv|en)\/ahjo_api\/meetings$/.exec(rest)?.[1];
  const name = ahjo ? ahjoSample(ahjo) : /^\/(?:files\/)?([\w-]+\.\w+)$/.exec(rest)?.[1];
  const type = name && types[name.slice(name.lastIndexOf('.'))];
  const bytes = name && type ? sampleBytes(name, `${publicBaseUrl}${SAMPLE_SOURCES_PATH}`) : undefined;
  if (!type || !bytes) return { status: 404, body: { message: `No sample document at ${path}` } };
  return { status: 200, body: bytes, contentType: type };
}
