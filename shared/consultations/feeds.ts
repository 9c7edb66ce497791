import { Feed } from 'feed';
import ical, { type ICalCalendar } from 'ical-generator';
import type { Language } from '#shared/i18n/languages.ts';
import { type Consultation, textFor } from './consultation.ts';

export interface FeedContext {
  language: Language;
  publicBaseUrl: string;
  /** The feed's own address, with its filters. */
  selfUrl: string;
  bodyNames: Map<string, string>;
}

const pageOf = (c: Consultation, publicBaseUrl: string) => `${publicBaseUrl}/consultations/${c.id}`;

/** An Atom feed of published consultations, newest first, for ordinary feed readers. */
export function atomFeed(consultations: Consultation[], context: FeedContext): string {
  const feed = new Feed({
    id: context.selfUrl,
    title: 'Kaiutin',
    description: 'Consultations and upcoming decisions',
    link: `${context.publicBaseUrl}/consultations`,
    language: context.language,
    copyright: '',
    // A body's feed is in the order created, so the newest change may be anywhere in it.
    updated: new Date(Math.max(0, ...consultations.map((c) => new Date(c.updatedAt).getTime()))),
    feedLinks: { atom: context.selfUrl },
  });
  for (const c of consultations) {
    const text = textFor(c, context.language);
    feed.addItem({
      id: `urn:kaiutin:consultation:${c.id}:v${c.version}`,
      title: text.title,
      link: pageOf(c, context.publicBaseUrl),
      date: new Date(c.updatedAt),
      published: new Date(c.publishedAt ?? c.createdAt),
      description: text.plainSummary ?? text.summary,
      author: [{ name: context.bodyNames.get(c.bodyId) ?? c.municipality }],
      category: c.topics.map((topic) => ({ name: topic })),
    });
  }
  return feed.atom1();
}

/**
 * A consultation's statement deadline as a half-hour event ending at the deadline. Times are in
 * UTC: a TZID without its VTIMEZONE block would misplace them, and calendars show UTC in local time.
 */
export function addDeadlineEvent(calendar: ICalCalendar, c: Consultation, title: string, url: string): void {
  if (!c.statementDeadline) return;
  const end = new Date(c.statementDeadline);
  calendar.createEvent({
    id: `${c.id}-deadline@kaiutin`,
    start: new Date(end.getTime() - 30 * 60_000),
    end,
    summary: title,
    description: url,
    url,
  });
}

/** The statement deadlines as a calendar that calendar apps can subscribe to. */
export function deadlineCalendar(consultations: Consultation[], context: FeedContext): string {
  const calendar = ical({
    name: 'Kaiutin',
    prodId: { company: 'Kaiutin', product: 'deadlines' },
    url: context.selfUrl,
  });
  for (const c of consultations) {
    addDeadlineEvent(calendar, c, textFor(c, context.language).title, pageOf(c, context.publicBaseUrl));
  }
  return calendar.toString();
}
