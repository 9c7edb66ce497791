import { translationRequestsRoutes as routes } from '#shared/api/routes/translation-requests.ts';
import { store } from '#shared/store/client.ts';
import { askStatementTranslations } from '#shared/translations/ask-translations.ts';
import { claimRequest, releaseRequest } from '#shared/translations/claim-request.ts';
import { listWorkRequests } from '#shared/translations/list-requests.ts';
import { readRequest } from '#shared/translations/read-request.ts';
import { reviewTranslation } from '#shared/translations/review-translation.ts';
import { saveDraft } from '#shared/translations/save-draft.ts';
import { submitTranslation } from '#shared/translations/submit-translation.ts';
import { httpFunction } from '../lib/http.ts';

export const handler = httpFunction(routes, {
  listTranslationRequests: async ({ query, caller }) => listWorkRequests(store(), caller, query),
  getTranslationRequest: async ({ params, caller }) => readRequest(store(), caller, params),
  claimTranslationRequest: async ({ params, body, caller, now }) =>
    claimRequest(store(), caller, params, body, now),
  releaseTranslationRequest: async ({ params, body, caller, now }) =>
    releaseRequest(store(), caller, params, body, now),
  saveTranslationDraft: async ({ params, body, caller, now }) =>
    saveDraft(store(), caller, params, body, now),
  submitTranslation: async ({ params, body, caller, now }) =>
    submitTranslation(store(), caller, params, body, now),
  reviewTranslation: async ({ params, body, caller, now }) =>
    reviewTranslation(store(), caller, params, body, now),
  requestStatementTranslations: async ({ params, body, caller, now }) =>
    askStatementTranslations(store(), caller, params.id, body, now),
});
