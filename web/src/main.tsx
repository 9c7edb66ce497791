import { render } from 'preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { I18nProvider } from './i18n.tsx';
import { Layout } from './layout.tsx';
import { AccountPage } from './pages/account.tsx';
import { ApplyPage } from './pages/apply.tsx';
import { CoordinatorPage } from './pages/coordinator.tsx';
import { HomePage } from './pages/home.tsx';
import { NotFoundPage } from './pages/not-found.tsx';
import { OrganisationPage } from './pages/organisation.tsx';
import { OrganisationsPage } from './pages/organisations.tsx';
import { SignInPage } from './pages/sign-in.tsx';
import { StatusPage } from './pages/status.tsx';
import { SessionProvider } from './session.tsx';

function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <LocationProvider>
          <Layout>
            <Router>
              <Route path="/" component={HomePage} />
              <Route path="/status" component={StatusPage} />
              <Route path="/sign-in" component={SignInPage} />
              <Route path="/account" component={AccountPage} />
              <Route path="/apply" component={ApplyPage} />
              <Route path="/organisations" component={OrganisationsPage} />
              <Route path="/organisations/:id" component={OrganisationPage} />
              <Route path="/coordinator" component={CoordinatorPage} />
              <Route default component={NotFoundPage} />
            </Router>
          </Layout>
        </LocationProvider>
      </SessionProvider>
    </I18nProvider>
  );
}

render(<App />, document.getElementById('app') as HTMLElement);
