import { describe, expect, it } from 'vitest';
import { invariantViolations } from '../support/invariants.ts';

/** A small consistent table: an organisation, a statement signed twice and submitted, an alert. */
function world() {
  return [
    { pk: 'APPLICATION#a', sk: 'APPLICATION', representatives: ['rep@example.org'] },
    { pk: 'ORG#a', sk: 'PROFILE', status: 'member', representativeCount: 1 },
    { pk: 'ORG#a', sk: 'REP#p1' },
    { pk: 'AUDIT#ORG#a', sk: '2026-11-01#1', action: 'application.approved' },
    { pk: 'STATEMENT#s', sk: 'PROFILE', signatureCount: 2, version: 2 },
    { pk: 'STATEMENT#s', sk: 'VERSION#000001', contentHash: 'h1' },
    { pk: 'STATEMENT#s', sk: 'VERSION#000002', contentHash: 'h2' },
    { pk: 'STATEMENT#s', sk: 'SIGNATURE#a', contentHash: 'h2' },
    { pk: 'STATEMENT#s', sk: 'SIGNATURE#b', contentHash: 'h1' },
    {
      pk: 'SUBMISSION#s',
      sk: 'PROFILE',
      entity: 'submission',
      statementId: 's',
      bodyId: 'b',
      version: 2,
      contentHash: 'h2',
      submittedAt: '2026-11-01T00:00:00.000Z',
      acknowledgement: { at: '2026-11-03T00:00:00.000Z' },
    },
    {
      pk: 'BODY#b',
      sk: 'RESPONSIVENESS',
      complete: true,
      submissions: 1,
      acknowledged: 1,
      'toAcknowledge#20': 1,
    },
    { pk: 'SUBMISSION#s', sk: 'DELIVERY#registry' },
    { pk: 'CONSULTATION#c', sk: 'PROFILE', version: 1 },
    { pk: 'CONSULTATION#c', sk: 'VERSION#000001' },
    {
      pk: 'DELIVERY#c#v1',
      sk: 'TO#x@example.org',
      entity: 'delivery',
      consultationId: 'c',
      version: 1,
      subscriptionId: 'sub',
      status: 'sent',
    },
    { pk: 'DELIVERY#c#v1', sk: 'TALLY', consultationId: 'c', version: 1, recipients: 1, sent: 1 },
    { pk: 'SESSION#p', sk: 'SESSION#1', entity: 'session', expiresAt: 1 },
    {
      pk: 'OUTBOX#notice#n#x@example.org',
      sk: 'OUTBOX',
      entity: 'outbox',
      status: 'failed',
      mail: {},
      expiresAt: 1,
    },
    { pk: 'CONSULTATION#d', sk: 'PROFILE', version: 0, origin: { sourceId: 'src', itemId: 'i1' } },
    { pk: 'SOURCE#src', sk: 'PROFILE' },
    { pk: 'SOURCE#src', sk: 'ITEM#i1', consultationId: 'd', state: 'drafted' },
    { pk: 'SOURCE#src', sk: 'ITEM#i2', consultationId: 'gone', state: 'dismissed' },
  ];
}

const without = (pk: string, sk: string) => world().filter((item) => !(item.pk === pk && item.sk === sk));
const changed = (pk: string, sk: string, change: Record<string, unknown>) =>
  world().map((item) => (item.pk === pk && item.sk === sk ? { ...item, ...change } : item));

describe('the invariant checker', () => {
  it('finds nothing wrong with a consistent table', () => {
    expect(invariantViolations(world())).toEqual([]);
  });

  it('finds a signature count that differs from the signatures, and a signature of no version', () => {
    expect(invariantViolations(without('STATEMENT#s', 'SIGNATURE#b'))).toEqual([
      'STATEMENT#s: signatureCount 2, but 1 signatures',
    ]);
    expect(invariantViolations(changed('STATEMENT#s', 'SIGNATURE#b', { contentHash: 'h9' }))).toEqual([
      'STATEMENT#s SIGNATURE#b: signs no version it has',
    ]);
  });

  it('finds a submission without its statement version, or with another text', () => {
    expect(invariantViolations(without('STATEMENT#s', 'VERSION#000002'))).toContain(
      'SUBMISSION#s: version 2 of its statement is missing',
    );
    expect(invariantViolations(changed('SUBMISSION#s', 'PROFILE', { contentHash: 'h1' }))).toEqual([
      'SUBMISSION#s: text differs from its version',
    ]);
    expect(invariantViolations(without('SUBMISSION#s', 'PROFILE'))).toEqual([
      'SUBMISSION#s: deliveries without a submission',
      'BODY#b: responsiveness figures differ from its submissions',
    ]);
  });

  it('finds an alert of an unpublished version, without a subscription, or miscounted', () => {
    expect(invariantViolations(without('CONSULTATION#c', 'VERSION#000001'))).toEqual([
      'DELIVERY#c#v1: no published version 1 of c',
    ]);
    expect(invariantViolations(changed('DELIVERY#c#v1', 'TO#x@example.org', { subscriptionId: '' }))).toEqual(
      ['DELIVERY#c#v1 TO#x@example.org: belongs to no subscription'],
    );
    expect(invariantViolations(changed('DELIVERY#c#v1', 'TALLY', { recipients: 2 }))).toEqual([
      'DELIVERY#c#v1: tally says 2 recipients, 1 deliveries exist',
    ]);
  });

  it('finds evidence that expires, of every kind, and a sent message that keeps its rendered mail', () => {
    const evidence: [string, string, string][] = [
      ['DELIVERY#c#v1', 'TO#x@example.org', 'delivery'],
      ['SUBMISSION#s', 'DELIVERY#registry', 'submission-delivery'],
      ['SUBMISSION#s', 'PROFILE', 'submission'],
      ['STATEMENT#s', 'SIGNATURE#a', 'signature'],
      ['STATEMENT#s', 'VERSION#000001', 'statement-version'],
      ['CONSULTATION#c', 'VERSION#000001', 'consultation-version'],
      ['AUDIT#ORG#a', '2026-11-01#1', 'audit'],
    ];
    for (const [pk, sk, entity] of evidence) {
      expect(invariantViolations(changed(pk, sk, { entity, expiresAt: 1 }))).toEqual([
        `${pk} ${sk}: a ${entity} is evidence, but expires`,
      ]);
    }
    expect(
      invariantViolations(changed('DELIVERY#c#v1', 'TO#x@example.org', { mail: { subject: 'x' } })),
    ).toEqual(['DELIVERY#c#v1 TO#x@example.org: sent, but keeps its message']);
    expect(
      invariantViolations(changed('OUTBOX#notice#n#x@example.org', 'OUTBOX', { status: 'sent' })),
    ).toEqual(['OUTBOX#notice#n#x@example.org OUTBOX: sent, but keeps its message']);
  });

  it('finds waiting alerts, releases, follow-ups and language counts that their tallies miscount', () => {
    const waiting = (email: string) => ({
      pk: 'WAITING#c#v1#ar',
      sk: `TO#${email}`,
      entity: 'waiting-alert',
      consultationId: 'c',
      version: 1,
    });
    const released = {
      pk: 'DELIVERY#c#v1',
      sk: 'TO#r@example.org',
      entity: 'delivery',
      consultationId: 'c',
      version: 1,
      subscriptionId: 'sub',
      status: 'pending',
      released: 'original',
    };
    const followUp = {
      pk: 'FOLLOW-UP#c',
      sk: 'TO#r@example.org',
      entity: 'delivery',
      kind: 'follow-up',
      consultationId: 'c',
      version: 1,
      status: 'sent',
    };
    const tally = { recipients: 1, sent: 1, waiting: 2, releasedInOriginal: 1, followUps: 1 };
    const base = [
      ...changed('DELIVERY#c#v1', 'TALLY', tally),
      waiting('w@example.org'),
      released,
      followUp,
      { pk: 'DELIVERY#c#v1', sk: 'FOLLOW-UPS', sent: 1 },
    ];
    expect(invariantViolations(base)).toEqual([]);
    expect(invariantViolations([...base, waiting('x@example.org')])).toEqual([
      'DELIVERY#c#v1: tally leaves 1 waiting, 2 waiting items exist',
    ]);
    expect(invariantViolations(base.filter((item) => item !== followUp))).toEqual([
      'DELIVERY#c#v1: tally says 1 follow-ups, 0 exist',
      "DELIVERY#c#v1: follow-ups' tally says sent 1, 0 follow-ups are",
    ]);
    const subscription = { pk: 'ORG#o', sk: 'SUB#s', entity: 'subscription', language: 'ar' };
    expect(
      invariantViolations([
        ...base,
        subscription,
        { pk: 'LANGUAGE-NEEDS', sk: 'SUBSCRIPTIONS', subscriptions_ar: 2 },
      ]),
    ).toEqual(['LANGUAGE-NEEDS: 2 subscriptions in ar, 1 active']);
  });

  it("finds an alert tally whose counts are not its deliveries' states", () => {
    expect(invariantViolations(changed('DELIVERY#c#v1', 'TALLY', { sent: 2 }))).toEqual([
      'DELIVERY#c#v1: tally says sent 2, 1 deliveries are',
    ]);
    expect(
      invariantViolations(
        changed('DELIVERY#c#v1', 'TO#x@example.org', { status: 'suppressed', failedCounted: true }),
      ),
    ).toEqual([
      'DELIVERY#c#v1: tally says sent 1, 0 deliveries are',
      'DELIVERY#c#v1: tally says failed 0, 1 deliveries are',
      'DELIVERY#c#v1: tally says suppressedAtSend 0, 1 deliveries are',
    ]);
  });

  it("finds a body's responsiveness figures that differ from its submissions", () => {
    expect(invariantViolations(changed('BODY#b', 'RESPONSIVENESS', { 'toAcknowledge#20': 2 }))).toEqual([
      'BODY#b: responsiveness figures differ from its submissions',
    ]);
    expect(
      invariantViolations(changed('SUBMISSION#s', 'PROFILE', { answeredAt: '2026-11-04T00:00:00.000Z' })),
    ).toEqual(['BODY#b: responsiveness figures differ from its submissions']);
  });

  it('finds an imported draft without its item, an item without its draft, and a dismissed draft that remains', () => {
    expect(invariantViolations(without('SOURCE#src', 'ITEM#i1'))).toEqual([
      'CONSULTATION#d: imported, but no item of its source',
    ]);
    expect(invariantViolations(without('CONSULTATION#d', 'PROFILE'))).toEqual([
      'SOURCE#src ITEM#i1: its draft is missing',
    ]);
    expect(invariantViolations(changed('SOURCE#src', 'ITEM#i1', { state: 'dismissed' }))).toEqual([
      'SOURCE#src ITEM#i1: dismissed, but its draft remains',
    ]);
  });

  it('finds membership changes missing from the audit log', () => {
    expect(invariantViolations(without('AUDIT#ORG#a', '2026-11-01#1'))).toEqual([
      'ORG#a: no approval on record',
    ]);
    expect(invariantViolations(changed('ORG#a', 'PROFILE', { status: 'resigned' }))).toEqual([
      'ORG#a: resigned, not on record',
    ]);
    const extraRepresentative = [
      ...changed('ORG#a', 'PROFILE', { representativeCount: 2 }),
      { pk: 'ORG#a', sk: 'REP#p2' },
    ];
    expect(invariantViolations(extraRepresentative)).toEqual([
      'ORG#a: 2 representatives, more than approved and added on record',
    ]);
    expect(invariantViolations(changed('ORG#a', 'PROFILE', { representativeCount: 3 }))).toEqual([
      'ORG#a: representativeCount 3, 1 representatives',
    ]);
  });
});
