import { Feed } from 'feed';
import { formatDateTime } from '#shared/i18n/format.ts';
import type { Language } from '#shared/i18n/languages.ts';
import { meetingPage } from './calendar.ts';
import type { Meeting } from './meeting.ts';

export interface MeetingFeedContext {
  language: Language;
  publicBaseUrl: string;
  /** The feed's own address, with its filters. */
  selfUrl: string;
}

/** When and where, then the theme: what a feed reader shows under the title. */
function summaryOf(m: Meeting, language: Language) {
  const when = m.startsAt ? formatDateTime(language, new Date(m.startsAt)) : undefined;
  return [when, m.place?.address ?? m.onlineUrl, m.theme].filter(Boolean).join(' · ');
}

/**
 * An Atom feed (RFC 4287) of published meetings, the newest change first. An entry's id changes
 * with the meeting's version, so a reader shows a moved meeting again.
 */
export function meetingsAtomFeed(meetings: Meeting[], context: MeetingFeedContext): string {
  const newestFirst = [...meetings].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const feed = new Feed({
    id: context.selfUrl,
    title: 'Kaiutin',
    description: 'Network meetings',
    link: `${context.publicBaseUrl}/meetings`,
    language: context.language,
    copyright: '',
    updated: new Date(newestFirst[0]?.updatedAt ?? 0),
    feedLinks: { atom: context.selfUrl },
  });
  for (const m of newestFirst) {
    feed.addItem({
      id: `urn:kaiutin:meeting:${m.id}:v${m.version}`,
      title: m.title,
      link: meetingPage(context.publicBaseUrl, m.id),
      date: new Date(m.updatedAt),
      published: new Date(m.publishedAt ?? m.createdAt),
      description: summaryOf(m, context.language),
      author: [{ name: m.hostOrganisationName }],
    });
  }
  return feed.atom1();
}
