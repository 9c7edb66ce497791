import { Feed } from 'feed';
import ical from 'ical-generator';
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
    updated: new Date(consultations[0]?.updatedAt ?? 0),
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

/** The statement deadlines as a calendar (UTC times) that calendar apps can subscribe to. */
export function deadlineCalendar(consultations: Consultation[], context: FeedContext): string {
  const calendar = ical({
    name: 'Kaiutin',
    prodId: { company: 'Kaiutin', product: 'deadlines' },
    url: context.selfUrl,
  });
  for (const c of consultations) {
    if (!c.statementDeadline) continue;
    const end = new Date(c.statementDeadline);
    calendar.createEvent({
      id: `${c.id}-deadline@kaiutin`,
      start: new Date(end.getTime() - 30 * 60_000),
      end,
      summary: textFor(c, context.language).title,
      description: pageOf(c, context.publicBaseUrl),
      url: pageOf(c, context.publicBaseUrl),
    });
  }
  return calendar.toString();
}
