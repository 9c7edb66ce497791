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
interface PresetHint {
  /** An address of the shape to paste, with the parts that differ per municipality in capitals. */
  example: string;
  /** Matches an address of this system, so a pasted one can be recognised. */
  pattern: RegExp;
  language: Language;
}

/**
 * What each system's addresses look like. Dynasty runs on each municipality's own host, so only its
 * path is recognised; the others are national or Helsinki's services. All of them write in Finnish
 * first (Kerrokantasi and Lausuntopalvelu.fi give Swedish and English texts beside it).
 */
export const presetHints: Record<PresetKind, PresetHint> = {
  dynasty: {
    example: 'https://MUNICIPALITY.oncloudos.com/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30',
    pattern: /\/cgi\/DREQUEST\.PHP\?(?:[^#]*&)?page=rss\//i,
    language: 'fi',
  },
  ahjo: {
    example: 'https://paatokset.hel.fi/fi/ahjo_api/meetings?policymaker=ID',
    pattern: /^https?:\/\/paatokset\.hel\.fi(?::443)?\/(?:fi|sv|en)\/ahjo_api\//i,
    language: 'fi',
  },
  kerrokantasi: {
    example: 'https://kerrokantasi.api.hel.fi/v1/hearing/?open=true',
    pattern: /^https?:\/\/[^/]*kerrokantasi[^/]*\/v1\/hearing/i,
    language: 'fi',
  },
  lausuntopalvelu: {
    // Newest first and a page of 50: the reader follows no OData next links.
    example:
      'https://www.lausuntopalvelu.fi/api/v1/Lausuntopalvelu.svc/Proposals?$orderby=PublishedOn%20desc&$top=50',
    pattern: /^https?:\/\/(?:www\.)?lausuntopalvelu\.fi(?::443)?\/api\//i,
    language: 'fi',
  },
  kuntalaisaloite: {
    example: 'https://www.kuntalaisaloite.fi/api/v1/initiatives?municipality=ID&orderBy=latest&limit=50',
    pattern: /^https?:\/\/(?:www\.)?kuntalaisaloite\.fi(?::443)?\/api\/v1\/initiatives/i,
    language: 'fi',
  },
};

/** The preset whose system an address belongs to, if it is one Kaiutin knows. */
export const presetOf = (url: string): PresetKind | undefined =>
  presetKinds.find((kind) => presetHints[kind].pattern.test(url.trim()));
