import { isPreset, type PresetKind, type SourceKind } from '../kinds.ts';
import { firstDistinct, type MAX_ITEMS, readItems, UnreadableSource } from '../read-items.ts';
import type { SourceItem } from '../source.ts';
import { readAhjo } from './ahjo.ts';
import { readDynasty } from './dynasty.ts';
import { readKerrokantasi } from './kerrokantasi.ts';
import { readKuntalaisaloite } from './kuntalaisaloite.ts';
import { readLausuntopalvelu } from './lausuntopalvelu.ts';
import type { PresetReader, ReadContext } from './reader.ts';

const presetReaders: Record<PresetKind, PresetReader> = {
  dynasty: readDynasty,
  ahjo: readAhjo,
  kerrokantasi: readKerrokantasi,
  lausuntopalvelu: readLausuntopalvelu,
  kuntalaisaloite: readKuntalaisaloite,
};

/** Documents one poll may fetch beyond the first: pages of 50 up to {@link MAX_ITEMS}, or language versions. */
const MAX_MORE_DOCUMENTS = 5;

/** The items of a source, read by its kind's reader: the first {@link MAX_ITEMS}, one per id. */
export async function readSourceItems(
  kind: SourceKind,
  document: string,
  context: ReadContext,
): Promise<SourceItem[]> {
  let fetched = 0;
  const limited: ReadContext = {
    ...context,
    fetchMore: async (url) => {
      fetched += 1;
      if (fetched > MAX_MORE_DOCUMENTS) {
        throw new UnreadableSource(
          'too_many_documents',
          `The source needs more than ${MAX_MORE_DOCUMENTS + 1} documents for one read.`,
          { limit: MAX_MORE_DOCUMENTS + 1 },
        );
      }
      return context.fetchMore(url);
    },
  };
  return isPreset(kind)
    ? firstDistinct(await presetReaders[kind](document, limited))
    : readItems(kind, document, context.mapping);
}
