import { type Language, timeZone } from '#shared/i18n/languages.ts';
import { meetingAgenda } from '#shared/i18n/mail/index.ts';
import { translator } from '#shared/i18n/translate.ts';
import { type AgendaItem, runningTimes } from './meeting.ts';

// Building an Intl formatter costs far more than using one; an invitation formats every item's times.
const clocks = new Map<Language, Intl.DateTimeFormat>();
const clockOf = (language: Language) => {
  if (!clocks.has(language))
    clocks.set(
      language,
      new Intl.DateTimeFormat(language, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    );
  return clocks.get(language) as Intl.DateTimeFormat;
};

/** The time of day in Helsinki as the language writes it: 10.00 in Finnish, 10:00 in English. */
export const clockTime = (language: Language, at: Date) => clockOf(language).format(at);

/** What a person wrote, on one line, with the characters simple markdown would read as formatting escaped. */
const literal = (text: string) => text.replace(/\s+/g, ' ').replace(/[\\*_~[\]`<>]/g, '\\$&');

/**
 * The agenda with its running times, one item a line, for an email or a calendar: "10.00–10.20
 * Uutiskierros (uutiskierros, Maria)", the kind's name in the reader's language, the title and
 * presenter as written. `markdown` makes the lines a simple-markdown list, its text escaped.
 */
export function agendaLines(
  agenda: AgendaItem[],
  startsAt: string,
  language: Language,
  style: 'markdown' | 'plain',
): string {
  const t = translator(language, meetingAgenda);
  const start = Date.parse(startsAt);
  const at = (minutes: number) => clockTime(language, new Date(start + minutes * 60_000));
  const times = runningTimes(agenda);
  return agenda
    .map((item, i) => {
      const span = times[i] ?? { from: 0, to: 0 };
      const kind = t(`mail.agendaKind.${item.kind}`);
      const title = style === 'markdown' ? literal(item.title) : item.title;
      const presenter = item.presenter && (style === 'markdown' ? literal(item.presenter) : item.presenter);
      const line = `${at(span.from)}–${at(span.to)} ${title} (${presenter ? `${kind}, ${presenter}` : kind})`;
      return style === 'markdown' ? `- ${line}` : line;
    })
    .join('\n');
}
