import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';

type Def = Record<string, unknown> & { type: string };
const defOf = (schema: $ZodType) => schema._zod.def as unknown as Def;

/**
 * The schema a stored item is read with, made from the entity's own: the same shape (fields,
 * nesting, defaults, the enums the code branches on) without the rules an older write may not have
 * met, since rules tighten over time: no lengths, formats, ranges or refinements. A list of enum
 * values keeps the values still known and drops the rest, so a narrowed list of topics reads too.
 */
export function stored<T extends z.ZodMiniType>(schema: T): z.ZodMiniType<z.output<T>> {
  return relax(schema) as z.ZodMiniType<z.output<T>>;
}

function relax(schema: $ZodType): z.ZodMiniType {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return z.string();
    case 'number':
      return z.number();
    case 'object': {
      const shape = Object.fromEntries(
        Object.entries(def.shape as Record<string, $ZodType>).map(([key, field]) => [key, relax(field)]),
      );
      return def.catchall ? z.looseObject(shape) : z.object(shape);
    }
    case 'array': {
      const element = def.element as $ZodType;
      const elementDef = defOf(element);
      if (elementDef.type !== 'enum') return z.array(relax(element));
      const known = new Set(Object.values(elementDef.entries as Record<string, string>));
      // Piped on into the enum's array, so the output (what an API answer holds) is documented as it.
      return z.pipe(
        z.pipe(
          z.array(z.string()),
          z.transform((values) => values.filter((value) => known.has(value))),
        ),
        z.array(element as z.ZodMiniType<string, string>),
      );
    }
    case 'optional':
      return z.optional(relax(def.innerType as $ZodType));
    case 'nullable':
      return z.nullable(relax(def.innerType as $ZodType));
    case 'default':
      return z._default(relax(def.innerType as $ZodType), def.defaultValue as never);
    // What was stored is a pipe's output (a date already normalized): read it as its input was.
    case 'pipe': {
      const out = def.out as $ZodType;
      return relax(defOf(out).type === 'transform' ? (def.in as $ZodType) : out);
    }
    case 'union':
      return z.union((def.options as $ZodType[]).map(relax));
    case 'record':
      return def.partial
        ? z.partialRecord(def.keyType as never, relax(def.valueType as $ZodType))
        : z.record(def.keyType as never, relax(def.valueType as $ZodType));
    default:
      return schema as z.ZodMiniType;
  }
}
