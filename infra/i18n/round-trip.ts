import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Changes, catalogued, readCatalogues, writeChanges } from './catalogues.ts';
import { buildPo, PoProblems, parsePo, planImport, TEMPLATE } from './po.ts';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where `npm run i18n:export` writes and `npm run i18n:import` reads (git ignores .build/). */
export const poFolder = (root: string) => join(root, '.build', 'i18n');

const noChanges = (): Changes => ({
  texts: new Map(),
  reviewed: new Map(),
  unreviewed: new Map(),
  added: [],
});
const isEmpty = (changes: Changes) =>
  !changes.texts.size && !changes.reviewed.size && !changes.unreviewed.size && !changes.added.length;

/**
 * Writes the template and a PO file per language (the eight, those added, and `add` if given).
 * A file holding what an import would still change is kept, unless `force`: export never throws a
 * translator's work away.
 */
export function exportCatalogues(root: string, dir: string, options: { add?: string; force?: boolean } = {}) {
  const catalogues = readCatalogues(root);
  mkdirSync(dir, { recursive: true });
  const codes = [...catalogued, ...catalogues.added.map((l) => l.code)];
  if (options.add && !codes.includes(options.add)) codes.push(options.add);
  const kept: string[] = [];
  const written: string[] = [TEMPLATE];
  writeFileSync(join(dir, TEMPLATE), buildPo(catalogues));
  for (const code of codes) {
    const file = join(dir, `${code}.po`);
    const text = buildPo(catalogues, code);
    if (existsSync(file) && !options.force) {
      const before = readFileSync(file, 'utf8');
      if (before === text) continue;
      const changes = noChanges();
      const problems = planImport(catalogues, parsePo(file, before), code, changes);
      if (problems.length || !isEmpty(changes)) {
        kept.push(file);
        continue;
      }
    }
    writeFileSync(file, text);
    written.push(`${code}.po`);
  }
  return { written, kept };
}

/** Reads every PO file of the folder into the catalogues; throws `PoProblems` (and writes nothing) if any is wrong. */
export function importCatalogues(root: string, dir: string) {
  const catalogues = readCatalogues(root);
  const changes = noChanges();
  const problems: string[] = [];
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.po'))
    .sort();
  for (const name of files) {
    const file = join(dir, name);
    try {
      problems.push(
        ...planImport(catalogues, parsePo(file, readFileSync(file, 'utf8')), name.slice(0, -3), changes),
      );
    } catch (error) {
      if (error instanceof PoProblems) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length) throw new PoProblems(problems);
  writeChanges(catalogues, changes);
  return { files, changes };
}
