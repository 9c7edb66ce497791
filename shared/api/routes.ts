import { activitiesRoutes } from './routes/activities.ts';
import { applicationsRoutes } from './routes/applications.ts';
import { authRoutes } from './routes/auth.ts';
import { bodiesRoutes } from './routes/bodies.ts';
import { consultationsRoutes } from './routes/consultations.ts';
import { deskRoutes } from './routes/desk.ts';
import { feedbackRoutes } from './routes/feedback.ts';
import { feedsRoutes } from './routes/feeds.ts';
import { hsdsRoutes } from './routes/hsds.ts';
import { mailRoutes } from './routes/mail.ts';
import { materialsRoutes } from './routes/materials.ts';
import { meetingsRoutes } from './routes/meetings.ts';
import { minutesRoutes } from './routes/minutes.ts';
import { organisationsRoutes } from './routes/organisations.ts';
import { peerLeadersRoutes } from './routes/peer-leaders.ts';
import { peerRequestsRoutes } from './routes/peer-requests.ts';
import { registrationsRoutes } from './routes/registrations.ts';
import { serviceRoutes } from './routes/service.ts';
import { sourcesRoutes } from './routes/sources.ts';
import { statementsRoutes } from './routes/statements.ts';
import { submissionsRoutes } from './routes/submissions.ts';
import { subscriptionsRoutes } from './routes/subscriptions.ts';
import { translationRequestsRoutes } from './routes/translation-requests.ts';
import { translationsRoutes } from './routes/translations.ts';
import { translatorsRoutes } from './routes/translators.ts';
import { trayRoutes } from './routes/tray.ts';

export { activityView } from './routes/activities.ts';
export { type Me, me } from './routes/auth.ts';
export { auditEntry, person } from './routes/common.ts';
export { healthResponse } from './routes/service.ts';
export { statementWithSignatures } from './routes/statements.ts';

/**
 * Every route of the API: the catalog, the OpenAPI document, the tests and web/ read them all here.
 * A handler imports only its own area's file, so its Lambda bundles no other area's schemas.
 */
export const routes = {
  ...serviceRoutes,
  ...authRoutes,
  ...applicationsRoutes,
  ...organisationsRoutes,
  ...subscriptionsRoutes,
  ...bodiesRoutes,
  ...consultationsRoutes,
  ...statementsRoutes,
  ...submissionsRoutes,
  ...feedsRoutes,
  ...sourcesRoutes,
  ...mailRoutes,
  ...minutesRoutes,
  ...feedbackRoutes,
  ...deskRoutes,
  ...meetingsRoutes,
  ...registrationsRoutes,
  ...trayRoutes,
  ...hsdsRoutes,
  ...materialsRoutes,
  ...activitiesRoutes,
  ...peerRequestsRoutes,
  ...peerLeadersRoutes,
  ...translationsRoutes,
  ...translatorsRoutes,
  ...translationRequestsRoutes,
};
