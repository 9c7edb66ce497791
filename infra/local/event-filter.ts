import type { FilterPattern } from '#functions/catalog.ts';

type Matcher = unknown;

function matchesValue(matcher: Matcher, value: unknown, present: boolean): boolean {
  if (matcher !== null && typeof matcher === 'object') {
    const rule = matcher as Record<string, unknown>;
    if ('exists' in rule) return rule.exists === present;
    if (!present) return false;
    if ('prefix' in rule) return typeof value === 'string' && value.startsWith(String(rule.prefix));
    if ('suffix' in rule) return typeof value === 'string' && value.endsWith(String(rule.suffix));
    if ('anything-but' in rule) {
      const excluded = Array.isArray(rule['anything-but']) ? rule['anything-but'] : [rule['anything-but']];
      return !excluded.includes(value);
    }
    throw new Error(`Unsupported filter rule: ${JSON.stringify(rule)}`);
  }
  return present && matcher === value;
}

/**
 * Lambda event filtering as the local stream pollers apply it: every field named in the pattern
 * must match; an array lists the values (or rules such as `prefix`, `exists`) any of which may match.
 */
export function matchesPattern(pattern: FilterPattern, event: unknown): boolean {
  const record = (event ?? {}) as Record<string, unknown>;
  return Object.entries(pattern).every(([field, expected]) => {
    const present = Object.hasOwn(record, field);
    const value = record[field];
    if (Array.isArray(expected)) {
      const candidates = Array.isArray(value) ? value : [value];
      return expected.some((matcher) =>
        candidates.some((candidate) => matchesValue(matcher, candidate, present)),
      );
    }
    return (
      present &&
      typeof value === 'object' &&
      value !== null &&
      matchesPattern(expected as FilterPattern, value)
    );
  });
}

export const matchesAny = (patterns: FilterPattern[], event: unknown) =>
  patterns.length === 0 || patterns.some((pattern) => matchesPattern(pattern, event));
