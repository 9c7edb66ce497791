import { describe, expect, it } from 'vitest';
import { ValidationFailed } from '#shared/errors.ts';
import { chooseHost, nextMeetingDraft } from '#shared/meetings/close-minutes.ts';
import type { Meeting, Series } from '#shared/meetings/meeting.ts';
import {
  assertWritable,
  closeInput,
  numberDecisions,
  pollCounts,
  turnsOf,
} from '#shared/meetings/minutes.ts';
import { invariantViolations } from '../support/invariants.ts';

const registered = (organisation: string | undefined, position: number, status = 'registered' as const) => ({
  status,
  organisation,
  position,
  createdAt: '2027-01-01T00:00:00.000Z',
});

const meeting = {
  id: 'm1',
  seriesId: 's1',
  hostOrganisationId: 'a',
  hostOrganisationName: 'A ry',
  language: 'fi',
  capacity: 40,
  turnMinutes: 4,
  startsAt: '2027-03-01T08:00:00.000Z',
  status: 'published',
} as Meeting;
const series = {
  id: 's1',
  name: 'Verkostokokous',
  rotation: [
    { organisationId: 'a', name: 'A ry' },
    { organisationId: 'b', name: 'B ry' },
  ],
} as Series;

describe('news round turns', () => {
  it('are the registered organisations once each, as first written, in registration order, then those added', () => {
    const turns = turnsOf(
      [
        registered('Naapuriapu', 2),
        registered('  Monikulttuuriyhdistys ry ', 1),
        registered('MONIKULTTUURIYHDISTYS RY', 3),
        registered(undefined, 4),
        { ...registered('Jonossa', 5), status: 'waiting' as const },
      ],
      ['Kirjasto', 'naapuriapu'],
    );
    expect(turns).toEqual(['Monikulttuuriyhdistys ry', 'Naapuriapu', 'Kirjasto']);
  });
});

describe('decisions', () => {
  it('keep their ids across saves, new ones taking the next free number', () => {
    const { decisions, unknown } = numberDecisions(
      [
        { id: 'd1', text: 'a' },
        { id: 'd3', text: 'c' },
      ],
      [{ text: 'new' }, { id: 'd3', text: 'c2' }, { text: 'newer' }],
    );
    expect(decisions).toEqual([
      { id: 'd4', text: 'new' },
      { id: 'd3', text: 'c2' },
      { id: 'd5', text: 'newer' },
    ]);
    expect(unknown).toEqual([]);
    expect(numberDecisions([], [{ id: 'd2', text: 'x' }]).unknown).toEqual(['d2']);
  });
});

describe('writing minutes', () => {
  const now = new Date('2027-03-01T09:00:00.000Z');
  it('waits for the start, and ends with publishing', () => {
    expect(() => assertWritable(meeting, undefined, now)).not.toThrow();
    expect(() => assertWritable(meeting, undefined, new Date('2027-03-01T07:59:00.000Z'))).toThrow(/started/);
    expect(() => assertWritable({ ...meeting, status: 'draft' }, undefined, now)).toThrow(
      /published meeting/,
    );
    expect(() => assertWritable({ ...meeting, status: 'closed' }, undefined, now)).toThrow(/closed/);
  });
});

describe('closing', () => {
  it('needs the next meeting: a time, or a poll of two to five options', () => {
    const at = { startsAt: '2027-05-01T08:00:00Z', endsAt: '2027-05-01T11:00:00Z' };
    expect(closeInput.safeParse({}).success).toBe(false);
    expect(closeInput.safeParse({ next: at }).success).toBe(true);
    expect(closeInput.safeParse({ next: { options: [at] } }).success).toBe(false);
    expect(closeInput.safeParse({ next: { options: [at, at] } }).success).toBe(true);
    expect(closeInput.safeParse({ next: { options: Array(6).fill(at) } }).success).toBe(false);
  });

  it('proposes the host after this one, round the rotation, and takes only one of the rotation', () => {
    expect(chooseHost(series, meeting, undefined)).toEqual({ organisationId: 'b', name: 'B ry' });
    expect(chooseHost(series, { ...meeting, hostOrganisationId: 'b' }, undefined).organisationId).toBe('a');
    expect(chooseHost(series, meeting, 'a').organisationId).toBe('a');
    expect(() => chooseHost(series, meeting, 'z')).toThrow(ValidationFailed);
    expect(chooseHost({ ...series, rotation: [] }, meeting, undefined).organisationId).toBe('a');
  });

  it('drafts the next meeting of the series with its capacity, turns and a link back', () => {
    const options = [
      { startsAt: '2027-05-01T08:00:00.000Z', endsAt: '2027-05-01T11:00:00.000Z' },
      { startsAt: '2027-05-08T08:00:00.000Z', endsAt: '2027-05-08T11:00:00.000Z' },
    ];
    const next = nextMeetingDraft(
      meeting,
      series,
      series.rotation[1] as Series['rotation'][number],
      { options },
      'p',
      new Date(),
    );
    expect(next).toMatchObject({
      seriesId: 's1',
      title: 'Verkostokokous',
      hostOrganisationId: 'b',
      capacity: 40,
      turnMinutes: 4,
      status: 'draft',
      previousMeetingId: 'm1',
      datePoll: { options },
      version: 1,
    });
    expect(next.startsAt).toBeUndefined();
  });
});

describe('poll counts', () => {
  it('count, for each option, the answers it suits', () => {
    expect(pollCounts(3, [{ suits: [0, 2] }, { suits: [2] }, { suits: [] }])).toEqual([1, 0, 2]);
  });
});

describe('the invariant of closed meetings', () => {
  const profile = (id: string, extra: object) => ({
    pk: `MEETING#${id}`,
    sk: 'PROFILE',
    entity: 'meeting',
    id,
    ...extra,
  });
  const minutesOf = (id: string) => ({
    pk: `MEETING#${id}`,
    sk: 'MINUTES',
    entity: 'minutes',
    status: 'published',
  });
  it('holds when the next meeting exists and points back, and not otherwise', () => {
    const closed = profile('m1', { status: 'closed', nextMeetingId: 'm2' });
    expect(
      invariantViolations([closed, minutesOf('m1'), profile('m2', { previousMeetingId: 'm1' })]),
    ).toEqual([]);
    expect(invariantViolations([closed, minutesOf('m1')])).toHaveLength(1);
    expect(invariantViolations([closed, minutesOf('m1'), profile('m2', {})])).toHaveLength(1);
    expect(invariantViolations([profile('m3', { status: 'published' }), minutesOf('m3')])).toHaveLength(1);
  });
});
