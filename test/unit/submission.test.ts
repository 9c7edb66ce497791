import { describe, expect, it } from 'vitest';
import { figuresOf, responsivenessOf } from '#shared/bodies/responsiveness.ts';
import { newSignature, type Signature, type Statement } from '#shared/statements/statement.ts';
import {
  acknowledged,
  answered,
  type Submission,
  signatoriesOf,
  submissionHash,
} from '#shared/submissions/submission.ts';

const statement = {
  id: 's1',
  leadOrganisationId: 'lead',
  leadOrganisationName: 'Johtava ry',
  contentHash: 'current',
  updatedAt: '2026-11-01T10:00:00.000Z',
} as Statement;

const signature = (organisationId: string, organisationName: string, contentHash = 'current'): Signature => ({
  statementId: 's1',
  organisationId,
  organisationName,
  personId: 'p',
  signedAt: '2026-11-02T10:00:00.000Z',
  mandate: { kind: 'standing' },
  version: 1,
  contentHash,
});

const submitted = (submittedAt: string, changes: Partial<Submission> = {}) =>
  ({ id: submittedAt, status: 'submitted', submittedAt, signatories: [], ...changes }) as Submission;

describe('submissions', () => {
  it('deliver the lead first, then current signatures by name; signatures of earlier versions are left out', () => {
    const now = new Date('2026-11-03T10:00:00.000Z');
    const lead = newSignature(
      statement,
      { id: 'lead', name: 'Johtava ry' },
      'p',
      { kind: 'decision', decidedOn: '2026-10-30' },
      now,
    );
    const listed = signatoriesOf(statement, [
      signature('b', 'Östra ry'),
      signature('a', 'Aalto ry'),
      lead,
      signature('old', 'Vanha ry', 'earlier'),
    ]);
    expect(listed.map((s) => s.organisationId)).toEqual(['lead', 'a', 'b']);
    expect(listed[0]).toMatchObject({ mandate: { kind: 'decision' }, signedAt: now.toISOString() });
  });

  it("need the lead's mandate unless the lead signed the current text", () => {
    expect(() => signatoriesOf(statement, [signature('lead', 'Johtava ry', 'earlier')])).toThrow(
      "Give the lead organisation's mandate.",
    );
    expect(signatoriesOf(statement, [signature('lead', 'Johtava ry')])).toHaveLength(1);
  });

  it('have a hash that changes with the text, a signatory or a mandate', () => {
    const signatories = signatoriesOf(statement, [
      signature('a', 'Aalto ry'),
      signature('lead', 'Johtava ry'),
    ]);
    const hash = submissionHash('current', signatories);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(submissionHash('current', signatories)).toBe(hash);
    expect(submissionHash('other', signatories)).not.toBe(hash);
    expect(submissionHash('current', signatories.slice(0, 1))).not.toBe(hash);
    const otherMandate = signatories.map((s, i) =>
      i === 1 ? { ...s, mandate: { kind: 'decision' as const, decidedOn: '2026-01-01' } } : s,
    );
    expect(submissionHash('current', otherMandate)).not.toBe(hash);
  });

  it('are acknowledged once; a pending answer acknowledges, a final one answers and stays the first answer time', () => {
    const s = submitted('2026-11-01T00:00:00.000Z');
    const ack = acknowledged(s, 'D/1', new Date('2026-11-02T00:00:00.000Z'));
    expect(ack).toMatchObject({ status: 'acknowledged', acknowledgement: { diaryNumber: 'D/1' } });
    expect(() => acknowledged(ack, undefined, new Date())).toThrow('already been acknowledged');

    const pending = answered(
      s,
      { outcome: 'decision-pending', explanation: 'x' },
      new Date('2026-11-03T00:00:00.000Z'),
    );
    expect(pending).toMatchObject({
      status: 'acknowledged',
      acknowledgement: { at: '2026-11-03T00:00:00.000Z' },
    });
    expect(pending.answeredAt).toBeUndefined();
    const final = answered(
      pending,
      { outcome: 'partly', explanation: 'y' },
      new Date('2026-11-05T00:00:00.000Z'),
    );
    expect(final).toMatchObject({ status: 'answered', answeredAt: '2026-11-05T00:00:00.000Z' });
    const revised = answered(
      final,
      { outcome: 'taken-into-account', explanation: 'z' },
      new Date('2026-11-09T00:00:00.000Z'),
    );
    expect(revised).toMatchObject({
      answeredAt: '2026-11-05T00:00:00.000Z',
      response: { outcome: 'taken-into-account' },
    });
  });

  it("measure a body's responsiveness in median days and the share answered", () => {
    const responsiveness = (submissions: Submission[]) => responsivenessOf(figuresOf(submissions));
    expect(responsiveness([])).toEqual({
      submissions: 0,
      acknowledged: 0,
      answered: 0,
      shareAnswered: null,
      medianDaysToAcknowledge: null,
      medianDaysToAnswer: null,
    });
    const day = (d: number) => new Date(Date.UTC(2026, 10, d)).toISOString();
    const figures = responsiveness([
      submitted(day(1), { acknowledgement: { at: day(2) }, answeredAt: day(11) }),
      submitted(day(1), { acknowledgement: { at: day(4) }, answeredAt: day(21) }),
      submitted(day(1), { acknowledgement: { at: day(8) } }),
      submitted(day(1)),
    ]);
    expect(figures).toEqual({
      submissions: 4,
      acknowledged: 3,
      answered: 2,
      shareAnswered: 0.5,
      medianDaysToAcknowledge: 3,
      medianDaysToAnswer: 15,
    });
  });
});
