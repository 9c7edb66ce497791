import { PoProblems } from './po.ts';
import { importCatalogues, poFolder, root } from './round-trip.ts';

/** `npm run i18n:import`: the PO files of .build/i18n/ back into the catalogues, or every problem they have. */
try {
  const { files, changes } = importCatalogues(root, poFolder(root));
  const count = [...changes.texts.values()].reduce((sum, texts) => sum + texts.size, 0);
  const reviews = [...changes.reviewed.values()].reduce((sum, set) => sum + set.size, 0);
  console.log(
    `Read ${files.join(', ')}: ${count} messages changed, ${reviews} newly reviewed` +
      (changes.added.length
        ? `, languages added or renamed: ${changes.added.map((l) => l.code).join(', ')}`
        : '') +
      '.',
  );
} catch (error) {
  if (!(error instanceof PoProblems)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
