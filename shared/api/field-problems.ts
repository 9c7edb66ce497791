import type * as z from 'zod/mini';
import { type FieldProblem, type FieldProblemCode, fieldProblemCodes } from '#shared/errors.ts';

type Issue = z.core.$ZodIssue;

const valueAt = (input: unknown, path: PropertyKey[]) =>
  path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    input,
  );

const isCode = (value: unknown): value is FieldProblemCode =>
  typeof value === 'string' && (fieldProblemCodes as readonly string[]).includes(value);

const formats: Partial<Record<string, FieldProblemCode>> = {
  email: 'email',
  url: 'url',
  date: 'date',
  datetime: 'dateTime',
};

/** What the issue says, as a code and its numbers; the schema's own refinements name their code in `params`. */
function describe(issue: Issue, input: unknown): Pick<FieldProblem, 'code' | 'params'> {
  switch (issue.code) {
    case 'invalid_type':
      return { code: valueAt(input, issue.path) === undefined ? 'required' : 'format' };
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return min <= 1 ? { code: 'required' } : { code: 'tooShort', params: { min } };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'tooFew', params: { min } };
      return { code: 'tooSmall', params: { min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { code: 'tooLong', params: { max } };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'tooMany', params: { max } };
      return { code: 'tooLarge', params: { max } };
    }
    case 'invalid_format':
      return { code: formats[issue.format] ?? 'format' };
    case 'invalid_value':
      return { code: 'choice' };
    case 'unrecognized_keys':
      return { code: 'unknownField' };
    case 'custom': {
      const { code, ...params } = issue.params ?? {};
      if (!isCode(code)) return { code: 'format' };
      const numbers = Object.entries(params).filter(
        (entry): entry is [string, number] => typeof entry[1] === 'number',
      );
      return numbers.length > 0 ? { code, params: Object.fromEntries(numbers) } : { code };
    }
    default:
      return { code: 'format' };
  }
}

/** A schema's issues as field problems: the path from `prefix`, the English message, and a code. */
export function fieldProblems(error: z.core.$ZodError, input: unknown, prefix: string): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || prefix || 'body',
    message: issue.message,
    ...describe(issue, input),
  }));
}
