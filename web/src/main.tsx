import { render } from 'preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { CoordinatorPeerLeadersPage } from './coordinator/peer-leaders.tsx';
import { CoordinatorTranslatorsPage } from './coordinator/translators.tsx';
import { I18nProvider, initialLanguage, type LoadedLanguage, loadCatalogue } from './i18n.tsx';
import { Layout } from './layout.tsx';
import { AccountPage } from './pages/account.tsx';
import { ActivityPage } from './pages/activity.tsx';
import { ActivityEditPage } from './pages/activity-edit.tsx';
import { ApplyPage } from './pages/apply.tsx';
import { BodyPage } from './pages/body.tsx';
import { ConfirmSubscriptionPage } from './pages/confirm-subscription.tsx';
import { ConsultationPage } from './pages/consultation.tsx';
import { ConsultationsPage } from './pages/consultations.tsx';
import { CoordinatorPage } from './pages/coordinator.tsx';
import { DeskPage } from './pages/desk.tsx';
import { HomePage } from './pages/home.tsx';
import { InboxPage } from './pages/inbox.tsx';
import { MaterialsPage } from './pages/materials.tsx';
import { MeetingPage } from './pages/meeting.tsx';
import { EditMeetingPage, NewMeetingPage } from './pages/meeting-edit.tsx';
import { MeetingFeedbackPage } from './pages/meeting-feedback.tsx';
import { MeetingNewsRoundPage } from './pages/meeting-news-round.tsx';
import { MeetingPollPage } from './pages/meeting-poll.tsx';
import { MeetingRegistrationPage } from './pages/meeting-registration.tsx';
import { MeetingsPage } from './pages/meetings.tsx';
import { MyConsultationsPage } from './pages/my-consultations.tsx';
import { NetworkSurveyPage } from './pages/network-survey.tsx';
import { NewConsultationPage } from './pages/new-consultation.tsx';
import { NotFoundPage } from './pages/not-found.tsx';
import { OrganisationPage } from './pages/organisation.tsx';
import { OrganisationActivitiesPage } from './pages/organisation-activities.tsx';
import { OrganisationPeerRequestsPage } from './pages/organisation-peer-requests.tsx';
import { OrganisationStatementsPage } from './pages/organisation-statements.tsx';
import { OrganisationsPage } from './pages/organisations.tsx';
import { PeerLeaderProfilePage } from './pages/peer-leader-profile.tsx';
import { PeerLeaderProposalPage } from './pages/peer-leader-proposal.tsx';
import { PeerLeadersPage } from './pages/peer-leaders.tsx';
import { PeerRequestPage } from './pages/peer-request.tsx';
import { SignInPage } from './pages/sign-in.tsx';
import { StatementPage } from './pages/statement.tsx';
import { StatusPage } from './pages/status.tsx';
import { SubmissionPage } from './pages/submission.tsx';
import { SubscribePage } from './pages/subscribe.tsx';
import { TrayPage } from './pages/tray.tsx';
import { TrayCoveragePage } from './pages/tray-coverage.tsx';
import { UnsubscribePage } from './pages/unsubscribe.tsx';
import { SessionProvider } from './session.tsx';
import { TranslationEditorPage } from './translations/editor-page.tsx';
import { TranslationsPage } from './translations/requests-page.tsx';

function App({ initial }: { initial: LoadedLanguage }) {
  return (
    <I18nProvider initial={initial}>
      <SessionProvider>
        <LocationProvider>
          <Layout>
            <Router>
              <Route path="/" component={HomePage} />
              <Route path="/status" component={StatusPage} />
              <Route path="/sign-in" component={SignInPage} />
              <Route path="/account" component={AccountPage} />
              <Route path="/apply" component={ApplyPage} />
              <Route path="/consultations" component={ConsultationsPage} />
              {/* Before /consultations/:id, which would take "new" for an id. */}
              <Route path="/consultations/new" component={NewConsultationPage} />
              <Route path="/consultations/:id" component={ConsultationPage} />
              <Route path="/my-consultations" component={MyConsultationsPage} />
              <Route path="/organisations" component={OrganisationsPage} />
              <Route path="/organisations/:id" component={OrganisationPage} />
              <Route path="/organisations/:id/statements" component={OrganisationStatementsPage} />
              <Route path="/statements/:id" component={StatementPage} />
              <Route path="/submissions/:id" component={SubmissionPage} />
              <Route path="/bodies/:id" component={BodyPage} />
              <Route path="/bodies/:id/inbox" component={InboxPage} />
              <Route path="/coordinator" component={CoordinatorPage} />
              <Route path="/subscribe" component={SubscribePage} />
              <Route path="/subscriptions/confirm" component={ConfirmSubscriptionPage} />
              <Route path="/unsubscribe" component={UnsubscribePage} />
              <Route path="/meetings/:id/news-round" component={MeetingNewsRoundPage} />
              <Route path="/meetings/:id/poll" component={MeetingPollPage} />
              <Route path="/meetings/:id/feedback" component={MeetingFeedbackPage} />
              <Route path="/network-survey/:year" component={NetworkSurveyPage} />
              <Route path="/desk" component={DeskPage} />
              <Route path="/meetings" component={MeetingsPage} />
              {/* Before /meetings/:id, which would take "new" for an id. */}
              <Route path="/meetings/new" component={NewMeetingPage} />
              <Route path="/meetings/:id" component={MeetingPage} />
              <Route path="/meetings/:id/edit" component={EditMeetingPage} />
              <Route path="/meetings/:id/registration" component={MeetingRegistrationPage} />
              <Route path="/tray" component={TrayPage} />
              <Route path="/tray/coverage" component={TrayCoveragePage} />
              <Route path="/activities/:id" component={ActivityPage} />
              <Route path="/materials" component={MaterialsPage} />
              <Route path="/organisations/:id/activities" component={OrganisationActivitiesPage} />
              <Route path="/activities/:id/edit" component={ActivityEditPage} />
              <Route path="/peer-leaders" component={PeerLeadersPage} />
              <Route path="/peer-requests/:id" component={PeerRequestPage} />
              <Route path="/organisations/:id/peer-requests" component={OrganisationPeerRequestsPage} />
              <Route path="/peer-leader" component={PeerLeaderProfilePage} />
              <Route path="/coordinator/peer-leaders" component={CoordinatorPeerLeadersPage} />
              <Route path="/organisations/:id/peer-leader-proposal" component={PeerLeaderProposalPage} />
              <Route path="/coordinator/translators" component={CoordinatorTranslatorsPage} />
              <Route path="/translations" component={TranslationsPage} />
              <Route path="/translations/:kind/:subjectId/:language" component={TranslationEditorPage} />
              <Route default component={NotFoundPage} />
            </Router>
          </Layout>
        </LocationProvider>
      </SessionProvider>
    </I18nProvider>
  );
}

/** The reader's language with its catalogue; Finnish if that cannot be loaded. */
async function startingLanguage(): Promise<LoadedLanguage> {
  const language = initialLanguage();
  try {
    return { language, catalogue: await loadCatalogue(language) };
  } catch {
    return { language: 'fi', catalogue: await loadCatalogue('fi') };
  }
}

render(<App initial={await startingLanguage()} />, document.getElementById('app') as HTMLElement);
