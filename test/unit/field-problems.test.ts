import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { fieldProblems } from '#shared/api/field-problems.ts';
import { applicationInput } from '#shared/membership/application.ts';
import { subscriptionInput } from '#shared/subscriptions/subscription.ts';
import { httpUrl, isoDateTime, text } from '#shared/text.ts';
import { topics } from '#shared/topics.ts';

const problemsOf = (schema: z.ZodMiniType, input: unknown, prefix = '') => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return fieldProblems(result.error, input, prefix).map(({ field, code, params }) => ({
    field,
    code,
    params,
  }));
};

describe('field problems from a schema', () => {
  const form = z.strictObject({
    name: text(5),
    email: z.email(),
    site: httpUrl,
    at: isoDateTime,
    on: z.iso.date(),
    kind: z.enum(['a', 'b']),
    tags: z.array(z.string()).check(z.minLength(1), z.maxLength(2)),
    count: z.int().check(z.gte(1), z.lte(9)),
  });
  const valid = {
    name: 'Aino',
    email: 'a@example.fi',
    site: 'https://example.fi',
    at: '2027-01-15T10:00:00+02:00',
    on: '2027-01-15',
    kind: 'a',
    tags: ['x'],
    count: 3,
  };

  it('names what is missing, too long, too many or out of range, with the limit', () => {
    const { name: _, ...withoutName } = valid;
    expect(problemsOf(form, withoutName)).toEqual([{ field: 'name', code: 'required', params: undefined }]);
    expect(problemsOf(form, { ...valid, name: '   ' })[0]?.code).toBe('required');
    expect(problemsOf(form, { ...valid, name: 'Ainoliina' })).toEqual([
      { field: 'name', code: 'tooLong', params: { max: 5 } },
    ]);
    expect(problemsOf(form, { ...valid, tags: [] })[0]).toEqual({
      field: 'tags',
      code: 'tooFew',
      params: { min: 1 },
    });
    expect(problemsOf(form, { ...valid, tags: ['x', 'y', 'z'] })[0]?.params).toEqual({ max: 2 });
    expect(problemsOf(form, { ...valid, count: 0 })[0]).toMatchObject({
      code: 'tooSmall',
      params: { min: 1 },
    });
    expect(problemsOf(form, { ...valid, count: 10 })[0]).toMatchObject({
      code: 'tooLarge',
      params: { max: 9 },
    });
  });

  it('names the format expected: email, link, date, date and time, one of the options', () => {
    expect(problemsOf(form, { ...valid, email: 'no' })[0]?.code).toBe('email');
    expect(problemsOf(form, { ...valid, site: 'ftp://example.fi' })[0]?.code).toBe('url');
    expect(problemsOf(form, { ...valid, on: '15.1.2027' })[0]?.code).toBe('date');
    expect(problemsOf(form, { ...valid, at: 'tomorrow' })[0]?.code).toBe('dateTime');
    expect(problemsOf(form, { ...valid, kind: 'c' })[0]?.code).toBe('choice');
    expect(problemsOf(form, { ...valid, count: 'three' })[0]?.code).toBe('format');
    expect(problemsOf(form, { ...valid, extra: 1 })[0]?.code).toBe('unknownField');
    expect(problemsOf(form, { ...valid, at: '9999-12-31T23:59:59-23:59' })[0]?.code).toBe('dateTime');
    expect(problemsOf(form, { ...valid, name: 'a\uD800b' })[0]?.code).toBe('format');
    expect(form.safeParse({ ...valid, name: 'a😀b' }).success).toBe(true);
  });

  it("takes the code and numbers of the schema's own rules", () => {
    expect(problemsOf(form, { ...valid, name: '<b>' })[0]?.code).toBe('noHtml');
    const subscription = { bodies: [], municipalities: [], topics: [], language: 'fi', frequency: 'weekly' };
    expect(problemsOf(subscriptionInput, subscription)).toContainEqual({
      field: 'bodies',
      code: 'placeNeeded',
      params: undefined,
    });
    const tooMany = {
      ...subscription,
      municipalities: Array.from({ length: 10 }, (_, i) => `M${i}`),
      topics,
    };
    const combinations = problemsOf(subscriptionInput, tooMany).find((p) => p.code === 'tooManyCombinations');
    expect(combinations?.params?.max).toBeGreaterThan(0);
    expect(
      problemsOf(z.pick(applicationInput, { businessId: true }), { businessId: '1234567-8' }, 'body'),
    ).toEqual([{ field: 'body.businessId', code: 'businessId', params: undefined }]);
  });
});
