import { UnreadableSource } from '../read-items.ts';
import type { PresetReader } from './reader.ts';

export const readAhjo: PresetReader = async () => {
  throw new UnreadableSource('not_built', 'This preset is being built.');
};
