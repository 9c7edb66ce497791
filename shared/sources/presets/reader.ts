import type { Language } from '#shared/i18n/languages.ts';
import type { JsonMapping, SourceItem } from '../source.ts';

/** What a reader knows besides the first document: where it came from, and how to fetch more. */
export interface ReadContext {
  /** The address the first document came from, after redirects: relative links resolve against it. */
  url: string;
  /** The source's language: the original of an item whose system does not say. */
  language: Language;
  mapping?: JsonMapping;
  /** The poll's time: what has already ended by then is no opportunity to import. */
  now: Date;
  /**
   * Fetches another document of the same source (a next page, another language's version) with
   * the same guards as the first, and answers its decoded text; a poll may fetch a few at most.
   */
  fetchMore(url: string): Promise<string>;
}

/** A field's text, trimmed, when it is a string; anything else is none. */
export const textOf = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** Reads a decision system's documents into items; a document it cannot read is an UnreadableSource. */
export type PresetReader = (document: string, context: ReadContext) => Promise<SourceItem[]>;
