import { translatorsRoutes as routes } from '#shared/api/routes/translators.ts';
import { store } from '#shared/store/client.ts';
import { countAgainstLimit } from '#shared/store/rate-limit.ts';
import {
  changeTranslatorLanguages,
  grantTranslator,
  revokeTranslator,
} from '#shared/translations/grant-translator.ts';
import { translatorsPage, translatorsPerLanguage } from '#shared/translations/read-translators.ts';
import { giveUpTranslatorRole, takeTranslatorRole } from '#shared/translations/take-translator-role.ts';
import { httpFunction } from '../lib/http.ts';

/**
 * Translators a coordinator grants the role to in a day, each mailed an invitation: room for a
 * course's whole group, and a stop to a session mailing strangers in bulk.
 */
export const TRANSLATOR_GRANTS_PER_COORDINATOR_PER_DAY = 100;
const DAY = 86_400;

const view = <T extends { version: number }>({ version: _version, ...rest }: T) => rest;

export const handler = httpFunction(routes, {
  listTranslators: async ({ query }) => translatorsPage(store(), query.cursor),
  translatorLanguages: async () => ({ languages: await translatorsPerLanguage(store()) }),
  grantTranslator: async ({ body, caller, now }) => {
    await countAgainstLimit(
      store(),
      `translator-grants-by#${caller.personId}`,
      TRANSLATOR_GRANTS_PER_COORDINATOR_PER_DAY,
      DAY,
      now,
    );
    return grantTranslator(store(), caller, body, now);
  },
  changeTranslator: async ({ params, body, caller, now }) =>
    view(await changeTranslatorLanguages(store(), caller, params.personId, body, now)),
  revokeTranslator: async ({ params, caller, now }) => {
    await revokeTranslator(store(), caller, params.personId, now);
    return undefined;
  },
  takeTranslatorRole: async ({ body, caller, now }) =>
    view(await takeTranslatorRole(store(), caller, body, now)),
  giveUpTranslatorRole: async ({ caller, now }) => {
    await giveUpTranslatorRole(store(), caller, now);
    return undefined;
  },
});
