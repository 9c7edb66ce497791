import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { cataloguedLanguages } from '#shared/i18n/languages.ts';

/**
 * The interface's catalogues as files, under any copy of the repository: the eight typed ones
 * (shared/i18n/catalogue/, mail/, common/), read from their source so that one message can be
 * rewritten in place and nothing else moves, and the languages added from PO files (JSON data).
 */

/** Where a message lives: `web:<key>`, `common:<key>`, `mail:<group>:<key>`. */
export type Context = string;

export const catalogued: string[] = cataloguedLanguages.map((l) => l.code);
/** The team writes Finnish (the source) and English itself: their messages count as reviewed. */
export const teamLanguages = ['fi', 'en'];

export interface AddedLanguage {
  code: string;
  name: string;
  dir: 'ltr' | 'rtl';
}

/** A message's string literal in a catalogue file, for rewriting it. */
interface Written {
  file: string;
  /** From the end of the property's name to the end of its value. */
  start: number;
  end: number;
  column: number;
  name: string;
}

export interface Catalogues {
  root: string;
  /** Every message, in the Finnish source's order, with its key. */
  contexts: Map<Context, string>;
  /** Each language's messages by context (an added language's: those it has). */
  texts: Map<string, Map<Context, string>>;
  written: Map<string, Map<Context, Written>>;
  added: AddedLanguage[];
  /** Per language, each reviewed message's hash of the text that was reviewed. */
  reviewed: Map<string, Record<Context, string>>;
}

const i18n = (root: string, ...parts: string[]) => join(root, 'shared', 'i18n', ...parts);
export const registryFile = (root: string) => i18n(root, 'added', 'languages.json');
const webFile = (root: string, code: string) => i18n(root, 'added', `${code}.json`);
const mailFile = (root: string) => i18n(root, 'mail', 'added.json');
const reviewedFile = (root: string, code: string) => i18n(root, 'reviewed', `${code}.json`);

const readJson = <T>(file: string, empty: T): T =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : empty;
const writeJson = (file: string, value: unknown) => {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
};

/** A short hash of a message's text: a review counts only for the text that was reviewed. */
export const textHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

const objectOf = (node: ts.Expression | undefined): ts.ObjectLiteralExpression | undefined => {
  while (node && (ts.isAsExpression(node) || ts.isSatisfiesExpression(node))) node = node.expression;
  return node && ts.isObjectLiteralExpression(node) ? node : undefined;
};

/** Each exported object of a catalogue file with its messages (spreads, such as `...common`, left out). */
function readObjects(file: string): Map<string, Map<string, { text: string; written: Written }>> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const objects = new Map<string, Map<string, { text: string; written: Written }>>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const object = objectOf(declaration.initializer);
      if (!object || !ts.isIdentifier(declaration.name)) continue;
      const messages = new Map<string, { text: string; written: Written }>();
      for (const property of object.properties) {
        if (ts.isSpreadAssignment(property)) continue;
        const value = ts.isPropertyAssignment(property) ? property.initializer : undefined;
        if (
          !value ||
          !(ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) ||
          !(ts.isStringLiteral(property.name) || ts.isIdentifier(property.name))
        )
          throw new Error(`${file}: ${property.getText(source)} is not a message written as a string`);
        messages.set(property.name.text, {
          text: value.text,
          written: {
            file,
            start: property.name.end,
            end: value.end,
            column: source.getLineAndCharacterOfPosition(property.getStart(source)).character,
            name: property.name.getText(source),
          },
        });
      }
      objects.set(declaration.name.text, messages);
    }
  }
  return objects;
}

/** The files of one of the eight languages, each object's messages under its context. */
function readCatalogued(root: string, code: string) {
  const found = new Map<Context, { text: string; written: Written }>();
  const add = (prefix: string, messages: Map<string, { text: string; written: Written }> | undefined) => {
    for (const [key, message] of messages ?? []) found.set(`${prefix}${key}`, message);
  };
  add('common:', readObjects(i18n(root, 'common', `${code}.ts`)).get(code));
  add('web:', readObjects(i18n(root, 'catalogue', `${code}.ts`)).get(code));
  for (const [group, messages] of readObjects(i18n(root, 'mail', `${code}.ts`)))
    add(`mail:${group}:`, messages);
  return found;
}

export function readCatalogues(root: string): Catalogues {
  const texts = new Map<string, Map<Context, string>>();
  const written = new Map<string, Map<Context, Written>>();
  for (const code of catalogued) {
    const found = readCatalogued(root, code);
    texts.set(code, new Map([...found].map(([context, { text }]) => [context, text])));
    written.set(code, new Map([...found].map(([context, message]) => [context, message.written])));
  }
  const contexts = new Map([...(texts.get('fi') ?? [])].map(([context]) => [context, keyOf(context)]));
  const byKey = new Map([...contexts].map(([context, key]) => [key, context]));
  const added = readJson<AddedLanguage[]>(registryFile(root), []);
  const mail = readJson<Record<string, Record<string, string>>>(mailFile(root), {});
  for (const { code } of added) {
    const messages = { ...readJson<Record<string, string>>(webFile(root, code), {}), ...mail[code] };
    texts.set(
      code,
      new Map(
        [...contexts]
          .filter(([, key]) => messages[key] !== undefined)
          .map(([context, key]) => [context, messages[key] as string]),
      ),
    );
    for (const key of Object.keys(messages))
      if (!byKey.has(key))
        throw new Error(`${code}: the data holds ${key}, which the Finnish source has not`);
  }
  const reviewed = new Map(
    [...catalogued, ...added.map((l) => l.code)]
      .filter((code) => !teamLanguages.includes(code))
      .map((code) => [code, readJson<Record<Context, string>>(reviewedFile(root, code), {})]),
  );
  return { root, contexts, texts, written, added, reviewed };
}

export const keyOf = (context: Context) => context.slice(context.lastIndexOf(':') + 1);

/** Whether a native speaker reviewed the message's current text (the team's own languages always). */
export const isReviewed = (catalogues: Catalogues, code: string, context: Context) =>
  teamLanguages.includes(code) ||
  catalogues.reviewed.get(code)?.[context] === textHash(catalogues.texts.get(code)?.get(context) ?? '');

const LINE_WIDTH = 110;

/** A string as Biome writes it: single quotes unless the text holds more of them than double ones. */
function literal(text: string): string {
  const quote = (text.match(/'/g)?.length ?? 0) > (text.match(/"/g)?.length ?? 0) ? '"' : "'";
  const escaped = text
    .replaceAll('\\', '\\\\')
    .replaceAll(quote, `\\${quote}`)
    .replaceAll('\n', '\\n')
    .replaceAll('\r', '\\r')
    .replaceAll('\t', '\\t');
  return `${quote}${escaped}${quote}`;
}

/** A line's width as Biome measures it: combining marks (Arabic's harakat, say) take no room. */
const width = (line: string) => line.replace(/[\p{Mn}\p{Me}\p{Cf}]/gu, '').length;

/** A property's value as Biome lays it out: on the name's line if it fits, else on the next. */
export function layout(written: Written, text: string): string {
  const value = literal(text);
  const line = `${' '.repeat(written.column)}${written.name}: ${value},`;
  return width(line) <= LINE_WIDTH ? `: ${value}` : `:\n${' '.repeat(written.column + 2)}${value}`;
}

/** What an import changes: messages of the eight in place, an added language's data, reviews. */
export interface Changes {
  texts: Map<string, Map<Context, string>>;
  reviewed: Map<string, Set<Context>>;
  /** Reviewed no more (fuzzy again, or emptied). */
  unreviewed: Map<string, Set<Context>>;
  added: AddedLanguage[];
}

export function writeChanges(catalogues: Catalogues, changes: Changes): string[] {
  const { root } = catalogues;
  const touched = new Set<string>();
  const edits = new Map<string, { start: number; end: number; text: string }[]>();
  for (const [code, texts] of changes.texts) {
    if (!catalogued.includes(code)) continue;
    for (const [context, text] of texts) {
      const written = catalogues.written.get(code)?.get(context);
      if (!written) throw new Error(`${code}: ${context} is not written in the ${code} catalogue files`);
      edits.set(written.file, [
        ...(edits.get(written.file) ?? []),
        { start: written.start, end: written.end, text: layout(written, text) },
      ]);
    }
  }
  for (const [file, list] of edits) {
    let source = readFileSync(file, 'utf8');
    for (const edit of list.sort((a, b) => b.start - a.start))
      source = source.slice(0, edit.start) + edit.text + source.slice(edit.end);
    writeFileSync(file, source);
    touched.add(file);
  }
  const registry = [...catalogues.added];
  for (const language of changes.added) {
    const at = registry.findIndex((l) => l.code === language.code);
    if (at >= 0) registry[at] = language;
    else registry.push(language);
  }
  const isCommon = (context: Context) => context.startsWith('common:');
  if (registry.length) {
    const mail = readJson<Record<string, Record<string, string>>>(mailFile(root), {});
    for (const { code } of registry) {
      const texts = new Map([...(catalogues.texts.get(code) ?? []), ...(changes.texts.get(code) ?? [])]);
      const inSourceOrder = (keep: (context: Context) => boolean) =>
        Object.fromEntries(
          [...catalogues.contexts]
            .filter(([context]) => keep(context) && texts.get(context))
            .map(([context, key]) => [key, texts.get(context) ?? '']),
        );
      writeJson(
        webFile(root, code),
        inSourceOrder((c) => c.startsWith('web:') || isCommon(c)),
      );
      mail[code] = inSourceOrder((c) => c.startsWith('mail:') || isCommon(c));
    }
    writeJson(mailFile(root), mail);
    writeJson(registryFile(root), registry);
  }
  for (const code of new Set([...changes.reviewed.keys(), ...changes.unreviewed.keys()])) {
    if (teamLanguages.includes(code)) continue;
    const current = { ...catalogues.reviewed.get(code) };
    const text = (context: Context) =>
      changes.texts.get(code)?.get(context) ?? catalogues.texts.get(code)?.get(context) ?? '';
    for (const context of changes.unreviewed.get(code) ?? []) delete current[context];
    for (const context of changes.reviewed.get(code) ?? []) current[context] = textHash(text(context));
    const ordered = Object.fromEntries(
      [...catalogues.contexts.keys()].filter((c) => current[c]).map((c) => [c, current[c]]),
    );
    writeJson(reviewedFile(root, code), ordered);
  }
  return [...touched];
}
