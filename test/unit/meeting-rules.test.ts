import { describe, expect, it } from 'vitest';
import { ValidationFailed } from '#shared/errors.ts';
import { agendaLines } from '#shared/meetings/agenda-text.ts';
import {
  assertPublishable,
  checkTimes,
  meetingChanges,
  meetingInput,
  nextHost,
  reminderDue,
  runningTimes,
} from '#shared/meetings/meeting.ts';

const agenda = [
  { title: 'Uutiskierros', kind: 'news-round' as const, minutes: 20, presenter: 'Puheenjohtaja' },
  { title: 'Kotoutumisohjelma [luonnos] *uusi*', kind: 'presentation' as const, minutes: 45 },
];

const problemsOf = (run: () => void) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationFailed) return error.fields.map((f) => `${f.field}:${f.code}`);
    throw error;
  }
  return [];
};

describe('a meeting', () => {
  it('ends after it starts', () => {
    expect(problemsOf(() => checkTimes({ startsAt: '2031-03-12T10:00:00.000Z' }))).toEqual([]);
    expect(
      problemsOf(() =>
        checkTimes({ startsAt: '2031-03-12T10:00:00.000Z', endsAt: '2031-03-12T10:00:00.000Z' }),
      ),
    ).toEqual(['endsAt:endsBeforeStart']);
  });

  it('is published with its time and a place or an online link', () => {
    expect(problemsOf(() => assertPublishable({}))).toEqual([
      'startsAt:required',
      'endsAt:required',
      'place:placeOrLink',
    ]);
    const time = { startsAt: '2031-03-12T08:00:00.000Z', endsAt: '2031-03-12T10:00:00.000Z' };
    expect(problemsOf(() => assertPublishable({ ...time, onlineUrl: 'https://meet.example/x' }))).toEqual([]);
    expect(problemsOf(() => assertPublishable({ ...time, place: { address: 'Kauppakatu 1' } }))).toEqual([]);
  });

  it('takes defaults when drafted, and a change leaves out what it does not name', () => {
    const input = meetingInput.parse({ seriesId: 's', hostOrganisationId: 'o', title: 'T', capacity: 10 });
    expect(input).toMatchObject({ language: 'fi', turnMinutes: 3, agenda: [], checklist: {} });
    expect(meetingChanges.parse({ capacity: 12 })).toEqual({ capacity: 12 });
  });

  it('is reminded of 48 hours before it starts', () => {
    expect(reminderDue('2031-03-12T08:00:00.000Z').toISOString()).toBe('2031-03-10T08:00:00.000Z');
  });
});

describe('the agenda', () => {
  it('runs from the start, item after item', () => {
    expect(runningTimes(agenda)).toEqual([
      { from: 0, to: 20 },
      { from: 20, to: 65 },
    ]);
  });

  it('is written with its running times in Helsinki time, the kinds in the reader’s language', () => {
    const startsAt = '2031-03-12T08:00:00.000Z';
    expect(agendaLines(agenda, startsAt, 'fi', 'plain').split('\n')).toEqual([
      '10.00–10.20 Uutiskierros (uutiskierros, Puheenjohtaja)',
      '10.20–11.05 Kotoutumisohjelma [luonnos] *uusi* (esitys)',
    ]);
    expect(agendaLines(agenda, startsAt, 'en', 'plain')).toContain('10:00–10:20 Uutiskierros (news round');
    // As a markdown list, what a person wrote is escaped so it shows as written.
    expect(agendaLines(agenda, startsAt, 'sv', 'markdown').split('\n')[1]).toBe(
      '- 10:20–11:05 Kotoutumisohjelma \\[luonnos\\] \\*uusi\\* (presentation)',
    );
  });
});

describe('the host rotation', () => {
  it('proposes the organisation after the last host, round to the first', () => {
    const rotation = ['a', 'b', 'c'].map((id) => ({ organisationId: id, name: id }));
    expect(nextHost(rotation, 'a')).toBe('b');
    expect(nextHost(rotation, 'c')).toBe('a');
    expect(nextHost(rotation, 'outside')).toBe('a');
    expect(nextHost([], 'a')).toBeUndefined();
  });
});
