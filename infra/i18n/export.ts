import { parseArgs } from 'node:util';
import { exportCatalogues, poFolder, root } from './round-trip.ts';

/** `npm run i18n:export [-- --add <code>] [-- --force]`: the catalogues as PO files in .build/i18n/. */
const { values } = parseArgs({ options: { add: { type: 'string' }, force: { type: 'boolean' } } });
const dir = poFolder(root);
const { written, kept } = exportCatalogues(root, dir, values);
console.log(`Wrote ${written.join(', ')} in ${dir}.`);
for (const file of kept)
  console.log(
    `Kept ${file}: it holds changes not imported yet (npm run i18n:import, or --force to overwrite).`,
  );
