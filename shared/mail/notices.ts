import { randomUUID } from 'node:crypto';
import type { Language } from '#shared/i18n/languages.ts';
import { KEY } from '#shared/store/table.ts';
import type { NoticeTemplate } from './templates.ts';

export interface Recipient {
  email: string;
  language: Language;
}

/** An email owed to people because something happened; the send-notices stream function delivers it. */
export interface Notice {
  id: string;
  template: NoticeTemplate;
  to: Recipient[];
  params: Record<string, string>;
  /** An iCalendar file sent with it (a meeting's invitation), the same for every recipient. */
  calendar?: string;
  createdAt: string;
}

const KEEP_DAYS = 30;

export function noticeItem(
  template: NoticeTemplate,
  to: Recipient[],
  params: Record<string, string>,
  now: Date,
  calendar?: string,
) {
  const notice: Notice = {
    id: randomUUID(),
    template,
    to,
    params,
    ...(calendar ? { calendar } : {}),
    createdAt: now.toISOString(),
  };
  return {
    [KEY.pk]: `NOTICE#${notice.id}`,
    [KEY.sk]: 'NOTICE',
    entity: 'notice',
    [KEY.expiresAt]: Math.floor(now.getTime() / 1000) + KEEP_DAYS * 86_400,
    ...notice,
  };
}

/** Recipients per notice: a notice to many (every signatory's representatives) is split, keeping items small. */
const RECIPIENTS_PER_NOTICE = 50;

/** Notices to any number of people, each address once. */
export function noticeItems(
  template: NoticeTemplate,
  to: Recipient[],
  params: Record<string, string>,
  now: Date,
  calendar?: string,
) {
  const unique = [...new Map(to.map((r) => [r.email, r])).values()];
  const items = [];
  for (let i = 0; i < unique.length; i += RECIPIENTS_PER_NOTICE)
    items.push(noticeItem(template, unique.slice(i, i + RECIPIENTS_PER_NOTICE), params, now, calendar));
  return items;
}
