import * as z from 'zod/mini';
import { stored } from '#shared/store/stored-schema.ts';
import { activity } from './activity.ts';

/** What a filter index item carries (`trayIndexSummary` in `tray-keys.ts`), as the public list shows it. */
export const trayEntry = z.pick(activity, {
  id: true,
  organisationId: true,
  unitId: true,
  texts: true,
  category: true,
  level: true,
  areas: true,
  languages: true,
  targetGroups: true,
  topics: true,
  schedule: true,
  place: true,
  cost: true,
  status: true,
});
export type TrayEntry = z.output<typeof trayEntry>;
export const storedTrayEntry = stored(trayEntry);
