import {
  DetectedLanguageLowConfidenceException,
  TranslateClient,
  type TranslateClientConfig,
  TranslateTextCommand,
  UnsupportedLanguagePairException,
} from '@aws-sdk/client-translate';
import { config } from '#shared/config.ts';
import type { MachineTranslator } from './machine-translator.ts';
import type { TranslationFields } from './translation.ts';

/** Languages Amazon Translate documents under the very code Kaiutin stores (ISO 639-1). */
// biome-ignore format: a list to read against the documented table
const sameCode = [
  'af', 'am', 'ar', 'az', 'bg', 'bn', 'bs', 'ca', 'cs', 'cy', 'da', 'de', 'el', 'en', 'es', 'et',
  'fa', 'fi', 'fr', 'ga', 'gu', 'ha', 'he', 'hi', 'hr', 'ht', 'hu', 'hy', 'id', 'is', 'it', 'ja',
  'ka', 'kk', 'kn', 'ko', 'lt', 'lv', 'mk', 'ml', 'mn', 'mr', 'ms', 'mt', 'nl', 'no', 'pa', 'pl',
  'ps', 'pt', 'ro', 'ru', 'si', 'sk', 'sl', 'so', 'sq', 'sr', 'sv', 'sw', 'ta', 'te', 'th', 'tl',
  'tr', 'uk', 'ur', 'uz', 'vi', 'zh',
];

/**
 * The one table from an ISO 639 code (as `languageCode` stores it: two letters where there are,
 * else three) to Amazon Translate's code, from its documented list of supported languages
 * ("Supported languages and language codes", Amazon Translate Developer Guide). Translate names
 * Dari as the Afghan variant of Persian; a language absent here (Tigrinya `ti`, Sorani `ckb`,
 * Kurmanji `kmr`) has no machine draft, and its requests start empty.
 */
export const translateLanguageCodes: Readonly<Record<string, string>> = {
  ...Object.fromEntries(sameCode.map((code) => [code, code])),
  prs: 'fa-AF',
  // Individual languages of macrolanguages Translate knows by the macrolanguage's code.
  pes: 'fa',
  arb: 'ar',
  fil: 'tl',
  nb: 'no',
  cmn: 'zh',
  zsm: 'ms',
  swh: 'sw',
};

/** TranslateText's quota: at most this many bytes of UTF-8 in one request. */
export const MAX_REQUEST_BYTES = 10_000;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** A piece of a text to send, and what followed it in the text (kept as it was, not translated). */
export interface Piece {
  text: string;
  after: string;
}

/** Where a text too long for one request is cut: between paragraphs, then lines, sentences, words. */
const cuts = [/(\n[ \t]*\n\s*)/, /(\n)/, /(?<=[.!?])(\s+)/, /(\s+)/];

/**
 * A text in pieces of at most `limit` bytes, cut at the largest boundary that makes them fit (a
 * paragraph break where one does), so a translated paragraph is translated whole; a single word
 * longer than the limit is cut between characters. `pieces.map((p) => p.text + p.after).join('')`
 * is the text.
 */
export function splitText(text: string, limit = MAX_REQUEST_BYTES, level = 0): Piece[] {
  if (bytes(text) <= limit) return [{ text, after: '' }];
  const cut = cuts[level];
  if (!cut) return splitCharacters(text, limit);
  const parts = text.split(cut);
  const pieces: Piece[] = [];
  let current = '';
  let trailing = '';
  const flush = () => {
    if (current) pieces.push({ text: current, after: trailing });
    current = '';
    trailing = '';
  };
  for (let i = 0; i < parts.length; i += 2) {
    const segment = parts[i] ?? '';
    const separator = parts[i + 1] ?? '';
    if (bytes(segment) > limit) {
      flush();
      const smaller = splitText(segment, limit, level + 1);
      const last = smaller[smaller.length - 1] as Piece;
      last.after += separator;
      pieces.push(...smaller);
      continue;
    }
    const joined = current ? current + trailing + segment : segment;
    if (bytes(joined) <= limit) {
      current = joined;
      trailing = separator;
    } else {
      flush();
      current = segment;
      trailing = separator;
    }
  }
  flush();
  return pieces;
}

function splitCharacters(text: string, limit: number): Piece[] {
  const pieces: Piece[] = [];
  let current = '';
  for (const character of text) {
    if (bytes(current + character) > limit) {
      pieces.push({ text: current, after: '' });
      current = '';
    }
    current += character;
  }
  if (current) pieces.push({ text: current, after: '' });
  return pieces;
}

/** Translate refused the pair (or, for an automatic source, could not tell the language). */
const refusedPair = (error: unknown) =>
  error instanceof UnsupportedLanguagePairException ||
  error instanceof DetectedLanguageLowConfidenceException;

/**
 * Machine drafts from Amazon Translate's TranslateText, field by field. A text longer than one
 * request allows is sent in pieces cut between paragraphs and joined with the breaks it had.
 * Markdown is sent as plain text (TranslateText has no markdown type): its marks mostly survive,
 * and the translator corrects the rest. A pair Translate does not support, in the table above or
 * by its answer, answers nothing; throttling and outages throw (the stream tries the record again).
 */
export function createAmazonTranslator(
  settings: Pick<TranslateClientConfig, 'region' | 'endpoint' | 'credentials'>,
): MachineTranslator {
  const client = new TranslateClient({
    ...settings,
    maxAttempts: 3,
    requestHandler: { connectionTimeout: 2_000, requestTimeout: 10_000 },
  });
  const translateText = async (text: string, source: string, target: string) => {
    const leading = /^\s*/.exec(text)?.[0] ?? '';
    const trailing = /\s*$/.exec(text)?.[0] ?? '';
    const body = text.slice(leading.length, text.length - trailing.length);
    if (!body) return text;
    let translated = '';
    for (const piece of splitText(body)) {
      const answer = await client.send(
        new TranslateTextCommand({
          Text: piece.text,
          SourceLanguageCode: source,
          TargetLanguageCode: target,
        }),
      );
      translated += (answer.TranslatedText ?? '') + piece.after;
    }
    return leading + translated + trailing;
  };
  return {
    async translate(fields: TranslationFields, from: string, to: string) {
      const source = translateLanguageCodes[from];
      const target = translateLanguageCodes[to];
      if (!source || !target || source === target) return undefined;
      const translated: TranslationFields = {};
      try {
        for (const [name, text] of Object.entries(fields)) {
          translated[name] = await translateText(text, source, target);
        }
      } catch (error) {
        if (refusedPair(error)) return undefined;
        throw error;
      }
      return translated;
    },
  };
}

let shared: MachineTranslator | undefined;

/** The deployed functions' translator, or none where machine translation is off (locally, always). */
export function machineTranslator(): MachineTranslator | undefined {
  const { machineTranslation, region } = config();
  if (!machineTranslation) return undefined;
  shared ??= createAmazonTranslator({ region });
  return shared;
}
