import { pluralArguments } from '#shared/i18n/format.ts';

/**
 * Between ICU plurals (what the catalogues hold, chosen by CLDR's rules through `Intl.PluralRules`)
 * and gettext's (`msgstr[0..n-1]`, chosen by the PO header's `Plural-Forms` expression).
 */

/** CLDR's categories in its own order; explicit values (`=0`) come before them in an ICU plural. */
const cldrOrder = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * Plural-Forms as gettext's and translation tools' tables write them. A language's own is the first
 * whose forms are CLDR's categories one to one for whole numbers (checked, not assumed).
 */
const knownPluralForms = [
  'nplurals=2; plural=(n != 1);',
  'nplurals=2; plural=(n > 1);',
  'nplurals=1; plural=0;',
  'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);',
  'nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);',
  'nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;',
  'nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);',
];

/** Whole numbers the mapping is checked on: every rule above repeats within 0–999. */
const SAMPLES = 1000;

export interface PluralForms {
  /** The header's value, e.g. `nplurals=2; plural=(n != 1);`. */
  header: string;
  /** The CLDR category of each gettext form, by index. */
  categories: string[];
}

/** A gettext plural expression as a function; only `n`, numbers and C's operators are let through. */
function evaluator(expression: string): (n: number) => number {
  if (!/^[n\d\s()?:|&=!<>%+\-*/]+$/.test(expression))
    throw new Error(`not a plural expression: ${expression}`);
  const run = new Function('n', `return Number(${expression});`) as (n: number) => number;
  return (n) => run(n);
}

const rules = new Map<string, Intl.PluralRules>();
/** A language's CLDR plural rules (built once: building them costs far more than using them). */
export const rulesOf = (language: string): Intl.PluralRules => {
  if (!rules.has(language)) rules.set(language, new Intl.PluralRules(language));
  return rules.get(language) as Intl.PluralRules;
};

const hasRules = (language: string) => Intl.PluralRules.supportedLocalesOf([language]).length > 0;

/**
 * The forms a `Plural-Forms` value gives in a language, each as CLDR's category; throws, saying
 * why, if they are not CLDR's categories for whole numbers one to one (then the ICU message rebuilt
 * from them would not choose what the translator wrote).
 */
export function pluralFormsOf(language: string, header: string): PluralForms {
  const found = /nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*([^;]+);?/.exec(header);
  if (!found) throw new Error(`Plural-Forms "${header}" is not "nplurals=N; plural=EXPRESSION;"`);
  const count = Number(found[1]);
  const plural = evaluator(found[2] ?? '');
  const byIndex: Set<string>[] = Array.from({ length: count }, () => new Set());
  for (let n = 0; n < SAMPLES; n++) {
    const index = plural(n);
    const forms = byIndex[index];
    if (!forms) throw new Error(`Plural-Forms gives form ${index} for ${n}, but nplurals is ${count}`);
    forms.add(rulesOf(language).select(n));
  }
  const categories = byIndex.map((forms, index) => {
    if (forms.size !== 1)
      throw new Error(
        `Plural-Forms form ${index} covers ${forms.size ? [...forms].join(' and ') : 'no number'} in CLDR's rules for ${language}`,
      );
    return [...forms][0] as string;
  });
  if (new Set(categories).size !== categories.length)
    throw new Error(`Plural-Forms gives two forms for one of CLDR's categories for ${language}`);
  return { header: found[0].trim(), categories };
}

/** A language's Plural-Forms from the tables above, checked against CLDR's rules for it. */
export function pluralFormsFor(language: string): PluralForms {
  if (!hasRules(language)) throw new Error(`CLDR (Intl.PluralRules) has no plural rules for ${language}`);
  for (const header of knownPluralForms) {
    try {
      return pluralFormsOf(language, header);
    } catch {}
  }
  throw new Error(`none of the known Plural-Forms fits CLDR's rules for ${language}: write it in the header`);
}

/**
 * Categories no whole number reaches (Russian and Ukrainian `other`, for fractions) have no gettext
 * form; they take the `few` form (the genitive singular those languages use for fractions), else
 * the last.
 */
function formFor(category: string, forms: PluralForms): number {
  const index = forms.categories.indexOf(category);
  if (index >= 0) return index;
  const few = forms.categories.indexOf('few');
  return few >= 0 ? few : forms.categories.length - 1;
}

/** A message's gettext forms: the whole message once per form, and once per explicit value. */
export interface Expansion {
  forms: string[];
  explicit: string[];
}

/**
 * A message as gettext's forms: each plural argument named `count` replaced by the form the
 * category chooses, `#` written as `{count}`; an explicit value (`=0`) as `formatMessage` chooses.
 */
export function expand(
  language: string,
  message: string,
  count: string,
  forms: PluralForms,
  explicitValues: number[],
): Expansion {
  const choose = (pick: (available: Record<string, string>) => string | undefined) => {
    let text = message;
    for (const argument of pluralArguments(message).reverse()) {
      if (argument.name !== count) continue;
      const chosen = (pick(argument.forms) ?? argument.forms.other ?? '').replaceAll('#', `{${count}}`);
      text = text.slice(0, argument.start) + chosen + text.slice(argument.end);
    }
    return text;
  };
  return {
    forms: forms.categories.map((category) => choose((available) => available[category])),
    explicit: explicitValues.map((value) =>
      choose((available) => available[`=${value}`] ?? available[rulesOf(language).select(value)]),
    ),
  };
}

/** A placeholder (`{name}`) or a nested `{…}` is one token; anything else one character. */
function tokens(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; ) {
    if (text[i] === '{') {
      let depth = 0;
      let j = i;
      for (; j < text.length; j++) {
        if (text[j] === '{') depth++;
        if (text[j] === '}' && --depth === 0) break;
      }
      found.push(text.slice(i, j + 1));
      i = j + 1;
    } else {
      const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
      found.push(char);
      i += char.length;
    }
  }
  return found;
}

const isWordPart = (token: string | undefined) => token !== undefined && /^[\p{L}\p{N}\p{M}]$/u.test(token);

/** How many tokens all the lists share at their start, not splitting a word. */
function sharedStart(lists: string[][]): number {
  const [first = [], ...rest] = lists;
  let shared = 0;
  while (shared < first.length && rest.every((list) => list[shared] === first[shared])) shared++;
  const shortest = Math.min(...lists.map((list) => list.length));
  shared = Math.min(shared, shortest);
  while (shared > 0 && lists.some((list) => isWordPart(list[shared - 1]) && isWordPart(list[shared])))
    shared--;
  return shared;
}

/**
 * The ICU message whose gettext forms are the given ones: the text all forms share stays outside
 * the plural, what differs becomes its forms (`{count}` written `#`). All forms equal give the text
 * itself. Throws if the forms cannot be one plural argument (a form holding a `#` of its own).
 */
export function rebuild(
  language: string,
  count: string,
  forms: PluralForms,
  given: Expansion,
  explicitValues: number[],
): string {
  const categoryText = (category: string) => given.forms[formFor(category, forms)] ?? '';
  // An explicit value whose text is what its category gives anyway needs no form of its own.
  const explicit = explicitValues
    .map((value, i) => ({ value, text: given.explicit[i] ?? '' }))
    .filter(({ value, text }) => text !== categoryText(rulesOf(language).select(value)));
  const all = [...given.forms, ...explicit.map((e) => e.text)];
  if (all.every((text) => text === all[0]) && !explicit.length) return all[0] ?? '';
  const lists = all.map(tokens);
  const start = sharedStart(lists);
  const end = sharedStart(lists.map((list) => list.slice(start).reverse()));
  const first = lists[0] ?? [];
  const prefix = first.slice(0, start).join('');
  const suffix = first.slice(first.length - end).join('');
  const middle = (text: string) => {
    const list = tokens(text);
    const part = list.slice(start, list.length - end);
    if (part.includes('#'))
      throw new Error('a plural form holds a "#" of its own, which ICU reads as the number');
    return part.map((token) => (token === `{${count}}` ? '#' : token)).join('');
  };
  const categories = rulesOf(language).resolvedOptions().pluralCategories;
  const ordered = cldrOrder.filter((category) => categories.includes(category as Intl.LDMLPluralRule));
  const parts = [
    ...explicit.map(({ value, text }) => `=${value} {${middle(text)}}`),
    ...ordered.map((category) => `${category} {${middle(categoryText(category))}}`),
  ];
  const message = `${prefix}{${count}, plural, ${parts.join(' ')}}${suffix}`;
  const check = expand(language, message, count, forms, explicitValues);
  if (JSON.stringify(check) !== JSON.stringify(given))
    throw new Error('the forms cannot be written as one plural argument');
  return message;
}
