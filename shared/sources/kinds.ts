import type { Language } from '#shared/i18n/languages.ts';

/**
 * The kinds of agenda source, without zod so the web app can import them: the generic feeds, and a
 * preset for each decision system municipalities and the state run.
 */
export const feedKinds = ['rss', 'atom', 'json'] as const;
export const presetKinds = ['dynasty', 'ahjo', 'kerrokantasi', 'lausuntopalvelu', 'kuntalaisaloite'] as const;
export const sourceKinds = [...feedKinds, ...presetKinds] as const;
export type SourceKind = (typeof sourceKinds)[number];
export type PresetKind = (typeof presetKinds)[number];
export type FeedKind = (typeof feedKinds)[number];

export const isPreset = (kind: SourceKind): kind is PresetKind =>
  (presetKinds as readonly string[]).includes(kind);

/** What choosing a preset fills in: an example of the address to paste, and the language it writes in. */
export interface PresetHint {
  /** An address of the shape to paste, with the parts that differ per municipality in capitals. */
  example: string;
  /** Matches an address of this system, so a pasted one can be recognised. */
  pattern: RegExp;
  language: Language;
}
